package dev.tmrkit.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back what {@link Json} writes (tmrkit's own reports and parts): a JSON text as plain values — a
 * {@code Map<String, Object>} (members in order), a {@code List<Object>}, a {@code String}, a {@code Long} (an
 * integer that fits) or {@code Double} (any other number), a {@code Boolean}, or {@code null}. Built on Jackson's
 * streaming parser, which the netlist readers use too; a syntax error is a {@link Problem} at its line and column.
 */
public final class JsonReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReader() {
    }

    /** A JSON text that does not parse, and where. */
    public static final class Problem extends Exception {
        private final int line;
        private final int column;

        Problem(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** The one JSON value of {@code text} (blanks around it allowed). */
    public static Object parse(String text) throws Problem {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new Problem(1, 1, "the text is empty");
            }
            Object v = value(p, t);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new Problem(at.getLineNr(), at.getColumnNr(), "text after the end of the JSON value");
            }
            return v;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new Problem(at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()), message);
        } catch (IOException e) {
            throw new IllegalStateException(e); // reading a String does no I/O
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException, Problem {
        if (t == null) {
            JsonLocation at = p.currentLocation();
            throw new Problem(at.getLineNr(), at.getColumnNr(), "the text ends in the middle of a value");
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    m.put(key, value(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    l.add(value(p, e));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.INT || p.getNumberType() == JsonParser.NumberType.LONG
                        ? (Object) p.getLongValue() : (Object) p.getDoubleValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                JsonLocation at = p.currentTokenLocation();
                throw new Problem(at.getLineNr(), at.getColumnNr(), "unexpected " + t);
        }
    }
}
