package dev.tmrkit.cli.options;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmrkit.circuits.io.BoundedInput;
import dev.tmrkit.circuits.io.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A JSON document that a user hands back to tmrkit (a partial report to resume, a part to merge), read
 * with the line and column of every object, array and field value, so that what is wrong in it is
 * reported at its position ({@code file:line:column: what}). Reading is bounded like a netlist's
 * ({@link BoundedInput#limit()}), so {@code /dev/zero} is an error, not an out-of-memory crash.
 */
public final class LocatedJson {
    private final String source;
    private final JsonNode root;
    private final Map<JsonNode, int[]> starts = new IdentityHashMap<>();
    private final Map<JsonNode, Map<String, int[]>> fields = new IdentityHashMap<>();

    private LocatedJson(String source, JsonParser parser) throws IOException {
        this.source = source;
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new ParseException(source, 1, 1, "empty file, expected a JSON object");
        }
        this.root = value(parser, first);
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new ParseException(source, at.getLineNr(), at.getColumnNr(), "more text after the JSON value");
        }
    }

    /** Reads {@code file}; {@code what} names the kind of file in errors ("resume file", "part"). */
    public static LocatedJson read(Path file, String what) {
        InputFiles.add(file);
        try (InputStream in = new BoundedInput(file.toString(), Files.newInputStream(file), BoundedInput.limit())) {
            return parse(file.toString(), in, what);
        } catch (NoSuchFileException e) {
            throw new UserException("no such " + what + " '" + file + "'");
        } catch (IOException e) {
            throw new UserException("cannot read " + what + " '" + file + "': " + e.getMessage(), e);
        }
    }

    /** Parses {@code text}; {@code source} names it in errors. */
    public static LocatedJson parse(String source, String text, String what) {
        try {
            return parse(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), what);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory", e);
        }
    }

    private static LocatedJson parse(String source, InputStream in, String what) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            return new LocatedJson(source, parser);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new ParseException(source, at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "not a tmrkit " + what + ": " + e.getOriginalMessage());
        }
    }

    private JsonNode value(JsonParser p, JsonToken t) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int[] pos = {at.getLineNr(), at.getColumnNr()};
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = nodes.objectNode();
                starts.put(o, pos);
                Map<String, int[]> where = new HashMap<>();
                fields.put(o, where);
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    JsonLocation vat = p.currentTokenLocation();
                    where.put(name, new int[] {vat.getLineNr(), vat.getColumnNr()});
                    o.set(name, value(p, v));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = nodes.arrayNode();
                starts.put(a, pos);
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    a.add(value(p, v));
                }
                return a;
            }
            case VALUE_STRING -> {
                return nodes.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? nodes.numberNode(p.getBigIntegerValue())
                        : nodes.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            default -> {
                return nodes.nullNode();
            }
        }
    }

    public String source() {
        return source;
    }

    public JsonNode root() {
        return root;
    }

    /** A position in a document, to report a problem found after reading. */
    public record At(String source, int line, int column) {
        public ParseException error(String what) {
            return new ParseException(source, line, column, what);
        }
    }

    /** Where {@code node} starts (an object or array of this document; else the top). */
    public At at(JsonNode node) {
        int[] pos = starts.getOrDefault(node, new int[] {1, 1});
        return new At(source, pos[0], pos[1]);
    }

    /** An error at the start of {@code node} (an object or array of this document; else at the top). */
    public ParseException error(JsonNode node, String what) {
        return at(node).error(what);
    }

    /** An error at the value of {@code field} in {@code object} (at the object when the field is absent). */
    public ParseException error(JsonNode object, String field, String what) {
        int[] pos = fields.getOrDefault(object, Map.of()).get(field);
        return pos == null ? error(object, what) : new ParseException(source, pos[0], pos[1], what);
    }

    /** The whole number at {@code field} of {@code object}, refused at its position unless it is one in {@code min..max}. */
    public long integer(JsonNode object, String field, long min, long max) {
        JsonNode v = object.get(field);
        if (v == null) {
            throw error(object, field, "'" + field + "' is missing");
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw error(object, field, "'" + field + "' must be a whole number in " + min + ".." + max + ", got " + describe(v));
        }
        return v.asLong();
    }

    /** The text at {@code field} of {@code object}, refused at its position unless it is a string. */
    public String text(JsonNode object, String field) {
        JsonNode v = object.get(field);
        if (v == null || !v.isTextual()) {
            throw error(object, field, "'" + field + "' must be a string" + (v == null ? ", it is missing" : ", got " + describe(v)));
        }
        return v.asText();
    }

    /** The array at {@code field} of {@code object}, refused at its position unless it is one. */
    public JsonNode array(JsonNode object, String field) {
        JsonNode v = object.get(field);
        if (v == null || !v.isArray()) {
            throw error(object, field, "'" + field + "' must be an array" + (v == null ? ", it is missing" : ", got " + describe(v)));
        }
        return v;
    }

    /** A short, safe description of a value for a message. */
    public static String describe(JsonNode v) {
        if (v.isContainerNode()) {
            return v.isArray() ? "an array" : "an object";
        }
        String s = v.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
