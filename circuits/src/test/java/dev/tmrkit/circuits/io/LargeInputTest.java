package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.faults.FaultCollapsing;
import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.bench.BenchWriter;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs at the edges of size: a 100 MB file, very long lines, a 10^5-level deep chain. */
class LargeInputTest {
    @TempDir
    Path tmp;

    @Test
    void aHundredMegabyteFileIsRead() throws IOException {
        Path f = tmp.resolve("big.bench");
        long gates = 0;
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            for (int i = 0; i < 32; i++) {
                w.write("INPUT(input_signal_" + i + ")\n");
            }
            String prev = "input_signal_0";
            while (gates < 2_600_000) {
                String out = "internal_signal_number_" + gates;
                w.write(out + " = NAND(" + prev + ", input_signal_" + (gates % 32) + ")\n");
                prev = gates % 1000 == 999 ? "input_signal_1" : out;
                gates++;
            }
            w.write("OUTPUT(" + prev + ")\n");
        }
        assertTrue(Files.size(f) >= 100_000_000L, "file size " + Files.size(f));
        Netlist n = new BenchReader().read(f);
        assertEquals(gates, n.gateCount());
        assertEquals(1000, n.depth());
    }

    @Test
    void veryLongLinesAreFine() throws IOException {
        StringBuilder sb = new StringBuilder("# " + "x".repeat(5_000_000) + "\nOUTPUT(y)\n");
        StringBuilder args = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append("INPUT(a").append(i).append(")\n");
            args.append(i == 0 ? "" : ", ").append("a").append(i);
        }
        sb.append("y = AND(").append(args).append(")\n");
        Netlist n = new BenchReader().parse("long", sb.toString());
        assertEquals(100_000, n.gate(n.driver(n.netId("y"))).arity());
        Simulation sim = CompiledEvaluator.compile(n).newSimulation(1);
        for (int i = 0; i < n.inputCount(); i++) {
            sim.setInput(i, 0, i == 77_777 ? 0b01L : -1L);
        }
        sim.evaluate();
        assertEquals(0b01L, sim.output(0, 0) & 0b11L, "AND of 100k inputs: lane 1 has one 0 input");
    }

    @Test
    void aChainOfAHundredThousandGatesNeverOverflowsTheStack() {
        StringBuilder sb = new StringBuilder("INPUT(n0)\nOUTPUT(n100000)\n");
        for (int i = 1; i <= 100_000; i++) {
            sb.append('n').append(i).append(" = NOT(n").append(i - 1).append(")\n");
        }
        Netlist n = new BenchReader().parse("deep", sb.toString());
        assertEquals(100_000, n.depth());
        assertEquals(false, new ReferenceEvaluator(n).evaluate(new boolean[] {false})[0], "an even number of inversions");
        assertEquals(2, FaultCollapsing.collapse(n).collapsed(), "a NOT chain collapses to one class per polarity");
        Netlist tmr = new TmrPass(TmrOptions.defaults()).apply(n);
        assertEquals(3 * 100_000 + 4, tmr.gateCount());
        String text = new BenchWriter().write(n);
        assertEquals(n, new BenchReader().parse("again", text));
    }

    @Test
    void oddCharactersInNamesAreReadAndRefusedWhereTheFormatCannotSayThem() {
        Netlist n = new BenchReader().parse("odd", "INPUT(a[0])\nINPUT(b.x/y:z)\nOUTPUT(s$1)\ns$1 = XOR(a[0], b.x/y:z)\n");
        assertEquals(java.util.List.of("a[0]", "b.x/y:z"), n.inputNames());
        assertEquals(n, new BenchReader().parse("again", new BenchWriter().write(n)));
        ParseException e = assertThrows(ParseException.class, () -> new BenchReader().parse("bad", "INPUT(a b)\nOUTPUT(a)\n"));
        assertEquals(1, e.line());
    }
}
