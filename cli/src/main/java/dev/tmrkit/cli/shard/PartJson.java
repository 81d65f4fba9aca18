package dev.tmrkit.cli.shard;

import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.JsonReader;
import java.util.List;
import java.util.Map;

/** The JSON of a part read with {@link JsonReader}, and lenient lookups in it (a missing or mistyped value: the default). */
final class PartJson {
    private PartJson() {
    }

    /** The top-level object of a part's text, or a user error naming the file and position. */
    static Map<?, ?> root(String source, String text) {
        Object v;
        try {
            v = JsonReader.parse(text);
        } catch (JsonReader.Problem e) {
            throw new UserException(source + ":" + e.line() + ":" + e.column() + ": not a tmrkit part: " + e.getMessage());
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new UserException(source + ": not a tmrkit part (not a JSON object)");
        }
        return m;
    }

    static Map<?, ?> object(Object v) {
        return v instanceof Map<?, ?> m ? m : Map.of();
    }

    static List<?> list(Map<?, ?> m, String key) {
        return m.get(key) instanceof List<?> l ? l : List.of();
    }

    /** A string or a number as text, else {@code otherwise}. */
    static String text(Object v, String otherwise) {
        return v instanceof String || v instanceof Number || v instanceof Boolean ? String.valueOf(v) : otherwise;
    }

    /** An integer, else {@code otherwise}. */
    static long integer(Object v, long otherwise) {
        return v instanceof Long l ? l : otherwise;
    }
}
