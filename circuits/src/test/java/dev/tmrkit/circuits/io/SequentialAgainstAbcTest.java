package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.sat.Mutations;
import dev.tmrkit.circuits.sat.SequentialProver;
import dev.tmrkit.circuits.tmr.check.Counterexample;
import dev.tmrkit.circuits.sat.Replay;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.testing.Corpus;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sequential equivalence on ISCAS-89 s27…s1423 and ITC'99 b01–b14 against ABC {@code dsec}: TMR(circuit) ≡
 * circuit is proven by induction (and ABC agrees); each circuit's mutant (one gate changed) is refuted within 12
 * cycles exactly when ABC {@code bmc3 -F 12} refutes it, in the same (shortest) cycle when tmrkit's bounded SAT
 * found it, and every counterexample sequence is replayed by the reference evaluator.
 */
class SequentialAgainstAbcTest {
    static final List<String> ISCAS89 = List.of("s27", "s208.1", "s298", "s344", "s349", "s382", "s386", "s400", "s420.1",
            "s444", "s510", "s526", "s526n", "s641", "s713", "s820", "s832", "s838.1", "s953", "s1196", "s1238", "s1423");
    static final List<String> ITC99 = List.of("b01", "b02", "b03", "b04", "b05", "b06", "b07", "b08", "b09", "b10", "b11",
            "b12", "b13", "b14");
    private static final int DEPTH = 12;
    private static final SequentialProver.Settings SETTINGS = new SequentialProver.Settings(DEPTH, 256, 1, Duration.ofSeconds(60));

    @Test
    void iscas89(@TempDir Path dir) throws IOException {
        check(dir, "iscas89", ISCAS89, 22);
    }

    @Test
    void itc99(@TempDir Path dir) throws IOException {
        check(dir, "itc99", ITC99, 14);
    }

    private void check(Path dir, String suite, List<String> names, int expected) throws IOException {
        ExternalTool.require(ExternalTool.ABC);
        TmrPass tmr = new TmrPass(TmrOptions.defaults());
        SplittableRandom random = new SplittableRandom(11);
        int checked = 0;
        int different = 0;
        for (Path bench : Corpus.files(suite, "bench")) {
            String name = bench.getFileName().toString().replace(".bench", "");
            if (!names.contains(name)) {
                continue;
            }
            Netlist n;
            try {
                n = new BenchReader().read(bench);
            } catch (ParseException undriven) {   // s400 uses a net nothing drives: read it as an input, ABC the same file
                n = NetlistFiles.read(bench, true);
                bench = dir.resolve(name + ".bench");
                NetlistFiles.write(n, bench);
            }
            Netlist t = tmr.apply(n);
            SequentialProver.Result proof = SequentialProver.prove(n, t, SETTINGS);
            assertEquals(SequentialProver.Status.PROVEN, proof.status(), name + " TMR");
            Path tFile = dir.resolve(name + "-tmr.bench");
            NetlistFiles.write(t, tFile);
            assertTrue(dsec(dir, bench, tFile), name + ": ABC dsec proves the TMR equivalent too");
            Netlist m = Mutations.mutated(n, random);
            Path mFile = dir.resolve(name + "-mutant.bench");
            NetlistFiles.write(m, mFile);
            SequentialProver.Result r = SequentialProver.prove(n, m, SETTINGS);
            Integer abcFrame = bmc(dir, bench, mFile);
            if (r.status() == SequentialProver.Status.DIFFERENT) {
                Counterexample c = r.counterexample().orElseThrow();
                assertNotNull(abcFrame, name + ": ABC bmc3 finds the mutant different within " + DEPTH + " frames too");
                if (r.method().equals("bounded SAT")) {
                    assertEquals(abcFrame, c.cycle(), name + ": both find the shortest counterexample");
                } else {
                    assertTrue(c.cycle() >= abcFrame, name + ": no shorter than ABC's");
                }
                Replay.assertDistinguishes(n, m, c);
                different++;
            } else {
                assertNull(abcFrame, name + ": " + r.status() + ", and ABC finds no difference within " + DEPTH + " frames either");
            }
            checked++;
        }
        assertEquals(expected, checked);
        assertTrue(3 * different >= expected, "a third of the mutants or more differ within " + DEPTH + " cycles: " + different);
    }

    /** ABC {@code dsec}'s verdict: true equivalent, false not equivalent; fails the test when ABC decides neither. */
    private static boolean dsec(Path dir, Path a, Path b) throws IOException {
        ExternalTool.Result abc = ExternalTool.abc(dir, "dsec " + a.toAbsolutePath() + " " + b.toAbsolutePath());
        boolean equivalent = abc.output().contains("Networks are equivalent");
        assertTrue(equivalent || abc.output().contains("NOT EQUIVALENT"), abc.output());
        return equivalent;
    }

    /** The first frame in which ABC {@code bmc3} asserts the miter of the two, or null when none of {@link #DEPTH} frames does. */
    private static Integer bmc(Path dir, Path a, Path b) throws IOException {
        ExternalTool.Result abc = ExternalTool.abc(dir, "miter " + a.toAbsolutePath() + " " + b.toAbsolutePath() + "; bmc3 -F " + DEPTH);
        Matcher m = Pattern.compile("was asserted in frame (\\d+)").matcher(abc.output());
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        assertTrue(abc.output().contains("No output asserted in " + DEPTH + " frames"), abc.output());
        return null;
    }
}
