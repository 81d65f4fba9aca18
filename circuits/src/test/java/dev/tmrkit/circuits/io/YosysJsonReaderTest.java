package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.yosys.YosysJsonReader;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import dev.tmrkit.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Yosys JSON reader on files Yosys wrote (fixtures, see resources/.../yosys/README.md) and on small
 * hand-written designs: every cell type against its truth table, flip-flops against hand models over clock
 * cycles, names, ports and every kind of error.
 */
class YosysJsonReaderTest {
    private static final YosysJsonReader READER = new YosysJsonReader();

    static Netlist fixture(String name) throws IOException {
        try (InputStream in = YosysJsonReaderTest.class.getResourceAsStream("yosys/" + name)) {
            return READER.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static String fixtureText(String name) throws IOException {
        try (InputStream in = YosysJsonReaderTest.class.getResourceAsStream("yosys/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void c17FromYosysIsC17() throws IOException {
        Netlist c17 = new BenchReader().read(Corpus.file("iscas85", "c17.bench"));
        Netlist n = fixture("c17.json");
        assertEquals(List.of("1", "2", "3", "6", "7"), n.inputNames(), "RTLIL's \\1 is net 1");
        assertEquals(List.of("22", "23"), n.outputNames());
        assertEquals("c17", n.name());
        assertEquals(java.util.Optional.empty(), SameFunction.compare(c17, n, SameFunction.byPosition(c17, n), 4, 1, 1));
        assertTrue(n.stats().gateTypes().keySet().stream().noneMatch(GateType::isConstant),
                "Yosys's constant-input multiplexers fold away: " + n.stats().gateTypes());
    }

    @Test
    void s27FromYosysKeepsItsFlipFlops() throws IOException {
        Netlist s27 = new BenchReader().read(Corpus.file("iscas89", "s27.bench"));
        Netlist n = fixture("s27.json");
        assertEquals(3, n.stats().dffs(), "$_FF_ cells on the implicit clock");
        assertEquals(s27.inputNames(), n.inputNames());
        assertEquals(java.util.Optional.empty(), SameFunction.compare(s27, n, SameFunction.byPosition(s27, n), 2, 30, 2));
    }

    @Test
    void vectorsInitValuesAndEscapedNames() throws IOException {
        Netlist n = fixture("vec.json");
        assertEquals("top-1", n.name());
        assertEquals(List.of("1", "b[0]", "b[1]", "b[2]", "b[3]"), n.inputNames(), "the clock input is dropped");
        assertEquals(List.of("$tmr$x", "q[0]", "q[1]"), n.outputNames());
        assertEquals(GateType.BUF, n.gateType(n.driver(n.netId("$tmr$x"))), "$tmr$x is b[3]: a BUF keeps the port's name");
        // model: r = 2'b10 and s = 1 initially; q = r ^ {s, s}; r <= {b[0] & \1, b[1]}; s <= ~s
        Simulation sim = CompiledEvaluator.compile(n).newSimulation(1);
        SplittableRandom random = new SplittableRandom(5);
        long r0 = 0;
        long r1 = -1;
        long s = -1;
        for (int cycle = 0; cycle < 20; cycle++) {
            long[] in = new long[5];
            for (int k = 0; k < in.length; k++) {
                in[k] = random.nextLong();
                sim.setInput(k, 0, in[k]);
            }
            sim.evaluate();
            assertEquals(in[4], sim.output(0, 0), "cycle " + cycle);
            assertEquals(r0 ^ s, sim.output(1, 0), "q[0], cycle " + cycle);
            assertEquals(r1 ^ s, sim.output(2, 0), "q[1], cycle " + cycle);
            sim.clock();
            r1 = in[1] & in[0];
            r0 = in[2];
            s = ~s;
        }
    }

    @Test
    void synthesisedEnablesAndSynchronousResets() throws IOException {
        Netlist n = fixture("sync.json");
        assertEquals(List.of("rst", "en", "d"), n.inputNames());
        assertEquals(List.of("a", "b", "c", "e"), n.outputNames());
        Simulation sim = CompiledEvaluator.compile(n).newSimulation(1);
        SplittableRandom random = new SplittableRandom(6);
        long a = 0;
        long b = 0;
        long c = -1;
        long e = 0;
        for (int cycle = 0; cycle < 30; cycle++) {
            long rst = random.nextLong() & random.nextLong();
            long en = random.nextLong();
            long d = random.nextLong();
            sim.setInput(0, 0, rst);
            sim.setInput(1, 0, en);
            sim.setInput(2, 0, d);
            sim.evaluate();
            assertEquals(List.of(a, b, c, e), List.of(sim.output(0, 0), sim.output(1, 0), sim.output(2, 0), sim.output(3, 0)),
                    "cycle " + cycle);
            sim.clock();
            a = en & d | ~en & a;                                   // if (en) a <= d
            b = ~rst & d;                                           // if (rst) b <= 0; else b <= d
            c = rst | ~rst & (en & d | ~en & c);                    // if (rst) c <= 1; else if (en) c <= d
            e = en & ~rst & ~d | ~en & e;                           // if (en) e <= rst ? 0 : ~d
        }
    }

    @Test
    void asynchronousResetsAreRefusedWithAHint() throws IOException {
        ParseException ex = assertThrows(ParseException.class, () -> fixture("async.json"));
        String line30 = fixtureText("async.json").lines().skip(29).findFirst().orElseThrow();
        assertEquals(30, ex.line());
        assertEquals(line30.indexOf("\"$_DFF_PP1_\"") + 1, ex.column(), "at the cell's type");
        assertTrue(ex.reason().matches("cell \\S+ of type \\$_DFF_PP1_ is not supported: tmrkit models D flip-flops on one"
                + " clock without asynchronous set or reset, and no latches; run `async2sync; dfflegalize -cell \\$_DFF_P_ 01`"
                + " before write_json"), ex.reason());
    }

    /** The combinational cells and what they compute from A, B, C, D, S. */
    private interface Function5 {
        boolean apply(boolean a, boolean b, boolean c, boolean d, boolean s);
    }

    @Test
    void everyCombinationalCellComputesItsTruthTable() {
        Map<String, Function5> cells = new LinkedHashMap<>();
        cells.put("$_BUF_", (a, b, c, d, s) -> a);
        cells.put("$_NOT_", (a, b, c, d, s) -> !a);
        cells.put("$_AND_", (a, b, c, d, s) -> a & b);
        cells.put("$_OR_", (a, b, c, d, s) -> a | b);
        cells.put("$_XOR_", (a, b, c, d, s) -> a ^ b);
        cells.put("$_NAND_", (a, b, c, d, s) -> !(a & b));
        cells.put("$_NOR_", (a, b, c, d, s) -> !(a | b));
        cells.put("$_XNOR_", (a, b, c, d, s) -> a == b);
        cells.put("$_ANDNOT_", (a, b, c, d, s) -> a & !b);
        cells.put("$_ORNOT_", (a, b, c, d, s) -> a | !b);
        cells.put("$_MUX_", (a, b, c, d, s) -> s ? b : a);
        cells.put("$_NMUX_", (a, b, c, d, s) -> !(s ? b : a));
        cells.put("$_AOI3_", (a, b, c, d, s) -> !(a & b | c));
        cells.put("$_OAI3_", (a, b, c, d, s) -> !((a | b) & c));
        cells.put("$_AOI4_", (a, b, c, d, s) -> !(a & b | c & d));
        cells.put("$_OAI4_", (a, b, c, d, s) -> !((a | b) & (c | d)));
        StringBuilder cellJson = new StringBuilder();
        StringBuilder portJson = new StringBuilder("\"A\": {\"direction\": \"input\", \"bits\": [2]}, \"B\": {\"direction\": \"input\","
                + " \"bits\": [3]}, \"C\": {\"direction\": \"input\", \"bits\": [4]}, \"D\": {\"direction\": \"input\", \"bits\": [5]},"
                + " \"S\": {\"direction\": \"input\", \"bits\": [6]}");
        int bit = 10;
        List<String> names = new ArrayList<>(cells.keySet());
        for (String type : names) {
            String out = "y" + type.replace("$", "").replace("_", "");
            cellJson.append(cellJson.length() == 0 ? "" : ", ").append(cell("$c" + bit, type,
                    "\"A\": [2], \"B\": [3], \"C\": [4], \"D\": [5], \"S\": [6], \"Y\": [" + bit + "]"));
            portJson.append(", \"").append(out).append("\": {\"direction\": \"output\", \"bits\": [").append(bit).append("]}");
            bit++;
        }
        Netlist n = READER.parse(design(portJson.toString(), cellJson.toString(), ""));
        for (int v = 0; v < 32; v++) {
            boolean[] in = {(v & 1) != 0, (v & 2) != 0, (v & 4) != 0, (v & 8) != 0, (v & 16) != 0};
            boolean[] out = Truth.outputs(n, v);
            for (int k = 0; k < names.size(); k++) {
                assertEquals(cells.get(names.get(k)).apply(in[0], in[1], in[2], in[3], in[4]), out[k], names.get(k) + " at " + v);
            }
        }
    }

    @Test
    void multiplexersWithConstantInputsFoldToOneGate() {
        String[][] cases = {
            {"[\"0\"]", "[3]", "AND"}, {"[2]", "[\"0\"]", "AND"}, {"[\"1\"]", "[3]", "OR"}, {"[2]", "[\"1\"]", "OR"},
            {"[\"0\"]", "[\"1\"]", "BUF"}, {"[\"1\"]", "[\"0\"]", "NOT"}, {"[2]", "[2]", "BUF"}};
        for (String[] c : cases) {
            Netlist n = READER.parse(design("\"a\": {\"direction\": \"input\", \"bits\": [2]}, \"b\": {\"direction\": \"input\","
                    + " \"bits\": [3]}, \"s\": {\"direction\": \"input\", \"bits\": [4]}, \"y\": {\"direction\": \"output\", \"bits\": [5]}",
                    cell("$m", "$_MUX_", "\"A\": " + c[0] + ", \"B\": " + c[1] + ", \"S\": [4], \"Y\": [5]"), ""));
            assertEquals(GateType.valueOf(c[2]), n.gateType(n.driver(n.netId("y"))), String.join(" ", c));
            assertTrue(n.stats().gateTypes().keySet().stream().noneMatch(GateType::isConstant), String.join(" ", c));
            for (int v = 0; v < 8; v++) {
                boolean a = c[0].equals("[2]") ? (v & 1) != 0 : c[0].equals("[\"1\"]");
                boolean b = c[1].equals("[3]") ? (v & 2) != 0 : c[1].equals("[2]") ? (v & 1) != 0 : c[1].equals("[\"1\"]");
                assertEquals((v & 4) != 0 ? b : a, Truth.outputs(n, v)[0], String.join(" ", c) + " at " + v);
            }
        }
    }

    @Test
    void portsSharedWithInputsConstantsAndEachOther() {
        String ports = "\"a\": {\"direction\": \"input\", \"bits\": [2]}, \"io\": {\"direction\": \"inout\", \"bits\": [3]},"
                + " \"y\": {\"direction\": \"output\", \"bits\": [2]}, \"z\": {\"direction\": \"output\", \"bits\": [\"1\", 4]},"
                + " \"w\": {\"direction\": \"output\", \"bits\": [4]}";
        Netlist n = READER.parse(design(ports, cell("$g", "$_AND_", "\"A\": [2], \"B\": [3], \"Y\": [4]"),
                "\"t\": {\"hide_name\": 0, \"bits\": [4]}"));
        assertEquals(List.of("a", "io"), n.inputNames());
        assertEquals(List.of("io", "y", "z[0]", "z[1]", "w"), n.outputNames(), "inout is an input and an output");
        assertEquals(GateType.BUF, n.gateType(n.driver(n.netId("y"))));
        assertEquals(GateType.CONST1, n.gateType(n.driver(n.netId("z[0]"))));
        assertEquals(GateType.AND, n.gateType(n.driver(n.netId("z[1]"))), "the first output port names the bit");
        assertEquals(GateType.BUF, n.gateType(n.driver(n.netId("w"))));
        assertTrue(n.findNet("t").isEmpty(), "ports name bits before other wires");
    }

    @Test
    void vectorBitsAreNamedByTheirDeclaredIndex() {
        // what Yosys writes for: input [0:2] x; input [11:9] y; output [2:0] z; assign z = {x[0], y[9], x[2]};
        String ports = "\"x\": {\"direction\": \"input\", \"upto\": 1, \"bits\": [2, 3, 4]}, \"y\": {\"direction\": \"input\","
                + " \"offset\": 9, \"bits\": [5, 6, 7]}, \"z\": {\"direction\": \"output\", \"bits\": [2, 5, 4]}";
        Netlist n = READER.parse(design(ports, "", ""));
        assertEquals(List.of("x[2]", "x[1]", "x[0]", "y[9]", "y[10]", "y[11]"), n.inputNames(), "in RTLIL bit order");
        assertEquals(List.of("z[0]", "z[1]", "z[2]"), n.outputNames());
        assertEquals("x[2]", n.netName(n.gateInput(n.driver(n.netId("z[0]")), 0)));
        assertEquals("y[9]", n.netName(n.gateInput(n.driver(n.netId("z[1]")), 0)));
        assertEquals("x[0]", n.netName(n.gateInput(n.driver(n.netId("z[2]")), 0)));
    }

    @Test
    void hiddenNamesAndClashesGetGeneratedNames() {
        String ports = "\"a\": {\"direction\": \"input\", \"bits\": [2]}, \"y\": {\"direction\": \"output\", \"bits\": [5]}";
        String cells = cell("$n1", "$_NOT_", "\"A\": [2], \"Y\": [3]") + ", " + cell("$n2", "$_NOT_", "\"A\": [3], \"Y\": [4]")
                + ", " + cell("$n3", "$_ANDNOT_", "\"A\": [4], \"B\": [3], \"Y\": [5]");
        String nets = "\"$auto$1\": {\"hide_name\": 1, \"bits\": [3]}, \"\\\\$yosys$4\": {\"hide_name\": 0, \"bits\": [3]}";
        Netlist n = READER.parse(design(ports, cells, nets));
        assertEquals(GateType.NOT, n.gateType(n.driver(n.netId("$yosys$4"))), "the public name \\$yosys$4 names bit 3");
        assertEquals(GateType.NOT, n.gateType(n.driver(n.netId("$yosys$4$2"))), "bit 4 is unnamed; $yosys$4 is taken");
        assertEquals(GateType.NOT, n.gateType(n.driver(n.netId("$yosys$$yosys$4$not"))), "the shared inverter of bit 3");
    }

    @Test
    void theTopModuleIsChosen() {
        String one = "{\"ports\": {\"a\": {\"direction\": \"input\", \"bits\": [2]}}, \"cells\": {}}";
        String marked = "{\"attributes\": {\"top\": \"00000000000000000000000000000001\"}, \"ports\": {\"b\": {\"direction\":"
                + " \"input\", \"bits\": [2]}}, \"cells\": {}}";
        assertEquals("m2", READER.parse("{\"modules\": {\"m1\": " + one + ", \"m2\": " + marked + "}}").name());
        ParseException e = assertThrows(ParseException.class,
                () -> READER.parse("{\"modules\": {\"m1\": " + one + ", \"m2\": " + one + "}}"));
        assertEquals("the design has 2 modules (m1, m2) and none is marked top; run `hierarchy -top NAME; flatten` in Yosys"
                + " before write_json", e.reason());
        assertEquals("1:13", e.line() + ":" + e.column());
    }

    @Test
    void errorsPointAtTheJson() {
        assertError("{\"modules\": {\"m\": {\"ports\": {}\n  \"cells\": {}}}}", 2, 3, "not valid JSON: Unexpected character ('\"'");
        assertError("", 1, 1, "the text is empty");
        assertError("[1, 2]", 1, 1, "expected a Yosys design");
        assertError("{\"modules\": {}} x", 1, 17, "not valid JSON");
        assertError("{\"modules\": {\"m\": {\"ports\": {}, \"ports\": {}}}}", 1, 33, "the key \"ports\" appears twice");
        String in = "\"a\": {\"direction\": \"input\", \"bits\": [2]}, \"y\": {\"direction\": \"output\", \"bits\": [3]}";
        assertErrorAt(design(in, cell("$1", "$and", "\"A\": [2], \"B\": [2], \"Y\": [3]"), ""), "\"$and\"",
                "cell $1 of type $and is a word-level cell; run `proc; techmap; opt` (or `synth`)");
        assertErrorAt(design(in, cell("u1", "sub", "\"A\": [2], \"Y\": [3]"), ""), "\"sub\"", "run `flatten`");
        assertErrorAt(design(in, cell("$1", "$_DFFE_PP0P_", "\"C\": [2], \"D\": [2], \"E\": [2], \"R\": [2], \"Q\": [3]"), ""),
                "\"$_DFFE_PP0P_\"", "cell $1 of type $_DFFE_PP0P_ is not supported: tmrkit models D flip-flops on one clock"
                + " without asynchronous");
        assertErrorAt(design(in, cell("$1", "$_AND_", "\"A\": [2], \"B\": [\"x\"], \"Y\": [3]"), ""), "\"x\"",
                "port B of cell $1 reads an undefined bit (the string \"x\"); run `setundef -zero`");
        assertErrorAt(design(in, cell("$1", "$_AND_", "\"A\": [2], \"B\": [2, 2], \"Y\": [3]"), ""), "[2, 2]",
                "port B of cell $1 ($_AND_) must be connected to exactly one bit, found 2 bits");
        assertErrorAt(design(in, cell("$1", "$_AND_", "\"A\": [2], \"Y\": [3]"), ""), "{\"A\": [2], \"Y\"",
                "port B of cell $1 ($_AND_) must be connected to exactly one bit, found no connection");
        assertErrorAt(design(in.replace("output", "sideways"), "", ""), "\"sideways\"",
                "expected the port direction input, output or inout, found the string \"sideways\"");
        assertErrorAt(design(in, cell("$1", "$_AND_", "\"A\": [2], \"B\": [4], \"Y\": [3]"), ""), "{\"type\"",
                "net '$yosys$4' is used but never driven");
        assertErrorAt(design(in, cell("$1", "$_NOT_", "\"A\": [2], \"Y\": [\"1\"]"), ""), "\"1\"]",
                "output Y of cell $1 is connected to the string \"1\"; an output must drive a signal");
        assertErrorAt(design(in, cell("$1", "$_NOT_", "\"A\": [2.5], \"Y\": [3]"), ""), "2.5",
                "expected a bit (a signal number or \"0\", \"1\", \"x\", \"z\"), found the number 2.5");
    }

    /** The error is at the first occurrence of {@code marker} in the (one-line) JSON text. */
    private static void assertErrorAt(String json, String marker, String reason) {
        assertError(json, 1, json.indexOf(marker) + 1, reason);
    }

    @Test
    void oneClockThatNoLogicReads() {
        String ports = "\"clk\": {\"direction\": \"input\", \"bits\": [2]}, \"d\": {\"direction\": \"input\", \"bits\": [3]},"
                + " \"q\": {\"direction\": \"output\", \"bits\": [4, 5]}";
        String ff1 = cell("$f1", "$_DFF_N_", "\"C\": [2], \"D\": [3], \"Q\": [4]");
        Netlist n = READER.parse(design(ports, ff1 + ", " + cell("$f2", "$_DFF_N_", "\"C\": [2], \"D\": [4], \"Q\": [5]"), ""));
        assertEquals(List.of("d"), n.inputNames(), "all on the falling edge of clk: clk is the implicit clock");
        assertEquals(2, n.stats().dffs());
        ParseException e = assertThrows(ParseException.class, () -> READER.parse(design(ports,
                ff1 + ", " + cell("$f2", "$_DFF_P_", "\"C\": [2], \"D\": [4], \"Q\": [5]"), "")));
        assertTrue(e.reason().startsWith("flip-flop $f2 is clocked by the rising edge of 'clk', but $f1 by the falling edge"
                + " of 'clk'; tmrkit models a single implicit clock"), e.reason());
        e = assertThrows(ParseException.class, () -> READER.parse(design(ports,
                ff1 + ", " + cell("$f2", "$_FF_", "\"D\": [4], \"Q\": [5]"), "")));
        assertTrue(e.reason().contains("clocked by the implicit global clock ($_FF_)"), e.reason());
        e = assertThrows(ParseException.class, () -> READER.parse(design(ports,
                ff1 + ", " + cell("$f2", "$_DFF_N_", "\"C\": [3], \"D\": [4], \"Q\": [5]"), "")));
        assertTrue(e.reason().contains("clocked by the falling edge of 'd'"), e.reason());
        e = assertThrows(ParseException.class, () -> READER.parse(design(ports,
                ff1 + ", " + cell("$g", "$_AND_", "\"A\": [2], \"B\": [3], \"Y\": [5]"), "")));
        assertEquals("the clock 'clk' is also read by logic or an output; tmrkit models one implicit clock that the logic"
                + " cannot see", e.reason());
        e = assertThrows(ParseException.class, () -> READER.parse(design(ports,
                cell("$f1", "$_DFF_P_", "\"C\": [5], \"D\": [3], \"Q\": [4]") + ", "
                        + cell("$g", "$_NOT_", "\"A\": [3], \"Y\": [5]"), "")));
        assertTrue(e.reason().startsWith("the clock of flip-flop $f1 is 'q[1]', not a primary input"), e.reason());
    }

    @Test
    void initOneIsKeptByStoringTheComplement() {
        String ports = "\"d\": {\"direction\": \"input\", \"bits\": [3]}, \"q\": {\"direction\": \"output\", \"bits\": [4]}";
        Netlist n = READER.parse(design(ports, cell("$f", "$_FF_", "\"D\": [3], \"Q\": [4]"),
                "\"q\": {\"hide_name\": 0, \"bits\": [4], \"attributes\": {\"init\": \"1\"}}"));
        Simulation sim = CompiledEvaluator.compile(n).newSimulation(1);
        long[] d = {0, -1, 0, 0x5555};
        long q = -1;
        for (long in : d) {
            sim.setInput(0, 0, in);
            sim.evaluate();
            assertEquals(q, sim.output(0, 0));
            sim.clock();
            q = in;
        }
    }

    private static void assertError(String json, int line, int column, String reason) {
        ParseException e = assertThrows(ParseException.class, () -> READER.parse("bad.json", json), json);
        assertTrue(e.reason().contains(reason), e.getMessage());
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage() + "\n" + json);
    }

    static String cell(String name, String type, String connections) {
        return "\"" + name + "\": {\"type\": \"" + type + "\", \"connections\": {" + connections + "}}";
    }

    static String design(String ports, String cells, String netnames) {
        return "{\"modules\": {\"m\": {\"ports\": {" + ports + "}, \"cells\": {" + cells + "}, \"netnames\": {" + netnames + "}}}}";
    }
}
