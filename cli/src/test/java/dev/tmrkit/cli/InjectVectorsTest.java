package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.fault.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inject --vectors FILE}: the campaign runs exactly the given patterns, checked against the scalar reference. */
class InjectVectorsTest {
    @TempDir
    Path dir;

    @Test
    void everyFaultsFirstFailingVectorAndCountMatchTheReference() throws Exception {
        Netlist n = BuiltinCircuits.byName("c17").orElseThrow();
        SplittableRandom random = new SplittableRandom(7);
        List<boolean[]> vectors = new ArrayList<>();
        StringBuilder file = new StringBuilder("# 70 vectors, more than one word\n");
        for (int p = 0; p < 70; p++) {
            boolean[] v = new boolean[n.inputCount()];
            for (int i = 0; i < v.length; i++) {
                v[i] = random.nextBoolean();
                file.append(v[i] ? '1' : '0');
            }
            vectors.add(v);
            file.append('\n');
        }
        Path f = dir.resolve("v.txt");
        Files.writeString(f, file);
        Cli r = Cli.run("inject", "c17", "--vectors", f.toString(), "--no-drop", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        List<Fault> faults = FaultLists.allStuckAt(n);
        assertEquals(faults.size() + 1, lines.length, r.out());
        ReferenceEvaluator ref = new ReferenceEvaluator(n);
        for (int k = 0; k < faults.size(); k++) {
            long first = -1;
            long failing = 0;
            for (int p = 0; p < vectors.size(); p++) {
                if (!Arrays.equals(ref.evaluate(vectors.get(p)), ref.evaluate(vectors.get(p), List.of(faults.get(k)), 0))) {
                    failing++;
                    first = first < 0 ? p : first;
                }
            }
            String[] cells = lines[k + 1].split(",");
            // a lone '-' is written as '- by the CSV formula guard
            assertEquals(first < 0 ? "-" : first + " (inputs " + bits(vectors.get((int) first)) + ")", cells[3].replace("'-", "-"), lines[k + 1]);
            assertEquals(String.valueOf(failing), cells[4], lines[k + 1]);
        }
    }

    @Test
    void theReportNamesTheFileAndOptionsThatCannotApplyAreRefused() throws Exception {
        Path f = dir.resolve("v.txt");
        Files.writeString(f, "10101\n01010\n");
        Cli r = Cli.run("inject", "c17", "--vectors", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("patterns 2 patterns from " + f), r.out());
        Cli patterns = Cli.run("inject", "c17", "--vectors", f.toString(), "--patterns", "100");
        assertEquals(2, patterns.code());
        assertTrue(patterns.err().contains("--patterns cannot take effect"), patterns.err());
        Cli exhaustive = Cli.run("inject", "c17", "--vectors", f.toString(), "--exhaustive");
        assertEquals(2, exhaustive.code());
        Cli sequential = Cli.run("inject", "counter", "--vectors", f.toString());
        assertEquals(2, sequential.code(), sequential.err());
        assertTrue(sequential.err().contains("flip-flops"), sequential.err());
    }

    @Test
    void aMalformedVectorIsReportedWithItsPosition() throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "10101\n10x01\n");
        Cli r = Cli.run("inject", "c17", "--vectors", f.toString());
        assertEquals(2, r.code());
        assertEquals(f + ":2:3: expected '0' or '1', found 'x'", r.err().strip());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }

    private static String bits(boolean[] v) {
        StringBuilder sb = new StringBuilder();
        for (boolean b : v) {
            sb.append(b ? '1' : '0');
        }
        return sb.toString();
    }
}
