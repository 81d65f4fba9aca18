package dev.tmrkit.cli.shard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmrkit.cli.options.LocatedJson;
import dev.tmrkit.stateful.mission.MissionBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a part written by {@code replicas missions|sweep --shard}; anything else is refused at its
 * position ({@code file:line:column: what}).
 */
public final class SeedPartReader {
    private SeedPartReader() {
    }

    /** The command a part (read as {@code root}) was written by: {@code inject} when it names none. */
    public static String command(JsonNode root) {
        JsonNode c = root.get("command");
        return c == null ? "inject" : c.asText();
    }

    /** Parses the text of a replicas part (from a Spark task); {@code source} names it in errors. */
    public static SeedPart parse(String source, String text) {
        return parse(LocatedJson.parse(source, text, "part"));
    }

    /** Parses a replicas part read as {@code doc}. */
    public static SeedPart parse(LocatedJson doc) {
        String source = doc.source();
        JsonNode root = doc.root();
        if (!root.isObject() || !Part.FORMAT.equals(root.path("format").asText())) {
            throw doc.error(root, "not a part of a sharded run (write parts with --shard K/N -o FILE)");
        }
        if (doc.integer(root, "version", 0, Integer.MAX_VALUE) != Part.VERSION) {
            throw doc.error(root, "version", "part version " + root.get("version") + ", this tmrkit reads " + Part.VERSION);
        }
        String command = doc.text(root, "command");
        if (!command.equals(SeedPart.MISSIONS) && !command.equals(SeedPart.SWEEP)) {
            throw doc.error(root, "command", "a part of '" + command + "', which tmrkit merge does not know");
        }
        int count = (int) doc.integer(root, "shards", 1, Shard.MAX_SHARDS);
        Shard shard = new Shard((int) doc.integer(root, "shard", 1, count), count);
        String digest = doc.text(root, "digest");
        long units = doc.integer(root, "units", 0, Long.MAX_VALUE);
        List<String> args = new ArrayList<>();
        for (JsonNode a : doc.array(root, "args")) {
            if (!a.isTextual()) {
                throw doc.error(root, "args", "'args' must hold strings, got " + LocatedJson.describe(a));
            }
            args.add(a.asText());
        }
        if (command.equals(SeedPart.SWEEP)) {
            JsonNode f = root.get("firstFailingSeed");
            long failing = f != null && f.isNull() ? -1 : doc.integer(root, "firstFailingSeed", Long.MIN_VALUE, Long.MAX_VALUE);
            return new SeedPart(source, command, shard, digest, units, args, List.of(), doc.integer(root, "runs", 0, units), failing);
        }
        List<Map<Integer, MissionBlock>> blocks = new ArrayList<>();
        for (JsonNode c : doc.array(root, "configurations")) {
            if (!c.isArray()) {
                throw doc.error(c, "a configuration must be an array of blocks, got " + LocatedJson.describe(c));
            }
            Map<Integer, MissionBlock> m = new HashMap<>();
            for (JsonNode b : c) {
                if (!b.isObject()) {
                    throw doc.error(c, "a block must be an object, got " + LocatedJson.describe(b));
                }
                int index = (int) doc.integer(b, "block", 0, Integer.MAX_VALUE);
                JsonNode aliveNode = doc.array(b, "alive");
                long[] alive = new long[aliveNode.size()];
                for (int j = 0; j < alive.length; j++) {
                    JsonNode a = aliveNode.get(j);
                    if (!a.isIntegralNumber() || a.asLong() < 0) {
                        throw doc.error(b, "alive", "'alive' must hold counts, got " + LocatedJson.describe(a));
                    }
                    alive[j] = a.asLong();
                }
                MissionBlock block;
                try {
                    block = new MissionBlock(doc.integer(b, "count", 1, Long.MAX_VALUE), Double.parseDouble(doc.text(b, "mean")),
                            Double.parseDouble(doc.text(b, "m2")), alive);
                } catch (IllegalArgumentException e) { // NumberFormatException too
                    throw doc.error(b, "block " + index + " is not the statistics of a block of missions: " + e.getMessage());
                }
                if (m.put(index, block) != null) {
                    throw doc.error(b, "block", "block " + index + " appears twice");
                }
            }
            blocks.add(m);
        }
        return new SeedPart(source, command, shard, digest, units, args, blocks, 0, -1);
    }
}
