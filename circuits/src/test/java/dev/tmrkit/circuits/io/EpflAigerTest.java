package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.blif.BlifReader;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The EPFL suite's binary AIGER files: each reads with the published inputs / outputs / AND nodes (the
 * README's table, copied here as data), hyp's 214 335 AND gates included; and each circuit's AIGER and BLIF
 * versions, read by two unrelated readers, compute the same function on 10 048 random vectors.
 */
class EpflAigerTest {
    /** Published inputs / outputs / AND nodes of the AIGER version. */
    static final Map<String, int[]> FIGURES = Map.ofEntries(
            Map.entry("ctrl", new int[] {7, 26, 174}), Map.entry("int2float", new int[] {11, 7, 260}),
            Map.entry("router", new int[] {60, 30, 257}), Map.entry("dec", new int[] {8, 256, 304}),
            Map.entry("cavlc", new int[] {10, 11, 693}), Map.entry("priority", new int[] {128, 8, 978}),
            Map.entry("adder", new int[] {256, 129, 1020}), Map.entry("i2c", new int[] {147, 142, 1342}),
            Map.entry("max", new int[] {512, 130, 2865}), Map.entry("bar", new int[] {135, 128, 3336}),
            Map.entry("sin", new int[] {24, 25, 5416}), Map.entry("arbiter", new int[] {256, 129, 11839}),
            Map.entry("voter", new int[] {1001, 1, 13758}), Map.entry("square", new int[] {64, 128, 18484}),
            Map.entry("sqrt", new int[] {128, 64, 24618}), Map.entry("multiplier", new int[] {128, 128, 27062}),
            Map.entry("log2", new int[] {32, 32, 32060}), Map.entry("mem_ctrl", new int[] {1204, 1231, 46836}),
            Map.entry("div", new int[] {128, 128, 57247}), Map.entry("hyp", new int[] {256, 128, 214335}));

    private static final int WORDS = 157; // 10 048 vectors

    @Test
    void everyAigerFileReadsWithThePublishedFigures() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int files = 0;
        long hypMillis = 0;
        for (Path file : Corpus.files("epfl", "aig")) {
            long start = System.nanoTime();
            Netlist n = NetlistFiles.read(file);
            if (Corpus.stem(file).equals("hyp")) {
                hypMillis = (System.nanoTime() - start) / 1_000_000;
            }
            files++;
            int[] published = FIGURES.get(Corpus.stem(file));
            int ands = n.stats().gateTypes().getOrDefault(GateType.AND, 0);
            if (published[0] != n.inputCount() || published[1] != n.outputCount() || published[2] != ands) {
                mismatches.add(Corpus.stem(file) + ": published " + published[0] + "/" + published[1] + "/" + published[2]
                        + ", read " + n.inputCount() + "/" + n.outputCount() + "/" + ands);
            }
            assertTrue(n.stats().gateTypes().keySet().stream().allMatch(t -> t == GateType.AND || t == GateType.NOT
                    || t == GateType.BUF || t.isConstant()), file + ": " + n.stats().gateTypes());
        }
        assertEquals(List.of(), mismatches);
        assertEquals(20, files, "EPFL AIGER files read");
        assertTrue(hypMillis < 5_000, "hyp.aig (214 335 ANDs) read in " + hypMillis + " ms");
    }

    @Test
    void aigerAndBlifVersionsComputeTheSameFunctionWithTheSamePortNames() throws IOException {
        List<String> differences = new ArrayList<>();
        List<String> renamed = new ArrayList<>();
        int compared = 0;
        for (Path blif : Corpus.files("epfl", "blif")) {
            String name = Corpus.stem(blif);
            Netlist fromBlif = new BlifReader().read(blif);
            Netlist fromAiger = NetlistFiles.read(Corpus.file("epfl", name + ".aig"));
            if (!fromBlif.inputNames().equals(fromAiger.inputNames()) || !fromBlif.outputNames().equals(fromAiger.outputNames())) {
                renamed.add(name);
            }
            Optional<String> difference = SameFunction.compare(fromBlif, fromAiger,
                    SameFunction.byPosition(fromBlif, fromAiger), WORDS, 1, name.hashCode());
            difference.ifPresent(d -> differences.add(name + ": " + d));
            compared++;
        }
        assertEquals(List.of(), differences);
        assertEquals(List.of(), renamed, "ports named alike, position by position");
        assertEquals(19, compared);
    }
}
