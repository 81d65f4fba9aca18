package dev.tmrkit.cli.shard;

import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.stateful.mission.MissionBlock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partial result of one slice of a seeded replica run ({@code replicas missions}: blocks of missions;
 * {@code replicas sweep}: seeds): which command, which slice, the run's digest and defining options, how
 * many units (blocks or seeds) the whole run has, and what the slice found. Doubles are written in Java's
 * shortest round-trip form, so a merge restores them bit for bit.
 *
 * @param blocks  missions: per configuration, the statistics of each block of the slice (by block index); empty for a sweep
 * @param runs    sweep: seeds of the slice run (all of them below its first failing seed); 0 for missions
 * @param failing sweep: the slice's first failing seed, or -1
 */
public record SeedPart(String source, String command, Shard shard, String digest, long units, List<String> args,
                       List<Map<Integer, MissionBlock>> blocks, long runs, long failing) {
    /** The command of a {@code replicas missions} part. */
    public static final String MISSIONS = "replicas missions";
    /** The command of a {@code replicas sweep} part. */
    public static final String SWEEP = "replicas sweep";

    public SeedPart {
        args = List.copyOf(args);
        List<Map<Integer, MissionBlock>> copy = new ArrayList<>();
        for (Map<Integer, MissionBlock> m : blocks) {
            copy.add(java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(m)));
        }
        blocks = List.copyOf(copy);
    }

    /** A command that can take the results of its slices from elsewhere (set by {@code merge} or Spark before it runs). */
    public interface Slot {
        void use(Engine engine);
    }

    /**
     * Supplies the parts of every slice of a run once the command has checked its options: the parts given to
     * {@code merge}, or slices run on a cluster. The command checks that they cover the run it defines.
     */
    @FunctionalInterface
    public interface Engine {
        /**
         * @param command the command ({@link #MISSIONS} or {@link #SWEEP})
         * @param args    the run's defining options (without --shard, --output, --threads)
         * @param units   blocks or seeds of the run
         */
        List<SeedPart> parts(String command, List<String> args, long units);
    }

    /** The digest of a run: SHA-256 of the command, its defining options and its number of units. */
    public static String digest(String command, List<String> args, long units) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((command + '\n' + String.join("\n", args) + "\nunits " + units + '\n').getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /** Whether unit {@code unit} (a block index, or a seed's offset from the first seed) belongs to {@code shard}. */
    public static boolean holds(Shard shard, long unit) {
        return Math.floorMod(unit, (long) shard.count()) == shard.index() - 1;
    }

    /** How many of {@code units} units {@code shard} holds. */
    public static long size(Shard shard, long units) {
        return units >= shard.index() ? (units - shard.index()) / shard.count() + 1 : 0;
    }

    /** The part as JSON. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = Parts.envelope(shard, digest);
        m.put("command", command);
        m.put("units", units);
        m.put("args", args);
        if (command.equals(SWEEP)) {
            m.put("runs", runs);
            m.put("firstFailingSeed", failing < 0 ? null : failing);
        } else {
            List<Object> configurations = new ArrayList<>();
            for (Map<Integer, MissionBlock> c : blocks) {
                List<Object> list = new ArrayList<>();
                c.forEach((b, block) -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("block", b);
                    e.put("count", block.count());
                    e.put("mean", Double.toString(block.mean()));
                    e.put("m2", Double.toString(block.m2()));
                    e.put("alive", java.util.Arrays.stream(block.alive()).boxed().toList());
                    list.add(e);
                });
                configurations.add(list);
            }
            m.put("configurations", configurations);
        }
        return m;
    }

    /** Checks that {@code parts} make one run of {@code units} units with digest {@code digest}, each slice once and whole. */
    public static void checkCover(List<SeedPart> parts, String command, String digest, long units) {
        if (parts.isEmpty()) {
            throw new UserException("no parts to merge");
        }
        for (SeedPart p : parts) {
            if (!p.command().equals(command) || !p.digest().equals(digest) || p.units() != units) {
                throw new UserException(p.source() + ": part of a different run (" + p.command() + ", digest " + Parts.abbrev(p.digest())
                        + ", " + p.units() + " units) than the one its options define (" + command + ", digest " + Parts.abbrev(digest)
                        + ", " + units + " units)");
            }
        }
        Parts.eachSliceOnce(parts, SeedPart::shard, SeedPart::source, "run");
    }
}
