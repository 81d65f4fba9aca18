package dev.tmrkit.cli.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replicas missions --shard K/N} and {@code replicas sweep --shard K/N}, then {@code merge}: the merged
 * report equals the unsharded run's byte for byte in 1, 2, 3 and 7 slices and every format; wrong sets of
 * parts are refused.
 */
class SeedShardMergeTest {
    private static final int[] SHARD_COUNTS = {1, 2, 3, 7};

    @TempDir
    Path dir;

    @Test
    void mergedMissionPartsEqualTheUnshardedRunInEveryFormat() throws IOException {
        for (String format : List.of("table", "csv", "json")) {
            List<String> options = List.of("replicas", "missions", "--missions", "9000", "--lambda", "0.5", "--mu", "5", "--seed", "77",
                    "--format", format);
            sameAsUnsharded(options, 0, format);
        }
    }

    @Test
    void mergedSweepPartsEqualTheUnshardedSweepWhetherASeedFailsOrNot() throws IOException {
        // the first: the quorum-less default fails on some seed of 1..200; the second: an idempotent log-based sweep finds nothing
        sameAsUnsharded(List.of("replicas", "sweep", "--seeds", "1..200", "--duration", "2s", "--rate", "200"), 1, "fails");
        sameAsUnsharded(List.of("replicas", "sweep", "--seeds", "1..12", "--duration", "1s", "--mode", "log", "--idempotent",
                "--format", "json"), 0, "passes");
    }

    private void sameAsUnsharded(List<String> options, int code, String label) throws IOException {
        Path full = dir.resolve("full-" + label);
        Cli whole = run(options, "-o", full.toString());
        assertEquals(code, whole.code(), () -> options + ": " + whole.err());
        for (int n : SHARD_COUNTS) {
            List<String> args = new ArrayList<>(List.of("merge"));
            for (int k = 1; k <= n; k++) {
                Path part = dir.resolve("part-" + label + "-" + n + "-" + k + ".json");
                Cli shard = run(options, "--shard", k + "/" + n, "-o", part.toString());
                assertEquals(0, shard.code(), () -> "a shard writes its part, whatever it found: " + shard.err());
                args.add(part.toString());
            }
            Path all = dir.resolve("merged-" + label + "-" + n);
            args.addAll(List.of("-o", all.toString()));
            Cli merge = Cli.run(args.toArray(new String[0]));
            assertEquals(code, merge.code(), () -> "merge of " + n + " parts: " + merge.err());
            assertEquals(Files.readString(full), Files.readString(all), () -> n + " shards of " + options);
        }
    }

    @Test
    void missingDuplicatedForeignAndTamperedPartsAreRefused() throws IOException {
        List<String> o = List.of("replicas", "missions", "--missions", "5000", "--seed", "3", "--format", "json");
        Path[] p = new Path[4];
        for (int k = 1; k <= 3; k++) {
            p[k] = dir.resolve("part-" + k + ".json");
            assertEquals(0, run(o, "--shard", k + "/3", "-o", p[k].toString()).code());
        }
        Path foreign = dir.resolve("foreign.json");
        assertEquals(0, run(List.of("replicas", "missions", "--missions", "5000", "--seed", "4", "--format", "json"),
                "--shard", "3/3", "-o", foreign.toString()).code());
        Path sweep = dir.resolve("sweep.json");
        assertEquals(0, run(List.of("replicas", "sweep", "--seeds", "1..3", "--duration", "1s"), "--shard", "1/1", "-o",
                sweep.toString()).code());
        Path out = dir.resolve("all.json");
        String a = p[1].toString();
        String b = p[2].toString();
        String c = p[3].toString();
        refused("missing shard 3/3", "merge", a, b, "-o", out.toString());
        refused("shard 2/3 given twice", "merge", a, b, b, c, "-o", out.toString());
        refused("part of a different run", "merge", a, b, foreign.toString(), "-o", out.toString());
        refused("a part of 'replicas sweep'", "merge", a, b, sweep.toString(), "-o", out.toString());
        Path moved = dir.resolve("moved.json");
        Files.writeString(moved, Files.readString(p[3]).replaceFirst("\"block\":2,", "\"block\":3,"));
        refused("block 3 does not belong to shard 3/3", "merge", a, b, moved.toString(), "-o", out.toString());
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, Files.readString(p[3]).replaceFirst("\\{\"block\":2,[^}]*\\}", "").replace("[,", "[")
                .replace(",]", "]"));
        refused("holds 0 of its 1 blocks", "merge", a, b, cut.toString(), "-o", out.toString());
        Path forged = dir.resolve("forged.json");
        Files.writeString(forged, Files.readString(p[3]).replaceFirst("\"count\":\\d+", "\"count\":2000"));
        refused("not one of this run", "merge", a, b, forged.toString(), "-o", out.toString());
        Path garbled = dir.resolve("garbled.json");
        Files.writeString(garbled, Files.readString(p[3]).replaceFirst("\"units\":\\d+", "\"units\":\"many\""));
        refused(garbled + ":1:", "merge", a, b, garbled.toString(), "-o", out.toString());
        assertFalse(Files.exists(out), "no report is written from a refused set of parts");
    }

    @Test
    void aSweepPartThatStoppedEarlyOrClaimsAForeignSeedIsRefused() throws IOException {
        List<String> o = List.of("replicas", "sweep", "--seeds", "1..8", "--duration", "1s", "--mode", "log", "--idempotent");
        Path[] p = new Path[3];
        for (int k = 1; k <= 2; k++) {
            p[k] = dir.resolve("sweep-" + k + ".json");
            assertEquals(0, run(o, "--shard", k + "/2", "-o", p[k].toString()).code());
        }
        Path early = dir.resolve("early.json");
        Files.writeString(early, Files.readString(p[2]).replaceFirst("\"runs\":4", "\"runs\":3"));
        refused("ran 3 seeds, not the 4 it holds", "merge", p[1].toString(), early.toString());
        Path foreign = dir.resolve("foreign-seed.json");
        Files.writeString(foreign, Files.readString(p[2]).replaceFirst("\"firstFailingSeed\":null", "\"firstFailingSeed\":3"));
        refused("seed 3 is not one of shard 2/2's seeds", "merge", p[1].toString(), foreign.toString());
    }

    private void refused(String message, String... args) {
        Cli r = Cli.run(args);
        assertEquals(2, r.code(), () -> String.join(" ", args) + " -> " + r.err());
        assertTrue(r.err().contains(message), () -> "expected '" + message + "' in: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    private static Cli run(List<String> options, String... more) {
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of(more));
        return Cli.run(args.toArray(new String[0]));
    }
}
