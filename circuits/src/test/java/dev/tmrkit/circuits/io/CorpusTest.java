package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.blif.BlifReader;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistStats;
import dev.tmrkit.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every circuit of {@code benchmarks/} reads, and its structure matches the figures published in
 * that folder's README (copied here as data): PI / PO / DFF / gates, gates counting NOT and BUFF but not DFFs.
 */
class CorpusTest {
    /** Published structure of one circuit. */
    record Figures(int inputs, int outputs, int dffs, int gates) {
    }

    private static Figures f(int inputs, int outputs, int dffs, int gates) {
        return new Figures(inputs, outputs, dffs, gates);
    }

    static final Map<String, Figures> ISCAS85 = Map.ofEntries(
            Map.entry("c17", f(5, 2, 0, 6)), Map.entry("c432", f(36, 7, 0, 160)), Map.entry("c499", f(41, 32, 0, 202)),
            Map.entry("c880", f(60, 26, 0, 383)), Map.entry("c1355", f(41, 32, 0, 546)),
            Map.entry("c1908", f(33, 25, 0, 880)), Map.entry("c2670", f(233, 140, 0, 1193)),
            Map.entry("c3540", f(50, 22, 0, 1669)), Map.entry("c5315", f(178, 123, 0, 2307)),
            Map.entry("c6288", f(32, 32, 0, 2416)), Map.entry("c7552", f(207, 108, 0, 3512)));

    static final Map<String, Figures> ISCAS89 = Map.ofEntries(
            Map.entry("s27", f(4, 1, 3, 10)), Map.entry("s298", f(3, 6, 14, 119)), Map.entry("s344", f(9, 11, 15, 160)),
            Map.entry("s382", f(3, 6, 21, 158)), Map.entry("s400", f(3, 6, 21, 164)), Map.entry("s526", f(3, 6, 21, 193)),
            Map.entry("s820", f(18, 19, 5, 289)), Map.entry("s1196", f(14, 14, 18, 529)),
            Map.entry("s1238", f(14, 14, 18, 508)), Map.entry("s1423", f(17, 5, 74, 657)),
            Map.entry("s5378", f(35, 49, 179, 2779)), Map.entry("s9234", f(19, 22, 228, 5597)),
            Map.entry("s13207", f(31, 121, 669, 7951)), Map.entry("s15850", f(14, 87, 597, 9772)),
            Map.entry("s35932", f(35, 320, 1728, 16065)), Map.entry("s38417", f(28, 106, 1636, 22179)),
            Map.entry("s38584", f(12, 278, 1452, 19253)));

    static final Map<String, Figures> ITC99 = Map.ofEntries(
            Map.entry("b01", f(2, 2, 5, 40)), Map.entry("b02", f(1, 1, 4, 22)), Map.entry("b03", f(4, 4, 30, 122)),
            Map.entry("b04", f(11, 8, 66, 652)), Map.entry("b05", f(1, 36, 34, 927)), Map.entry("b06", f(2, 6, 9, 39)),
            Map.entry("b07", f(1, 8, 49, 383)), Map.entry("b08", f(9, 4, 21, 149)), Map.entry("b09", f(1, 1, 28, 140)),
            Map.entry("b10", f(11, 6, 17, 172)), Map.entry("b11", f(7, 6, 31, 726)), Map.entry("b12", f(5, 6, 121, 944)),
            Map.entry("b13", f(10, 10, 53, 289)), Map.entry("b14", f(32, 54, 245, 9767)),
            Map.entry("b15_C", f(485, 519, 0, 8367)), Map.entry("b20", f(32, 22, 490, 19682)),
            Map.entry("b20_C", f(522, 512, 0, 19682)), Map.entry("b22", f(32, 22, 735, 29162)));

    /** EPFL: inputs / outputs only (the README's third figure counts AND nodes of the AIGER version). */
    static final Map<String, int[]> EPFL = Map.ofEntries(
            Map.entry("ctrl", new int[] {7, 26}), Map.entry("int2float", new int[] {11, 7}),
            Map.entry("router", new int[] {60, 30}), Map.entry("dec", new int[] {8, 256}),
            Map.entry("cavlc", new int[] {10, 11}), Map.entry("priority", new int[] {128, 8}),
            Map.entry("adder", new int[] {256, 129}), Map.entry("i2c", new int[] {147, 142}),
            Map.entry("max", new int[] {512, 130}), Map.entry("bar", new int[] {135, 128}),
            Map.entry("sin", new int[] {24, 25}), Map.entry("arbiter", new int[] {256, 129}),
            Map.entry("voter", new int[] {1001, 1}), Map.entry("square", new int[] {64, 128}),
            Map.entry("sqrt", new int[] {128, 64}), Map.entry("multiplier", new int[] {128, 128}),
            Map.entry("log2", new int[] {32, 32}), Map.entry("mem_ctrl", new int[] {1204, 1231}),
            Map.entry("div", new int[] {128, 128}));

    private static final BenchReader BENCH = new BenchReader();

    private static Figures figures(Netlist n) {
        NetlistStats s = n.stats();
        return f(s.inputs(), s.outputs(), s.dffs(), s.gates());
    }

    @Test
    void everyBenchFileReadsAndMatchesThePublishedFigures() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int files = 0;
        int compared = 0;
        for (Map.Entry<String, Map<String, Figures>> set : Map.of("iscas85", ISCAS85, "iscas89", ISCAS89, "itc99", ITC99).entrySet()) {
            for (Path file : Corpus.files(set.getKey(), "bench")) {
                String name = Corpus.stem(file);
                if (name.equals("s400")) {
                    continue; // its real defect is specified below
                }
                Netlist n = BENCH.read(file);
                files++;
                Figures published = set.getValue().get(name);
                if (published != null) {
                    compared++;
                    if (!published.equals(figures(n))) {
                        mismatches.add(name + ": published " + published + ", read " + figures(n));
                    }
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(11 + 34 + 18, files, "bench files read (all but s400)");
        assertEquals(11 + 16 + 18, compared, "circuits compared with published figures");
    }

    @Test
    void c6288IsA124LevelMultiplierOfNorAndAndNot() throws IOException {
        NetlistStats s = BENCH.read(Corpus.file("iscas85", "c6288.bench")).stats();
        assertEquals(124, s.depth());
        assertEquals(Map.of(GateType.NOR, 2128, GateType.AND, 256, GateType.NOT, 32), s.gateTypes());
        assertEquals(Map.of(GateType.NAND, 6), BENCH.read(Corpus.file("iscas85", "c17.bench")).stats().gateTypes());
    }

    @Test
    void someNetsAreBothPrimaryInputAndOutput() throws IOException {
        assertEquals(76, inputsThatAreOutputs(BENCH.read(Corpus.file("iscas85", "c2670.bench"))));
        assertEquals(1, inputsThatAreOutputs(BENCH.read(Corpus.file("iscas85", "c7552.bench"))));
    }

    private static long inputsThatAreOutputs(Netlist n) {
        return n.inputNames().stream().filter(n.outputNames()::contains).count();
    }

    @Test
    void s400ReadsAPhi1HThatIsDeclaredNowhere() throws IOException {
        Path file = Corpus.file("iscas89", "s400.bench");
        ParseException e = assertThrows(ParseException.class, () -> BENCH.read(file));
        assertEquals(file.toString(), e.source());
        assertEquals(97, e.line());
        String line97 = Files.readAllLines(file).get(96);
        assertEquals("CLKBVIR1 = NOT(Phi1H)", line97.strip());
        assertEquals(line97.indexOf("Phi1H") + 1, e.column(), "the column of the token Phi1H");
        assertTrue(e.reason().contains("'Phi1H'"), e.getMessage());
        assertEquals(1, e.diagnostics().size(), e.report());

        Netlist n = BENCH.withUndrivenAsInputs(true).read(file);
        Figures published = ISCAS89.get("s400");
        assertEquals(f(published.inputs() + 1, published.outputs(), published.dffs(), published.gates()), figures(n));
        assertEquals("Phi1H", n.inputNames().get(n.inputCount() - 1));
    }

    @Test
    void everyEpflBlifReadsWithThePublishedPorts() throws IOException {
        BlifReader reader = new BlifReader();
        List<String> mismatches = new ArrayList<>();
        int files = 0;
        for (Path file : Corpus.files("epfl", "blif")) {
            Netlist n = reader.read(file);
            files++;
            int[] published = EPFL.get(Corpus.stem(file));
            if (published[0] != n.inputCount() || published[1] != n.outputCount()) {
                mismatches.add(Corpus.stem(file) + ": published " + published[0] + "/" + published[1] + ", read "
                        + n.inputCount() + "/" + n.outputCount());
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(19, files, "EPFL BLIF files read");
    }
}
