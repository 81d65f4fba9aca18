package dev.tmrkit.cli.shard;

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
        Map<?, ?> root = PartJson.root(source, text);
        return root.containsKey("command") ? PartJson.text(root.get("command"), "") : "inject";
    }

    /** Parses the text of a replicas part; {@code source} names it in errors. */
    public static SeedPart parse(String source, String text) {
        Map<?, ?> root = PartJson.root(source, text);
        if (!Part.FORMAT.equals(PartJson.text(root.get("format"), ""))) {
            throw new UserException(source + ": not a part of a sharded run (write parts with --shard K/N -o FILE)");
        }
        if (PartJson.integer(root.get("version"), -1) != Part.VERSION) {
            throw new UserException(source + ": part version " + PartJson.text(root.get("version"), "") + ", this tmrkit reads " + Part.VERSION);
        }
        String command = PartJson.text(root.get("command"), "");
        if (!command.equals(SeedPart.MISSIONS) && !command.equals(SeedPart.SWEEP)) {
            throw new UserException(source + ": a part of '" + command + "', which tmrkit merge does not know");
        }
        Shard shard;
        try {
            shard = new Shard((int) count(source, root, "shard"), (int) count(source, root, "shards"));
        } catch (IllegalArgumentException e) {
            throw new UserException(source + ": " + e.getMessage());
        }
        String digest = PartJson.text(root.get("digest"), "");
        long units = count(source, root, "units");
        List<String> args = new ArrayList<>();
        for (Object a : PartJson.list(root, "args")) {
            args.add(PartJson.text(a, ""));
        }
        if (digest.isEmpty() || !(root.get("args") instanceof List<?>)) {
            throw new UserException(source + ": incomplete part (digest or args missing)");
        }
        if (command.equals(SeedPart.SWEEP)) {
            Object f = root.get("firstFailingSeed");
            if (!root.containsKey("firstFailingSeed") || !(f == null || f instanceof Long)) {
                throw new UserException(source + ": 'firstFailingSeed' is missing or not a seed");
            }
            return new SeedPart(source, command, shard, digest, units, args, List.of(), count(source, root, "runs"),
                    f == null ? -1 : (Long) f);
        }
        if (!(root.get("configurations") instanceof List<?>)) {
            throw new UserException(source + ": 'configurations' is missing");
        }
        List<Map<Integer, MissionBlock>> blocks = new ArrayList<>();
        for (Object c : PartJson.list(root, "configurations")) {
            Map<Integer, MissionBlock> m = new HashMap<>();
            for (Object o : c instanceof List<?> l ? l : List.of()) {
                Map<?, ?> b = PartJson.object(o);
                int index = (int) count(source, b, "block");
                List<?> aliveList = PartJson.list(b, "alive");
                long[] alive = new long[aliveList.size()];
                for (int j = 0; j < alive.length; j++) {
                    alive[j] = PartJson.integer(aliveList.get(j), -1);
                }
                try {
                    MissionBlock block = new MissionBlock(count(source, b, "count"), Double.parseDouble(PartJson.text(b.get("mean"), "")),
                            Double.parseDouble(PartJson.text(b.get("m2"), "")), alive);
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

    private static long count(String source, Map<?, ?> node, String key) {
        long v = PartJson.integer(node.get(key), -1);
        if (v < 0) {
            throw new UserException(source + ": '" + key + "' is missing or not a count");
        }
        return v;
    }
}
