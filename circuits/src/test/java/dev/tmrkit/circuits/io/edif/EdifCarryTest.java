package dev.tmrkit.circuits.io.edif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.Truth;
import dev.tmrkit.circuits.io.verilog.VerilogReader;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.gates.Netlist;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Xilinx carry logic and the ISE cells against closed forms: a 4-bit adder built from a CARRY4 (open CI reading 0) and
 * from MUXCY/XORCY chains computes a + b on all 256 inputs; a MUXF7 selects; ISE flip-flops with INIT 1 start at 1.
 */
class EdifCarryTest {
    private static final String HEADER = "(edif t (edifVersion 2 0 0) (edifLevel 0) (keywordMap (keywordLevel 0))\n"
            + "  (external hdi_primitives (edifLevel 0) (technology (numberDefinition))\n"
            + "    (cell CARRY4 (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port CI (direction INPUT))"
            + " (port CYINIT (direction INPUT)) (port (array (rename CO \"CO[3:0]\") 4) (direction OUTPUT))"
            + " (port (array (rename O \"O[3:0]\") 4) (direction OUTPUT)) (port (array (rename DI \"DI[3:0]\") 4) (direction INPUT))"
            + " (port (array (rename S \"S[3:0]\") 4) (direction INPUT)))))\n"
            + "    (cell MUXCY (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port CI (direction INPUT))"
            + " (port DI (direction INPUT)) (port S (direction INPUT)) (port O (direction OUTPUT)))))\n"
            + "    (cell XORCY (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port CI (direction INPUT))"
            + " (port LI (direction INPUT)) (port O (direction OUTPUT)))))\n"
            + "    (cell LUT2 (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port I0 (direction INPUT))"
            + " (port I1 (direction INPUT)) (port O (direction OUTPUT)))))\n"
            + "    (cell GND (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port G (direction OUTPUT))))))\n"
            + "  (library work (edifLevel 0) (technology (numberDefinition))\n"
            + "    (cell t (cellType GENERIC) (view t (viewType NETLIST)\n"
            + "      (interface (port (array (rename a \"a[3:0]\") 4) (direction INPUT)) (port (array (rename b \"b[3:0]\") 4)"
            + " (direction INPUT)) (port (array (rename s \"s[4:0]\") 5) (direction OUTPUT)))\n      (contents\n";
    private static final String FOOTER = "))))\n  (design t (cellRef t (libraryRef work))))\n";

    /** a[i] ^ b[i] by a LUT2 (INIT 6) into net p_i, for i = 0..3; member k of a 4-bit array is bit 3 - k. */
    private static String propagate() {
        String zero = "        (instance g (viewRef netlist (cellRef GND (libraryRef hdi_primitives))))\n"
                + "        (net zero (joined (portRef G (instanceRef g))";
        StringBuilder nets = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            nets.append("        (instance x").append(i).append(" (viewRef netlist (cellRef LUT2 (libraryRef hdi_primitives)))"
                    + " (property INIT (string \"4'h6\")))\n");
            nets.append("        (net a").append(i).append(" (joined (portRef (member a ").append(3 - i)
                    .append(")) (portRef I0 (instanceRef x").append(i).append(")) DI_A_").append(i).append("))\n");
            nets.append("        (net b").append(i).append(" (joined (portRef (member b ").append(3 - i)
                    .append(")) (portRef I1 (instanceRef x").append(i).append("))))\n");
            nets.append("        (net p").append(i).append(" (joined (portRef O (instanceRef x").append(i).append(")) P_").append(i)
                    .append("))\n");
        }
        return nets + zero + " ZERO))\n";
    }

    private static void assertAdds(Netlist n, String what) {
        assertEquals(List.of("a[3]", "a[2]", "a[1]", "a[0]", "b[3]", "b[2]", "b[1]", "b[0]"), n.inputNames());
        for (int a = 0; a < 16; a++) {
            for (int b = 0; b < 16; b++) {
                long in = 0;
                for (int i = 0; i < 4; i++) {
                    in |= (long) (a >> i & 1) << (3 - i) | (long) (b >> i & 1) << (7 - i);
                }
                boolean[] out = Truth.outputs(n, in);
                int sum = 0;
                for (int k = 0; k < 5; k++) {
                    sum |= (out[k] ? 1 : 0) << (4 - k);   // s[4] first
                }
                assertEquals(a + b, sum, what + ": " + a + " + " + b);
            }
        }
    }

    @Test
    void aCarry4AdderAddsWithItsOpenCarryInputReadingZero() {
        StringBuilder body = new StringBuilder(propagate()
                .replaceAll(" DI_A_(\\d)", " (portRef (member DI \"$1\") (instanceRef c))")
                .replaceAll(" P_(\\d)", " (portRef (member S \"$1\") (instanceRef c))")
                .replace(" ZERO))", " (portRef CYINIT (instanceRef c))))"));
        // DI/S member k is bit 3 - k: rewrite the placeholders' bit numbers into members
        String text = body.toString();
        for (int i = 0; i < 4; i++) {
            text = text.replace("(member DI \"" + i + "\")", "(member DI " + (3 - i) + ")")
                    .replace("(member S \"" + i + "\")", "(member S " + (3 - i) + ")");
        }
        text += "        (instance c (viewRef netlist (cellRef CARRY4 (libraryRef hdi_primitives))))\n";
        for (int i = 0; i < 4; i++) {
            text += "        (net s" + i + " (joined (portRef (member O " + (3 - i) + ") (instanceRef c)) (portRef (member s " + (4 - i)
                    + "))))\n";
        }
        text += "        (net s4 (joined (portRef (member CO 0) (instanceRef c)) (portRef (member s 0))))\n";
        Netlist n = new EdifReader().parse("c.edf", HEADER + text + FOOTER);
        assertAdds(n, "CARRY4");
    }

    @Test
    void aMuxcyXorcyChainAdds() {
        String text = propagate().replaceAll(" DI_A_(\\d)", " (portRef DI (instanceRef m$1))")
                .replaceAll(" P_(\\d)", " (portRef S (instanceRef m$1)) (portRef LI (instanceRef o$1))")
                .replace(" ZERO))", " (portRef CI (instanceRef m0)) (portRef CI (instanceRef o0))))");
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < 4; i++) {
            sb.append("        (instance m").append(i).append(" (viewRef netlist (cellRef MUXCY (libraryRef hdi_primitives))))\n");
            sb.append("        (instance o").append(i).append(" (viewRef netlist (cellRef XORCY (libraryRef hdi_primitives))))\n");
            sb.append("        (net s").append(i).append(" (joined (portRef O (instanceRef o").append(i).append(")) (portRef (member s ")
                    .append(4 - i).append("))))\n");
            sb.append("        (net c").append(i + 1).append(" (joined (portRef O (instanceRef m").append(i).append("))")
                    .append(i < 3 ? " (portRef CI (instanceRef m" + (i + 1) + ")) (portRef CI (instanceRef o" + (i + 1) + "))"
                            : " (portRef (member s 0))").append("))\n");
        }
        assertAdds(new EdifReader().parse("m.edf", HEADER + sb + FOOTER), "MUXCY/XORCY");
    }

    @Test
    void iseFlipFlopsWithInitOneStartAtOne() {
        for (String[] c : new String[][] {{"FD", "", "q <= d;"}, {"FDE", " (port CE (direction INPUT))", "if (ce) q <= d;"}}) {
            boolean enable = !c[1].isEmpty();
            String edif = "(edif f (edifVersion 2 0 0) (edifLevel 0) (keywordMap (keywordLevel 0))\n"
                    + "  (external unisims (edifLevel 0) (technology (numberDefinition))\n"
                    + "    (cell " + c[0] + " (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port C (direction INPUT))"
                    + " (port D (direction INPUT))" + c[1] + " (port Q (direction OUTPUT))))))\n"
                    + "  (library work (edifLevel 0) (technology (numberDefinition))\n"
                    + "    (cell f (cellType GENERIC) (view f (viewType NETLIST)\n"
                    + "      (interface (port clk (direction INPUT)) (port d (direction INPUT)) (port ce (direction INPUT))"
                    + " (port q (direction OUTPUT)))\n"
                    + "      (contents (instance r (viewRef netlist (cellRef " + c[0] + " (libraryRef unisims))) (property INIT (string \"1\")))\n"
                    + "        (net clk (joined (portRef clk) (portRef C (instanceRef r))))\n"
                    + "        (net d (joined (portRef d) (portRef D (instanceRef r))))\n"
                    + "        (net ce (joined (portRef ce)" + (enable ? " (portRef CE (instanceRef r))" : "") + "))\n"
                    + "        (net q (joined (portRef q) (portRef Q (instanceRef r))))))))\n"
                    + "  (design f (cellRef f (libraryRef work))))\n";
            Netlist n = new EdifReader().parse("f.edf", edif);
            Netlist v = new VerilogReader().parse("f.v", "module f(input clk, input d, input ce, output reg q = 1'b1);\n"
                    + "  always @(posedge clk) " + c[2] + "\nendmodule\n");
            Equivalence.Verdict same = Equivalence.verify(v, n, new Equivalence.Settings(256, 12, 5));
            assertTrue(same.equivalent(), c[0] + ": " + same.counterexample().map(x -> x.describe()).orElse(""));
            assertTrue(Truth.outputs(n, 0)[0], c[0] + " starts at 1");
        }
    }
}
