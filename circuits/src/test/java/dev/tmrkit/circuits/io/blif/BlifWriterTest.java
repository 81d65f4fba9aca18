package dev.tmrkit.circuits.io.blif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import org.junit.jupiter.api.Test;

/** The BLIF text the writer produces, golden, and what it refuses to write. */
class BlifWriterTest {
    private static final BlifWriter WRITER = new BlifWriter();

    @Test
    void writesEachGateTypeAsItsCover() {
        Netlist n = Netlist.builder("every type").input("a").input("b").input("c")
                .output("and").output("or").output("nand").output("nor").output("xor").output("xnor")
                .output("not").output("buf").output("zero").output("one").output("q")
                .gate(GateType.AND, "and", "a", "b", "c").gate(GateType.OR, "or", "a", "b", "c")
                .gate(GateType.NAND, "nand", "a", "b").gate(GateType.NOR, "nor", "a", "b")
                .gate(GateType.XOR, "xor", "a", "b", "c").gate(GateType.XNOR, "xnor", "a", "b")
                .gate(GateType.NOT, "not", "a").gate(GateType.BUF, "buf", "a")
                .gate(GateType.CONST0, "zero").gate(GateType.CONST1, "one").dff("q", "and").build();
        String text = WRITER.write(n);
        assertTrue(text.contains("""
                .model every_type
                .inputs a b c
                .outputs and or nand nor xor xnor not buf zero one q
                """), text);
        assertTrue(text.contains(".names a b c and\n111 1\n"), text);
        assertTrue(text.contains(".names a b c or\n1-- 1\n-1- 1\n--1 1\n"), text);
        assertTrue(text.contains(".names a b nand\n0- 1\n-0 1\n"), text);
        assertTrue(text.contains(".names a b nor\n00 1\n"), text);
        assertTrue(text.contains(".names a b c xor\n001 1\n010 1\n100 1\n111 1\n"), text);
        assertTrue(text.contains(".names a b xnor\n00 1\n11 1\n"), text);
        assertTrue(text.contains(".names a not\n0 1\n"), text);
        assertTrue(text.contains(".names a buf\n1 1\n"), text);
        assertTrue(text.contains(".names zero\n.names one\n1\n") || text.contains(".names one\n1\n.names zero\n"), text);
        assertTrue(text.endsWith(".latch and q 0\n.end\n"), text);
        assertEquals(n, new BlifReader().parse(text));
    }

    @Test
    void wrapsLongPortListsWithContinuations() {
        NetlistBuilder b = Netlist.builder("wide");
        for (int i = 0; i < 40; i++) {
            b.input("input_" + i);
        }
        b.output("input_0");
        String text = WRITER.write(b.build());
        assertTrue(text.contains(" \\\n input_"), text);
        text.lines().forEach(line -> assertTrue(line.length() <= 80, line));
        assertEquals(40, new BlifReader().parse(text).inputCount());
    }

    @Test
    void refusesParityGatesTooWideForACover() {
        NetlistBuilder b = Netlist.builder("wide").output("x");
        String[] ins = new String[BlifWriter.MAX_PARITY_INPUTS + 1];
        for (int i = 0; i < ins.length; i++) {
            ins[i] = "i" + i;
            b.input(ins[i]);
        }
        Netlist n = b.gate(GateType.XOR, "x", ins).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WRITER.write(n));
        assertTrue(e.getMessage().contains("XOR gate 'x' has 17 inputs"), e.getMessage());
    }

    @Test
    void refusesNamesTheFormatCannotExpress() {
        for (String bad : new String[] {"a b", "a#b", "line\\"}) {
            Netlist n = Netlist.builder("bad").input(bad).output(bad).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WRITER.write(n));
            assertTrue(e.getMessage().contains("net name '" + bad + "'"), e.getMessage());
        }
    }
}
