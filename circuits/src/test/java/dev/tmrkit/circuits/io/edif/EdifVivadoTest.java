package dev.tmrkit.circuits.io.edif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.tmrkit.circuits.io.ClockedNetlist;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.verilog.VerilogReader;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The Vivado/SpyDrNet-style subset: an external primitive library, a hierarchical cell instantiated twice, arrays
 * with ranges and members, LUTs with INIT, FDRE with clock enable, IBUF/OBUF, GND/VCC and DONT_TOUCH properties, read
 * equivalent to the same design in Verilog; and malformed EDIF refused at file:line:column.
 */
class EdifVivadoTest {
    private static final String PRIMS = "  (external hdi_primitives (edifLevel 0) (technology (numberDefinition))\n"
            + "    (cell LUT2 (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port I0 (direction INPUT))"
            + " (port I1 (direction INPUT)) (port O (direction OUTPUT)))))\n"
            + "    (cell LUT1 (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port I0 (direction INPUT))"
            + " (port O (direction OUTPUT)))))\n"
            + "    (cell FDRE (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port C (direction INPUT))"
            + " (port CE (direction INPUT)) (port D (direction INPUT)) (port R (direction INPUT)) (port Q (direction OUTPUT)))))\n"
            + "    (cell IBUF (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port I (direction INPUT))"
            + " (port O (direction OUTPUT)))))\n"
            + "    (cell OBUF (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port I (direction INPUT))"
            + " (port O (direction OUTPUT)))))\n"
            + "    (cell GND (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port G (direction OUTPUT)))))\n"
            + "    (cell VCC (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port P (direction OUTPUT)))))\n"
            + "    (cell LUT6_2 (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port I0 (direction INPUT))"
            + " (port I1 (direction INPUT)) (port S (direction INPUT)) (port O (direction OUTPUT)))))\n"
            + "  )\n";

    /** y[1] = reg(a[1] ^ en); y[0] = reg, enabled by en, of a[0] ^ en; z = ~a[0]; xor by a sub-cell used twice. */
    static final String DESIGN = "(edif top\n  (edifVersion 2 0 0)\n  (edifLevel 0)\n  (keywordMap (keywordLevel 0))\n"
            + "  (status (written (timeStamp 2026 11 29 6 0 0) (program \"Vivado\" (version \"2023.1\"))))\n"
            + PRIMS
            + "  (library work (edifLevel 0) (technology (numberDefinition))\n"
            + "    (cell xor_lut (cellType GENERIC) (view xor_lut (viewType NETLIST)\n"
            + "      (interface (port A (direction INPUT)) (port B (direction INPUT)) (port O (direction OUTPUT)))\n"
            + "      (contents\n"
            + "        (instance l (viewRef netlist (cellRef LUT2 (libraryRef hdi_primitives)))\n"
            + "          (property INIT (string \"4'h6\")) (property DONT_TOUCH (string \"TRUE\")))\n"
            + "        (net A (joined (portRef A) (portRef I0 (instanceRef l))))\n"
            + "        (net B (joined (portRef B) (portRef I1 (instanceRef l))))\n"
            + "        (net O (joined (portRef O) (portRef O (instanceRef l)))))))\n"
            + "    (cell top (cellType GENERIC) (view top (viewType NETLIST)\n"
            + "      (interface (port clk (direction INPUT)) (port (array (rename a \"a[1:0]\") 2) (direction INPUT))\n"
            + "        (port en (direction INPUT)) (port (array (rename y \"y[1:0]\") 2) (direction OUTPUT))\n"
            + "        (port z (direction OUTPUT)))\n"
            + "      (contents\n"
            + "        (instance en_IBUF_inst (viewRef netlist (cellRef IBUF (libraryRef hdi_primitives))))\n"
            + "        (instance u0 (viewRef xor_lut (cellRef xor_lut (libraryRef work))))\n"
            + "        (instance u1 (viewRef xor_lut (cellRef xor_lut)))\n"
            + "        (instance (rename r0_reg \"r0_reg\") (viewRef netlist (cellRef FDRE (libraryRef hdi_primitives)))\n"
            + "          (property INIT (string \"1'b0\")) (property KEEP (string \"TRUE\")))\n"
            + "        (instance r1_reg (viewRef netlist (cellRef FDRE (libraryRef hdi_primitives))))\n"
            + "        (instance y_OBUF_0 (viewRef netlist (cellRef OBUF (libraryRef hdi_primitives))))\n"
            + "        (instance z_i (viewRef netlist (cellRef LUT1 (libraryRef hdi_primitives))) (property INIT (string \"2'h1\")))\n"
            + "        (instance GND (viewRef netlist (cellRef GND (libraryRef hdi_primitives))))\n"
            + "        (instance VCC (viewRef netlist (cellRef VCC (libraryRef hdi_primitives))))\n"
            + "        (net clk (joined (portRef clk) (portRef C (instanceRef r0_reg)) (portRef C (instanceRef r1_reg))))\n"
            + "        (net (rename a_1 \"a[1]\") (joined (portRef (member a 0)) (portRef A (instanceRef u0))))\n"
            + "        (net (rename a_0 \"a[0]\") (joined (portRef (member a 1)) (portRef A (instanceRef u1)) (portRef I0 (instanceRef z_i))))\n"
            + "        (net en (joined (portRef en) (portRef I (instanceRef en_IBUF_inst))))\n"
            + "        (net en_IBUF (joined (portRef O (instanceRef en_IBUF_inst)) (portRef B (instanceRef u0))"
            + " (portRef B (instanceRef u1)) (portRef CE (instanceRef r1_reg))))\n"
            + "        (net x0 (joined (portRef O (instanceRef u0)) (portRef D (instanceRef r0_reg))))\n"
            + "        (net x1 (joined (portRef O (instanceRef u1)) (portRef D (instanceRef r1_reg))))\n"
            + "        (net (rename _const0_ \"<const0>\") (joined (portRef G (instanceRef GND)) (portRef R (instanceRef r0_reg))"
            + " (portRef R (instanceRef r1_reg))))\n"
            + "        (net (rename _const1_ \"<const1>\") (joined (portRef P (instanceRef VCC)) (portRef CE (instanceRef r0_reg))))\n"
            + "        (net (rename y_1 \"y[1]\") (joined (portRef (member y 0)) (portRef Q (instanceRef r0_reg))))\n"
            + "        (net q1 (joined (portRef Q (instanceRef r1_reg)) (portRef I (instanceRef y_OBUF_0))))\n"
            + "        (net (rename y_0 \"y[0]\") (joined (portRef (member y 1)) (portRef O (instanceRef y_OBUF_0))))\n"
            + "        (net z (joined (portRef z) (portRef O (instanceRef z_i)))))))\n"
            + "  )\n  (design top (cellRef top (libraryRef work))))\n";

    private static final String VERILOG = "module top(input clk, input [1:0] a, input en, output [1:0] y, output z);\n"
            + "  reg r0 = 1'b0;\n  reg r1 = 1'b0;\n"
            + "  always @(posedge clk) begin r0 <= a[1] ^ en; if (en) r1 <= a[0] ^ en; end\n"
            + "  assign y = {r0, r1};\n  assign z = ~a[0];\nendmodule\n";

    private static ClockedNetlist read(String text) {
        try {
            return new EdifReader().readClocked("v.edf", new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aVivadoStyleHierarchicalDesignReadsAsItsVerilog() {
        ClockedNetlist edif = read(DESIGN);
        assertEquals("top", edif.netlist().name());
        assertEquals(java.util.Optional.of("clk"), edif.clock());
        assertEquals(List.of("a[1]", "a[0]", "en"), edif.netlist().inputNames());
        assertEquals(List.of("y[1]", "y[0]", "z"), edif.netlist().outputNames());
        assertEquals(2, edif.netlist().stats().dffs());
        Netlist verilog = new VerilogReader().parse("v.v", VERILOG);
        Equivalence.Verdict v = Equivalence.verify(verilog, edif.netlist(), new Equivalence.Settings(512, 16, 3));
        assertTrue(v.equivalent(), v.describePatterns() + " " + v.counterexample().map(c -> c.describe()).orElse(""));
        assertTrue(edif.netlist().findNet("u0/O").isEmpty() && edif.netlist().findNet("x0").isPresent(),
                "a net takes its top-level name before the name inside an instance");
    }

    @Test
    void aVivadoClockTreeIbufToBufgIsTheClockInput() {
        String tree = DESIGN.replace("(net clk (joined (portRef clk) (portRef C (instanceRef r0_reg)) (portRef C (instanceRef r1_reg))))",
                "(instance clk_IBUF_inst (viewRef netlist (cellRef IBUF (libraryRef hdi_primitives))))\n"
                + "        (instance clk_IBUF_BUFG_inst (viewRef netlist (cellRef BUFG (libraryRef hdi_primitives))))\n"
                + "        (net clk (joined (portRef clk) (portRef I (instanceRef clk_IBUF_inst))))\n"
                + "        (net clk_IBUF (joined (portRef O (instanceRef clk_IBUF_inst)) (portRef I (instanceRef clk_IBUF_BUFG_inst))))\n"
                + "        (net clk_IBUF_BUFG (joined (portRef O (instanceRef clk_IBUF_BUFG_inst)) (portRef C (instanceRef r0_reg))"
                + " (portRef C (instanceRef r1_reg))))")
                .replace("(cell LUT2 (cellType", "(cell BUFG (cellType GENERIC) (view netlist (viewType NETLIST) (interface"
                + " (port I (direction INPUT)) (port O (direction OUTPUT)))))\n    (cell LUT2 (cellType");
        ClockedNetlist n = read(tree);
        assertEquals(java.util.Optional.of("clk"), n.clock());
        assertEquals(read(DESIGN).netlist(), n.netlist(), "the buffers of the clock are the clock");
        // a clock buffer whose output logic also reads is a clock read by logic
        String readByLogic = tree.replace("(portRef C (instanceRef r1_reg))))", "(portRef C (instanceRef r1_reg))"
                + " (portRef I0 (instanceRef z_i))))").replace("(portRef I0 (instanceRef z_i))))\n        (net en", "))\n        (net en");
        ParseException e = assertThrows(ParseException.class, () -> read(readByLogic));
        assertTrue(e.getMessage().contains("the clock 'clk' is ") && e.getMessage().contains("read by logic"), e.getMessage());
    }

    /** One flip-flop of {@code type} with control pin {@code control} ({@code R}, {@code S}, {@code CLR}, {@code PRE}). */
    private static String flipFlop(String type, String control) {
        return "(edif ff (edifVersion 2 0 0) (edifLevel 0) (keywordMap (keywordLevel 0))\n"
                + "  (external hdi_primitives (edifLevel 0) (technology (numberDefinition))\n"
                + "    (cell " + type + " (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port C (direction INPUT))"
                + " (port CE (direction INPUT)) (port D (direction INPUT)) (port " + control + " (direction INPUT))"
                + " (port Q (direction OUTPUT))))))\n"
                + "  (library work (edifLevel 0) (technology (numberDefinition))\n"
                + "    (cell ff (cellType GENERIC) (view ff (viewType NETLIST)\n"
                + "      (interface (port clk (direction INPUT)) (port d (direction INPUT)) (port ce (direction INPUT))"
                + " (port r (direction INPUT)) (port q (direction OUTPUT)))\n"
                + "      (contents (instance f (viewRef netlist (cellRef " + type + " (libraryRef hdi_primitives)))"
                + " (property INIT (string \"1'b0\")))\n"
                + "        (net clk (joined (portRef clk) (portRef C (instanceRef f))))\n"
                + "        (net d (joined (portRef d) (portRef D (instanceRef f))))\n"
                + "        (net ce (joined (portRef ce) (portRef CE (instanceRef f))))\n"
                + "        (net r (joined (portRef r) (portRef " + control + " (instanceRef f))))\n"
                + "        (net q (joined (portRef q) (portRef Q (instanceRef f))))))))\n"
                + "  (design ff (cellRef ff (libraryRef work))))\n";
    }

    @Test
    void xilinxFlipFlopsAndASixInputLutComputeWhatTheirVerilogComputes() {
        String[][] cases = {
            {"FDRE", "R", "always @(posedge clk) if (r) q <= 1'b0; else if (ce) q <= d;"},
            {"FDSE", "S", "always @(posedge clk) if (r) q <= 1'b1; else if (ce) q <= d;"},
            {"FDCE", "CLR", "always @(posedge clk or posedge r) if (r) q <= 1'b0; else if (ce) q <= d;"},
            {"FDPE", "PRE", "always @(posedge clk or posedge r) if (r) q <= 1'b1; else if (ce) q <= d;"}};
        for (String[] c : cases) {
            Netlist edif = read(flipFlop(c[0], c[1])).netlist();
            Netlist verilog = new VerilogReader().parse("f.v", "module ff(input clk, input d, input ce, input r, output reg q = 1'b0);\n  "
                    + c[2] + "\nendmodule\n");
            Equivalence.Verdict v = Equivalence.verify(verilog, edif, new Equivalence.Settings(512, 16, 7));
            assertTrue(v.equivalent(), c[0] + ": " + v.counterexample().map(x -> x.describe()).orElse(""));
        }
        // LUT6, INIT 64'h8000000000000001: 1 when all six inputs are 0 or all are 1
        String lut = DESIGN.replace("(cell LUT1 (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port I0 (direction INPUT))",
                "(cell LUT6 (cellType GENERIC) (view netlist (viewType NETLIST) (interface (port I0 (direction INPUT)) (port I1"
                + " (direction INPUT)) (port I2 (direction INPUT)) (port I3 (direction INPUT)) (port I4 (direction INPUT))"
                + " (port I5 (direction INPUT))")
                .replace("(cellRef LUT1 (libraryRef hdi_primitives))) (property INIT (string \"2'h1\"))",
                        "(cellRef LUT6 (libraryRef hdi_primitives))) (property INIT (string \"64'h8000000000000001\"))")
                .replace("(portRef I0 (instanceRef z_i))", "(portRef I0 (instanceRef z_i)) (portRef I1 (instanceRef z_i))"
                        + " (portRef I2 (instanceRef z_i)) (portRef I3 (instanceRef z_i)) (portRef I4 (instanceRef z_i))"
                        + " (portRef I5 (instanceRef z_i))");
        Netlist n = read(lut).netlist();
        Netlist expected = new VerilogReader().parse("v.v", VERILOG.replace("assign z = ~a[0];", "assign z = 1'b1;"));
        Equivalence.Verdict v = Equivalence.verify(expected, n, new Equivalence.Settings(512, 16, 3));
        assertTrue(v.equivalent(), v.counterexample().map(x -> x.describe()).orElse(""));
    }

    private static void refused(String text, String where, String reason) {
        ParseException e = assertThrows(ParseException.class, () -> read(text));
        assertTrue(e.getMessage().startsWith("v.edf:" + where + ": ") && e.getMessage().contains(reason), e.getMessage());
    }

    /** line:column of the first occurrence of {@code snippet}. */
    private static String at(String text, String snippet) {
        int i = text.indexOf(snippet);
        assertTrue(i >= 0, snippet);
        int line = (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (i - text.lastIndexOf('\n', i - 1));
    }

    @Test
    void whatIsNotInTheSubsetIsRefusedAtItsPosition() {
        String mux = DESIGN.replace("(instance z_i (viewRef netlist (cellRef LUT1", "(instance z_i (viewRef netlist (cellRef LUT6_2");
        refused(mux, at(mux, "(cellRef LUT6_2 (libraryRef hdi_primitives)))"),
                "cell LUT6_2 (instance z_i) has no contents and is not a primitive tmrkit reads");
        String init = DESIGN.replace("(property INIT (string \"1'b0\"))", "(property INIT (string \"1'b1\"))");
        // INIT 1 is read (stored as the complement): y[1] is 1 before the first edge
        Netlist initOne = read(init).netlist();
        assertTrue(dev.tmrkit.circuits.io.Truth.outputs(initOne, 0)[0] && !dev.tmrkit.circuits.io.Truth.outputs(read(DESIGN)
                .netlist(), 0)[0], "y[1] starts at INIT");
        refused(DESIGN.replace("(design top (cellRef top (libraryRef work)))", ""), "1:1", "no (design NAME");
        String port = DESIGN.replace("(net en (joined (portRef en)", "(net en (joined (portRef enable)");
        refused(port, at(port, "(portRef enable)"), "cell top has no port 'enable'");
        // the innermost list left open is the one named
        refused(DESIGN.substring(0, DESIGN.length() - 3), at(DESIGN, "(design top"), "the text ends inside this list: 2 ')'");
        refused("(edif x (design x (cellRef x (libraryRef work))) \"unterminated\n)", "1:50", "unterminated string");
        refused("(edif x (comment \"100%\"))", "1:22", "a '%' in a string starts character codes");
        refused("(edif x)\n(edif y)", "2:1", "text after the end");
    }

    @Test
    void mutatedEdifOnlyEverRaisesParseException() {
        qt().withFixedSeed(20261129L).withExamples(2000).forAll(RandomNetlists.sequential(4, 12, 2), SourceDSL.longs().all())
                .checkAssert((n, seed) -> {
                    String text = new EdifWriter().write(n);
                    SplittableRandom r = new SplittableRandom(seed);
                    StringBuilder sb = new StringBuilder(text);
                    for (int k = 0; k < 1 + r.nextInt(3); k++) {
                        int at = r.nextInt(sb.length());
                        switch (r.nextInt(3)) {
                            case 0 -> sb.deleteCharAt(at);
                            case 1 -> sb.insert(at, "()\"%&x 0".charAt(r.nextInt(8)));
                            default -> sb.setCharAt(at, "()\"%&x 0".charAt(r.nextInt(8)));
                        }
                    }
                    try {
                        read(sb.toString());
                    } catch (ParseException expected) {
                        assertTrue(expected.line() >= 1 && expected.column() >= 1, expected.getMessage());
                    }
                });
    }
}
