package dev.tmrkit.cli.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.cli.Cli;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@code inject --shard K/N} and {@code merge}: the merged report equals the unsharded run's byte for byte,
 * for random netlists and random plans, cut in 1, 2, 3 and 7 slices; wrong sets of parts are refused.
 */
class ShardMergeTest {
    private static final int[] SHARD_COUNTS = {1, 2, 3, 7};

    @TempDir
    Path dir;

    /** A random campaign: a netlist (maybe sequential) and inject options drawn from one seed. */
    record Campaign(Netlist netlist, List<String> options) {
    }

    private static Gen<Campaign> campaigns() {
        return SourceDSL.longs().all().map(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            Netlist n = RandomNetlists.generate(r, 5, 14, r.nextInt(3) == 0 ? 3 : 0);
            List<String> o = new ArrayList<>();
            int tmr = r.nextInt(3);
            if (tmr > 0) {
                // (single voters need voters inside the logic: with scope outputs and reduced outputs they are refused)
                o.addAll(tmr == 1 ? List.of("--tmr", "single", "--scope", "gates") : List.of("--tmr", "triplicated"));
            }
            int kind = r.nextInt(n.isSequential() ? 3 : 2);
            if (kind == 0) {
                o.addAll(List.of("--faults", "stuck-at"));
                if (r.nextBoolean()) {
                    o.add("--collapsed");
                }
            } else {
                o.addAll(List.of("--faults", kind == 1 ? "flip" : "seu", "--cycle", r.nextBoolean() ? "0" : "random"));
                if (r.nextBoolean()) {
                    o.addAll(r.nextBoolean() ? List.of("--multi", "2", "--spread", "adjacent")
                            : List.of("--multi", "2", "--spread", "random", "--sets", "9"));
                }
            }
            if (r.nextInt(4) == 0) {
                o.addAll(List.of("--sample", String.valueOf(1 + r.nextInt(12))));
            }
            o.addAll(List.of("--seed", String.valueOf(r.nextLong())));
            if (n.isSequential()) {
                // (combinational ones with 5 inputs are enumerated: --patterns and --cycles could not take effect)
                o.addAll(List.of("--patterns", String.valueOf(1 + r.nextInt(200)), "--cycles", String.valueOf(1 + r.nextInt(4))));
            }
            if (r.nextBoolean()) {
                o.add("--no-drop");
            }
            String format = List.of("table", "csv", "json").get(r.nextInt(3));
            o.addAll(List.of("--format", format));
            if (r.nextBoolean() && !format.equals("csv")) {
                o.add("--per-fault");
            }
            return new Campaign(n, o);
        });
    }

    @Test
    void mergedPartsEqualTheUnshardedRunForOneTwoThreeAndSevenShards() {
        int[] merged = new int[1];
        qt().withExamples(20).withFixedSeed(15L).forAll(campaigns()).checkAssert(c -> {
            Path case_ = newDir();
            String circuit = write(c.netlist(), case_.resolve("random.bench"));
            Path full = case_.resolve("full.out");
            Cli whole = inject(circuit, c.options(), "-o", full.toString());
            for (int n : SHARD_COUNTS) {
                List<String> parts = new ArrayList<>();
                for (int k = 1; k <= n; k++) {
                    Path part = case_.resolve("part-" + n + "-" + k + ".json");
                    Cli shard = inject(circuit, c.options(), "--shard", k + "/" + n, "-o", part.toString());
                    assertEquals(whole.code(), shard.code(), () -> "shard exit code, options " + c.options() + ": " + shard.err());
                    if (whole.code() != 0) {
                        assertEquals(whole.err(), shard.err(), "a refused campaign is refused the same way in every shard");
                    }
                    parts.add(part.toString());
                }
                if (whole.code() != 0) {
                    continue;
                }
                Path all = case_.resolve("merged-" + n + ".out");
                List<String> args = new ArrayList<>(List.of("merge"));
                args.addAll(parts);
                args.addAll(List.of("-o", all.toString()));
                Cli merge = Cli.run(args.toArray(new String[0]));
                assertEquals(0, merge.code(), () -> "merge of " + n + " parts failed: " + merge.err());
                assertEquals(read(full), read(all), () -> n + " shards, options " + c.options());
                merged[0]++;
            }
        });
        assertTrue(merged[0] >= 4 * 12, "most random campaigns are valid and were merged in 4 ways: " + merged[0]);
    }

    @Test
    void missingDuplicatedAndForeignPartsAreRefused() throws IOException {
        String c = "c17";
        List<String> o = List.of("--tmr", "triplicated", "--format", "json");
        Path[] p = new Path[4];
        for (int k = 1; k <= 3; k++) {
            p[k] = dir.resolve("part-" + k + ".json");
            assertEquals(0, inject(c, o, "--shard", k + "/3", "-o", p[k].toString()).code());
        }
        Path foreign = dir.resolve("foreign.json");
        assertEquals(0, inject(c, List.of("--tmr", "triplicated", "--format", "json", "--seed", "2"),
                "--shard", "3/3", "-o", foreign.toString()).code());
        Path halves = dir.resolve("half-2.json");
        assertEquals(0, inject(c, o, "--shard", "2/2", "-o", halves.toString()).code());
        Path out = dir.resolve("all.json");

        refused("missing shard 3/3", "merge", p[1].toString(), p[2].toString(), "-o", out.toString());
        refused("shard 2/3 given twice", "merge", p[1].toString(), p[2].toString(), p[2].toString(), p[3].toString(), "-o", out.toString());
        refused("part of a different campaign", "merge", p[1].toString(), p[2].toString(), foreign.toString(), "-o", out.toString());
        refused("of a campaign cut in 2 slices", "merge", p[1].toString(), halves.toString(), p[3].toString(), "-o", out.toString());

        Path tampered = dir.resolve("tampered.json");
        String third = Files.readString(p[3]);
        java.util.regex.Matcher firstRow = java.util.regex.Pattern.compile("\\{\"index\":(\\d+),").matcher(third);
        assertTrue(firstRow.find(), "part 3 has rows");
        // fault set 0 always opens slice 1
        Files.writeString(tampered, third.replaceFirst("\\{\"index\":" + firstRow.group(1) + ",", "{\"index\":0,"));
        refused("fault set 0 does not belong to shard 3/3", "merge", p[1].toString(), p[2].toString(), tampered.toString(), "-o", out.toString());
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, third.replaceFirst("\\{\"index\":" + firstRow.group(1) + ",[^}]*\\},", ""));
        refused("holds", "merge", p[1].toString(), p[2].toString(), cut.toString(), "-o", out.toString());
        Path report = dir.resolve("report.json");
        assertEquals(0, inject(c, o, "-o", report.toString()).code());
        refused("not a part of a sharded campaign", "merge", report.toString(), "-o", out.toString());
        refused("would replace one of the parts", "merge", p[1].toString(), p[2].toString(), p[3].toString(), "-o", p[3].toString());
        assertFalse(Files.exists(out), "no report is written from a refused set of parts");
    }

    @Test
    void aCircuitChangedSinceThePartsWereMadeIsRefused() throws IOException {
        Path bench = dir.resolve("adder.bench");
        Files.writeString(bench, "INPUT(a)\nINPUT(b)\nOUTPUT(s)\ns = XOR(a, b)\n");
        Path part = dir.resolve("p.json");
        assertEquals(0, inject(bench.toString(), List.of(), "--shard", "1/1", "-o", part.toString()).code());
        Files.writeString(bench, "INPUT(a)\nINPUT(b)\nOUTPUT(s)\ns = XNOR(a, b)\n");
        Path out = dir.resolve("all.txt");
        refused("differs from the parts'", "merge", part.toString(), "-o", out.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void badShardsAndCombinationsAreRefused() {
        refused("1 <= K <= N", "inject", "c17", "--shard", "0/3");
        refused("1 <= K <= N", "inject", "c17", "--shard", "4/3");
        refused("is not K/N", "inject", "c17", "--shard", "3");
        refused("cannot be combined with --montecarlo", "inject", "c17", "--shard", "1/2", "--montecarlo", "0.01");
        refused("cannot be combined with --resume", "inject", "c17", "--shard", "1/2", "--resume", dir.resolve("x.json").toString());
    }

    private void refused(String message, String... args) {
        Cli r = Cli.run(args);
        assertEquals(2, r.code(), () -> String.join(" ", args) + " -> " + r.err());
        assertTrue(r.err().contains(message), () -> "expected '" + message + "' in: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    private static Cli inject(String circuit, List<String> options, String... more) {
        List<String> args = new ArrayList<>(List.of("inject", circuit, "--threads", "1"));
        args.addAll(options);
        args.addAll(List.of(more));
        return Cli.run(args.toArray(new String[0]));
    }

    private Path newDir() {
        try {
            return Files.createTempDirectory(dir, "case");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Netlist n, Path file) {
        try {
            NetlistFiles.write(n, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
