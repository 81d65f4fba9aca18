package dev.tmrkit.cli;

import dev.tmrkit.cli.circuit.VectorFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;

    @Test
    void versionAndHelp() {
        Cli v = Cli.run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("tmrkit "), v.out());
        Cli h = Cli.run("--help");
        assertEquals(0, h.code());
        for (String sub : List.of("info", "eval", "inject", "bench")) {
            assertTrue(h.out().contains(sub), sub);
        }
    }

    @Test
    void infoPrintsThePublishedC17FiguresAsJson() {
        Cli r = Cli.run("info", "c17", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(5, r.jsonLong("inputs"));
        assertEquals(2, r.jsonLong("outputs"));
        assertEquals(6, r.jsonLong("gates"));
        assertEquals(0, r.jsonLong("dffs"));
        assertEquals(3, r.jsonLong("depth"));
        assertTrue(r.out().contains("\"gateTypes\":{\"NAND\":6}"), r.out());
    }

    @Test
    void infoListsTheBuiltIns() {
        Cli r = Cli.run("info", "--list");
        assertEquals(0, r.code());
        for (String name : List.of("voter", "tmr-gate", "c17", "full-adder", "ripple-adder", "comparator", "counter")) {
            assertTrue(r.out().contains(name), name);
        }
    }

    @Test
    void evalPrintsOneLineOfOutputsPerVectorAsTheReferenceComputes() throws IOException {
        Netlist adder = BuiltinCircuits.byName("ripple-adder:8").orElseThrow();
        SplittableRandom random = new SplittableRandom(3);
        List<String> lines = new ArrayList<>();
        List<boolean[]> vectors = new ArrayList<>();
        for (int k = 0; k < 150; k++) {
            boolean[] v = new boolean[adder.inputCount()];
            for (int i = 0; i < v.length; i++) {
                v[i] = random.nextBoolean();
            }
            vectors.add(v);
            lines.add(VectorFile.bits(v));
        }
        Path file = tmp.resolve("vectors.txt");
        Files.write(file, lines);
        Cli r = Cli.run("eval", "ripple-adder:8", "--vectors", file.toString());
        assertEquals(0, r.code(), r.err());
        String[] got = r.out().split("\n");
        assertEquals(150, got.length);
        ReferenceEvaluator ref = new ReferenceEvaluator(adder);
        for (int k = 0; k < 150; k++) {
            assertEquals(VectorFile.bits(ref.evaluate(vectors.get(k))), got[k], "vector " + k);
        }
    }

    @Test
    void evalStepsASequentialCircuitOneLinePerClockCycleFromReset() throws IOException {
        // counter:2 inputs (inc, reset): count 0,1,2,3, then hold, then reset
        Path file = tmp.resolve("seq.txt");
        Files.write(file, List.of("10", "10", "10", "10", "00", "01", "00"));
        Cli r = Cli.run("eval", "counter:2", "--vectors", file.toString());
        assertEquals(0, r.code(), r.err());
        List<String> expected = new ArrayList<>();
        for (int count : new int[] {0, 1, 2, 3, 0, 0, 0}) {
            expected.add("" + (count & 1) + (count >> 1 & 1)); // outputs q0 q1
        }
        assertEquals(expected, List.of(r.out().split("\n")));
    }

    @Test
    void truthTableHasEveryRowInOrder() {
        Cli r = Cli.run("eval", "voter", "--truth-table");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("# a b c | r", lines[0]);
        assertEquals(9, lines.length);
        for (int row = 0; row < 8; row++) {
            int ones = Integer.bitCount(row);
            String in = String.format("%3s", Integer.toBinaryString(row)).replace(' ', '0');
            assertEquals(in + " " + (ones >= 2 ? 1 : 0), lines[row + 1]);
        }
    }

    @Test
    void injectWithoutArgumentsRunsTheSeedExampleAndOnlyTheSharedInputsEscape() {
        Cli r = Cli.run("inject", "--format", "json", "--per-fault");
        assertEquals(0, r.code(), r.err());
        Netlist n = BuiltinCircuits.byName("tmr-gate").orElseThrow();
        assertEquals(dev.tmrkit.circuits.faults.FaultLists.allStuckAt(n).size(), r.jsonLong("faults"));
        assertEquals(2L * n.inputCount(), r.jsonLong("silent"), "sa0 and sa1 on each shared input stem");
        assertEquals(r.jsonLong("faults") - r.jsonLong("silent"), r.jsonLong("masked"));
        assertEquals(4, r.jsonLong("patterns"));
        assertTrue(r.out().contains("{\"index\":0,\"site\":\"a\",\"fault\":\"sa0\",\"cycle\":null,\"region\":null,\"outcome\":\"silent\""),
                r.out());
    }

    @Test
    void injectTablePrintsPerFaultLinesAndASummaryWithTheSeed() {
        Cli r = Cli.run("inject");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("seed     1"), r.out());
        assertTrue(r.out().matches("(?s).*\\ng_A +sa0 +masked.*"), r.out());
        assertTrue(r.out().contains("summary  82 faults: 78 masked"), r.out());
    }

    @Test
    void sameSeedGivesIdenticalReportsWhateverTheThreadCount() {
        // 17 inputs: exhaustive; 33 inputs: random patterns from the seed
        Cli one = Cli.run("inject", "ripple-adder:16", "--patterns", "3000", "--seed", "9", "--threads", "1", "--format", "json", "--per-fault");
        Cli two = Cli.run("inject", "ripple-adder:16", "--patterns", "3000", "--seed", "9", "--threads", "2", "--format", "json", "--per-fault");
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), two.out());
        assertEquals(9, one.jsonLong("seed"));
    }

    @Test
    void aMalformedFileGivesFileLineColumnExitTwoAndNoOutput() throws IOException {
        Path bad = tmp.resolve("bad.bench");
        Files.writeString(bad, "INPUT(a)\nOUTPUT(y)\ny = FROB(a, a)\n");
        Cli r = Cli.run("inject", bad.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(bad + ":3:5: "), r.err());
        assertTrue(r.err().contains("FROB"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aBadVectorNamesItsLineAndColumn() throws IOException {
        Path v = tmp.resolve("v.txt");
        Files.write(v, List.of("00000", "01x01"));
        Cli r = Cli.run("eval", "c17", "--vectors", v.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(v + ":2:3: expected '0' or '1', found 'x'"), r.err());
    }

    @Test
    void misuseGetsOneLineOfHelpAndExitTwo() {
        Cli unknown = Cli.run("inject", "--frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--frobnicate"), unknown.err());
        assertTrue(unknown.err().contains("Try 'tmrkit inject --help'"), unknown.err());
        assertEquals(2, unknown.err().strip().split("\n").length, unknown.err());
        Cli number = Cli.run("inject", "--patterns", "many");
        assertEquals(2, number.code());
        Cli missing = Cli.run("info", tmp.resolve("nope.bench").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("neither a file nor a built-in"), missing.err());
        Cli badParam = Cli.run("info", "ripple-adder:0");
        assertEquals(2, badParam.code());
        assertTrue(badParam.err().contains("ripple-adder"), badParam.err());
    }

    @Test
    void anUnwritableOutputIsRefusedBeforeAnyWorkWithNothingPrinted() {
        String missing = tmp.resolve("no/such/dir").toString();
        String[][] runs = {
            {"inject", "c17", "-o", missing + "/r.json"},
            {"eval", "counter:2", "--cycles", "3", "--vcd", missing + "/w.vcd"},
            {"reliability", "c17", "--trials", "100", "--plot", missing + "/p.png"},
            {"tmr", "c17", "-o", missing + "/t.bench"}};
        for (String[] args : runs) {
            Cli r = Cli.run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals("", r.out(), String.join(" ", args));
            assertTrue(r.err().contains("cannot write") || r.err().contains("no such"), r.err());
            assertEquals(1, r.err().strip().split("\n").length, "one line: " + r.err());
        }
    }
}
