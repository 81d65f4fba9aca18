package dev.tmrkit.circuits.io.yosys;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.UnsafeCharacters;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document as a tree whose every value knows its line and column, so that a reader can report a
 * semantic problem (an unsupported cell, a bad port) where it is, not just a syntax error. Built with Jackson's
 * streaming parser; syntax errors become {@link ParseException}s at Jackson's {@code JsonLocation}. Object
 * members keep their order; a repeated key is an error.
 */
final class JsonTree {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The kinds of JSON value. */
    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    /** One value: its kind, position, and text (scalars), members (objects) or elements (arrays). */
    static final class Node {
        final Kind kind;
        final int line;
        final int column;
        final String text;
        final Map<String, Node> members;
        final List<Node> elements;

        private Node(Kind kind, int line, int column, String text, Map<String, Node> members, List<Node> elements) {
            this.kind = kind;
            this.line = line;
            this.column = column;
            this.text = text;
            this.members = members;
            this.elements = elements;
        }

        /** A member of an object, or null when absent or when this is not an object. */
        Node get(String key) {
            return members == null ? null : members.get(key);
        }

        boolean is(Kind k) {
            return kind == k;
        }

        /** The object's members in order (empty for other kinds). */
        Map<String, Node> members() {
            return members == null ? Map.of() : Collections.unmodifiableMap(members);
        }

        /** The array's elements (empty for other kinds). */
        List<Node> elements() {
            return elements == null ? List.of() : Collections.unmodifiableList(elements);
        }

        /** How a message names this value's kind. */
        String describe() {
            switch (kind) {
                case STRING: return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
                case NUMBER: return "the number " + text;
                case BOOLEAN: return text;
                case NULL: return "null";
                case ARRAY: return "an array";
                default: return "an object";
            }
        }
    }

    private JsonTree() {
    }

    /** Parses one JSON value followed by nothing but blanks. */
    static Node parse(String source, Reader in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ParseException(source, 1, 1, "the text is empty; expected a JSON object");
            }
            Node root = value(source, p, t);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new ParseException(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                        "unexpected text after the end of the JSON document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw new ParseException(source, line, column, "not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    /** Keys are names (modules, ports, nets, cells): none may hold a control or bidirectional character. */
    private static void checkCharacters(String source, String key, JsonLocation at) {
        int bad = UnsafeCharacters.first(key);
        if (bad >= 0) {
            throw new ParseException(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                    "the name \"" + key.substring(0, bad) + "…\" holds the character " + UnsafeCharacters.describe(key.charAt(bad))
                            + "; names may not contain control or bidirectional characters");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static Node value(String source, JsonParser p, JsonToken t) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (t == null) {
            throw new ParseException(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                    "the JSON text ends in the middle of a value");
        }
        int line = Math.max(1, at.getLineNr());
        int column = Math.max(1, at.getColumnNr());
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation keyAt = p.currentTokenLocation();
                    checkCharacters(source, key, keyAt);
                    Node v = value(source, p, p.nextToken());
                    if (members.putIfAbsent(key, v) != null) {
                        throw new ParseException(source, Math.max(1, keyAt.getLineNr()), Math.max(1, keyAt.getColumnNr()),
                                "the key \"" + key + "\" appears twice in one object");
                    }
                }
                return new Node(Kind.OBJECT, line, column, null, members, null);
            }
            case START_ARRAY: {
                List<Node> elements = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    elements.add(value(source, p, e));
                }
                return new Node(Kind.ARRAY, line, column, null, null, elements);
            }
            case VALUE_STRING:
                return new Node(Kind.STRING, line, column, p.getText(), null, null);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node(Kind.NUMBER, line, column, p.getText(), null, null);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node(Kind.BOOLEAN, line, column, p.getText(), null, null);
            case VALUE_NULL:
                return new Node(Kind.NULL, line, column, "null", null, null);
            default:
                throw new ParseException(source, line, column, "unexpected JSON token " + t);
        }
    }

    /**
     * The member {@code key} of {@code object} when it is of {@code kind}; null when absent and not {@code required};
     * otherwise an error at the object (missing) or at the value (of another kind), in {@code source}.
     */
    static Node member(String source, Node object, String key, Kind kind, boolean required) {
        Node v = object.get(key);
        if (v == null) {
            if (required) {
                throw new ParseException(source, object.line, object.column, "expected a member \"" + key + "\" in this object");
            }
            return null;
        }
        if (!v.is(kind)) {
            throw new ParseException(source, v.line, v.column, "expected \"" + key + "\" to be " + (kind == Kind.ARRAY ? "an array"
                    : kind == Kind.OBJECT ? "an object" : "a " + kind.name().toLowerCase(java.util.Locale.ROOT)) + ", found " + v.describe());
        }
        return v;
    }
}
