package dev.tmrkit.cli.shard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmrkit.cli.options.LocatedJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a part written by {@code inject --shard}; anything else is refused with {@code file:line:column}
 * and what is wrong: each result entry by entry ({@link ResultRows}), the counts as whole numbers.
 */
public final class PartReader {
    private PartReader() {
    }

    public static Part read(Path file) {
        return parse(LocatedJson.read(file, "part"));
    }

    /** Parses the text of a part; {@code source} names it in errors. */
    public static Part parse(String source, String text) {
        return parse(LocatedJson.parse(source, text, "part"));
    }

    /** The part a document holds. */
    public static Part parse(LocatedJson doc) {
        String source = doc.source();
        JsonNode root = doc.root();
        if (!root.isObject() || !Part.FORMAT.equals(root.path("format").asText())) {
            throw doc.error(root, "not a part of a sharded campaign (write parts with tmrkit inject --shard K/N -o FILE)");
        }
        if (root.path("version").asInt(-1) != Part.VERSION) {
            throw doc.error(root, "version", "part version " + root.path("version").asText() + ", this tmrkit reads " + Part.VERSION);
        }
        int count = (int) doc.integer(root, "shards", 1, Shard.MAX_SHARDS);
        Shard shard = new Shard((int) doc.integer(root, "shard", 1, count), count);
        String digest = doc.text(root, "digest");
        int entries = (int) doc.integer(root, "entries", 0, Integer.MAX_VALUE);
        List<String> args = new ArrayList<>();
        JsonNode given = doc.array(root, "args");
        for (JsonNode a : given) {
            if (!a.isTextual()) {
                throw doc.error(given, "args must be strings, got " + LocatedJson.describe(a));
            }
            args.add(a.asText());
        }
        if (digest.isEmpty() || args.isEmpty()) {
            throw doc.error(root, "incomplete part (empty digest or args)");
        }
        List<Part.Row> rows = ResultRows.read(doc, doc.array(root, "results"), true);
        return new Part(source, shard, digest, entries, args, rows);
    }
}
