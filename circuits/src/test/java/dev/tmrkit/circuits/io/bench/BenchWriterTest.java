package dev.tmrkit.circuits.io.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import org.junit.jupiter.api.Test;

/** The .bench text the writer produces, golden, and what it refuses to write. */
class BenchWriterTest {
    private static final BenchWriter WRITER = new BenchWriter();

    @Test
    void writesC17InIscasLayout() {
        assertEquals("""
                # c17
                # 5 inputs, 2 outputs, 6 gates, 0 D flip-flops
                # written by tmrkit

                INPUT(1)
                INPUT(2)
                INPUT(3)
                INPUT(6)
                INPUT(7)

                OUTPUT(22)
                OUTPUT(23)

                10 = NAND(1, 3)
                11 = NAND(3, 6)
                16 = NAND(2, 11)
                19 = NAND(11, 7)
                22 = NAND(10, 16)
                23 = NAND(16, 19)
                """, WRITER.write(BenchReaderTest.c17()));
    }

    @Test
    void writesGatesInTopologicalOrderFlipFlopsLastAndConstantsAsCalls() {
        Netlist n = Netlist.builder("seq").input("a").output("q").output("q")
                .dff("q", "d").gate(GateType.XOR, "d", "b", "one").gate(GateType.BUF, "b", "a").gate(GateType.CONST1, "one")
                .build();
        String text = WRITER.write(n);
        assertTrue(text.endsWith("""
                INPUT(a)

                OUTPUT(q)
                OUTPUT(q)

                b = BUFF(a)
                one = CONST1()
                d = XOR(b, one)
                q = DFF(d)
                """), text);
    }

    @Test
    void refusesNamesTheFormatCannotExpress() {
        for (String bad : new String[] {"a b", "f(x)", "a,b", "x=y", "#1", "tab\t"}) {
            Netlist n = Netlist.builder("bad").input(bad).output(bad).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WRITER.write(n));
            assertTrue(e.getMessage().contains("net name '" + bad + "'"), e.getMessage());
        }
    }
}
