package dev.tmrkit.cli.shard;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.stateful.mission.MissionBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a part written by {@code replicas missions|sweep --shard}; anything else is refused with the file and what is wrong. */
public final class SeedPartReader {
    private SeedPartReader() {
    }

    /** The command a part was written by: {@code inject} for a fault-injection part (which names none). */
    public static String command(String source, String text) {
        return command(tree(source, text));
    }

    /** The command a part (read as {@code root}) was written by: {@code inject} when it names none. */
    public static String command(JsonNode root) {
        JsonNode c = root.get("command");
        return c == null ? "inject" : c.asText();
    }

    /** Parses the text of a replicas part; {@code source} names it in errors. */
    public static SeedPart parse(String source, String text) {
        return parse(source, tree(source, text));
    }

    /** Parses a replicas part read as {@code root}; {@code source} names it in errors. */
    public static SeedPart parse(String source, JsonNode root) {
        if (!root.isObject() || !Part.FORMAT.equals(root.path("format").asText())) {
            throw new UserException(source + ": not a part of a sharded run (write parts with --shard K/N -o FILE)");
        }
        if (root.path("version").asInt(-1) != Part.VERSION) {
            throw new UserException(source + ": part version " + root.path("version").asText() + ", this tmrkit reads " + Part.VERSION);
        }
        String command = root.path("command").asText("");
        if (!command.equals(SeedPart.MISSIONS) && !command.equals(SeedPart.SWEEP)) {
            throw new UserException(source + ": a part of '" + command + "', which tmrkit merge does not know");
        }
        Shard shard;
        try {
            shard = new Shard((int) count(source, root, "shard"), (int) count(source, root, "shards"));
        } catch (IllegalArgumentException e) {
            throw new UserException(source + ": " + e.getMessage());
        }
        String digest = root.path("digest").asText("");
        long units = count(source, root, "units");
        List<String> args = new ArrayList<>();
        for (JsonNode a : root.path("args")) {
            args.add(a.asText());
        }
        if (digest.isEmpty() || !root.path("args").isArray()) {
            throw new UserException(source + ": incomplete part (digest or args missing)");
        }
        if (command.equals(SeedPart.SWEEP)) {
            JsonNode f = root.get("firstFailingSeed");
            if (f == null || !(f.isNull() || f.canConvertToLong())) {
                throw new UserException(source + ": 'firstFailingSeed' is missing or not a seed");
            }
            return new SeedPart(source, command, shard, digest, units, args, List.of(), count(source, root, "runs"),
                    f.isNull() ? -1 : f.asLong());
        }
        if (!root.path("configurations").isArray()) {
            throw new UserException(source + ": 'configurations' is missing");
        }
        List<Map<Integer, MissionBlock>> blocks = new ArrayList<>();
        for (JsonNode c : root.path("configurations")) {
            Map<Integer, MissionBlock> m = new HashMap<>();
            for (JsonNode b : c) {
                int index = (int) count(source, b, "block");
                long[] alive = new long[b.path("alive").size()];
                for (int j = 0; j < alive.length; j++) {
                    alive[j] = b.path("alive").get(j).asLong(-1);
                }
                try {
                    MissionBlock block = new MissionBlock(count(source, b, "count"), Double.parseDouble(b.path("mean").asText("")),
                            Double.parseDouble(b.path("m2").asText("")), alive);
                    if (m.put(index, block) != null) {
                        throw new UserException(source + ": block " + index + " appears twice");
                    }
                } catch (IllegalArgumentException e) {
                    throw new UserException(source + ": block " + index + " is not the statistics of a block of missions", e);
                }
            }
            blocks.add(m);
        }
        return new SeedPart(source, command, shard, digest, units, args, blocks, 0, -1);
    }

    private static JsonNode tree(String source, String text) {
        try {
            JsonNode root = new ObjectMapper().readTree(text);
            if (root == null) {
                throw new UserException(source + ": empty, not a tmrkit part");
            }
            return root;
        } catch (JacksonException e) {
            throw new UserException(source + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not a tmrkit part: " + e.getOriginalMessage());
        }
    }

    private static long count(String source, JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.canConvertToLong() || v.asLong() < 0) {
            throw new UserException(source + ": '" + key + "' is missing or not a count");
        }
        return v.asLong();
    }
}
