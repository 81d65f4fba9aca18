package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.aiger.AigerReader;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** AIGER read by hand-written examples: structure, names, behaviour over clock cycles, and every kind of error. */
class AigerReaderTest {
    /**
     * A toggle flip-flop q with enable en (next = q xor en, as three ANDs), an AND of x and q, the constant 1,
     * and the next state itself as an unnamed output.
     */
    static final String TOGGLE = String.join("\n",
            "aag 7 2 1 4 4",
            "2",                // en
            "4",                // x
            "6 13",             // latch q, next = NOT 12
            "6",                // o0 q_out: the latch itself, so a BUF carries the name
            "14",               // o1 both = x AND q
            "1",                // o2 one: constant 1
            "13",               // o3 unnamed: the next state
            "8 7 2",            // en AND NOT q
            "10 6 3",           // q AND NOT en
            "12 11 9",          // NOT 10 AND NOT 8
            "14 6 4",           // q AND x
            "i0 en", "i1 x", "l0 q", "o0 q_out", "o1 both", "o2 one",
            "c", "a toggle flip-flop with enable, written by hand", "");

    /** The same circuit in binary AIGER: deltas (1,5) (4,3) (1,2) (8,2) for the four AND gates. */
    static byte[] toggleBinary() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("aig 7 2 1 4 4\n13\n6\n14\n1\n13\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {1, 5, 4, 3, 1, 2, 8, 2});
        out.writeBytes("i0 en\ni1 x\nl0 q\no0 q_out\no1 both\no2 one\nc\nbinary\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static final AigerReader READER = new AigerReader();

    @Test
    void theToggleHasTheGatesAndNamesTheFileSays() {
        Netlist n = READER.parse("toggle.aag", TOGGLE);
        assertEquals("toggle", n.name());
        assertEquals(List.of("en", "x"), n.inputNames());
        assertEquals(List.of("q_out", "both", "one", "$aig$13"), n.outputNames());
        assertEquals(Map.of(GateType.AND, 4, GateType.NOT, 5, GateType.BUF, 1, GateType.CONST1, 1, GateType.DFF, 1),
                n.stats().gateTypes(), "one NOT per inverted variable (7, 3, 9, 11, 13), shared by all readers");
        assertEquals(GateType.DFF, n.gateType(n.driver(n.netId("q"))));
        assertEquals(GateType.AND, n.gateType(n.driver(n.netId("both"))), "the output's name names the AND net");
        assertEquals(GateType.NOT, n.gateType(n.driver(n.netId("$aig$7"))));
        assertEquals(GateType.AND, n.gateType(n.driver(n.netId("$aig$8"))));
    }

    @Test
    void theToggleTogglesWhenEnabled() {
        Netlist n = READER.parse("toggle.aag", TOGGLE);
        Simulation sim = CompiledEvaluator.compile(n).newSimulation(1);
        SplittableRandom r = new SplittableRandom(7);
        long q = 0; // 64 independent toggles, one per lane
        for (int cycle = 0; cycle < 40; cycle++) {
            long en = r.nextLong();
            long x = r.nextLong();
            sim.setInput(0, 0, en);
            sim.setInput(1, 0, x);
            sim.evaluate();
            assertEquals(q, sim.output(0, 0), "q_out, cycle " + cycle);
            assertEquals(x & q, sim.output(1, 0), "both, cycle " + cycle);
            assertEquals(-1L, sim.output(2, 0), "one, cycle " + cycle);
            assertEquals(q ^ en, sim.output(3, 0), "next state, cycle " + cycle);
            sim.clock();
            q ^= en;
        }
    }

    @Test
    void binaryAndAsciiGiveTheSameNetlist() throws IOException {
        Netlist ascii = READER.parse("toggle.aag", TOGGLE);
        Netlist binary = READER.read("toggle.aig", new ByteArrayInputStream(toggleBinary()));
        assertEquals(ascii, binary);
    }

    @Test
    void latchResetValues() {
        String body = "2\n6 2 %s\n6\ni0 d\nl0 q\no0 y\n";
        // reset 0 and "uninitialized" (the latch's own literal) start at 0; reset 1 starts at 1
        for (String reset : List.of("0", "6")) {
            Netlist n = READER.parse(String.format("aag 3 1 1 1 0\n" + body, reset));
            assertEquals(List.of(0L, 1L, 0L), outputsOver(n, List.of(1L, 0L, 1L)), "reset " + reset);
        }
        Netlist one = READER.parse(String.format("aag 3 1 1 1 0\n" + body, "1"));
        assertEquals(List.of(1L, 1L, 0L), outputsOver(one, List.of(1L, 0L, 1L)));
        assertEquals(GateType.NOT, one.gateType(one.driver(one.netId("q"))), "q = NOT($aig$6$init1)");
        ParseException e = assertThrows(ParseException.class, () -> READER.parse(String.format("aag 3 1 1 1 0\n" + body, "4")));
        assertEquals(3, e.line());
        assertEquals(5, e.column());
        assertTrue(e.reason().contains("reset value 4; AIGER allows 0, 1 or the latch's own literal 6"), e.reason());
    }

    /** Output 0 of a one-input netlist in each cycle, for lane 0 fed with the given input bits. */
    private static List<Long> outputsOver(Netlist n, List<Long> inputs) {
        Simulation sim = CompiledEvaluator.compile(n).newSimulation(1);
        List<Long> out = new java.util.ArrayList<>();
        for (long in : inputs) {
            sim.setInput(0, 0, in);
            sim.evaluate();
            out.add(sim.output(0, 0) & 1);
            sim.clock();
        }
        return out;
    }

    @Test
    void constantsAndUnnamedPortsGetLiteralNames() {
        Netlist n = READER.parse("aag 1 1 0 3 0\n2\n0\n1\n3\n");
        assertEquals(List.of("$aig$2"), n.inputNames());
        assertEquals(List.of("$aig$0", "$aig$1", "$aig$3"), n.outputNames());
        assertEquals(Map.of(GateType.CONST0, 1, GateType.CONST1, 1, GateType.NOT, 1), n.stats().gateTypes());
    }

    @Test
    void anOutputNamedLikeAnInputIsThatInput() {
        Netlist n = READER.parse("aag 1 1 0 2 0\n2\n2\n2\ni0 a\no0 a\no1 b\n");
        assertEquals(List.of("a", "b"), n.outputNames());
        assertEquals(Map.of(GateType.BUF, 1), n.stats().gateTypes(), "only b needs a buffer");
    }

    @Test
    void malformedHeaders() {
        assertError("", 1, 1, "expected an AIGER header 'aag M I L O A' (ASCII) or 'aig M I L O A' (binary), found the end of the file");
        assertError("aag 3 1 0\n", 1, 10, "expected a space and then O (the number of outputs), found the end of the line");
        assertError("aig3 1 0 1 1\n", 1, 1, "found 'aig3'");
        assertError("aag 1 1 0 1 1\n2\n2\n4 2 2\n", 1, 5, "M = 1 but I + L + A = 2; M must be at least I + L + A");
        assertError("aag 2 1 0 1 1 1\n2\n2\n4 2 2\n", 1, 15, "bad-state properties (B); tmrkit reads circuits, not verification problems");
        assertError("aag 99999999999 0 0 0 0\n", 1, 5, "M (the maximum variable index) is too large");
        assertError("aag 3 1 0 1000 0\n2\n", 1, 16, "the header promises 1 inputs, 0 latches, 1000 outputs and 0 AND gates, but only 2 bytes follow");
        assertBinaryError("aig 3 1 0 1 1\n2\n".getBytes(StandardCharsets.US_ASCII), 5, "M = 3 but I + L + A = 2; a binary AIGER file has M = I + L + A");
    }

    @Test
    void literalsOutOfRangeOddOrUndefined() {
        assertError("aag 1 1 0 1 0\n2\n4\n", 3, 1, "output 0 is 4, beyond the largest literal 2M + 1 = 3");
        assertError("aag 3 2 0 1 1\n2\n4\n6\n7 2 4\n", 5, 1, "the output of AND gate 0 is defined by literal 7; a definition needs an even literal");
        assertError("aag 3 2 0 1 1\n2\n4\n6\n6 2 8\n", 5, 5, "the second input of AND gate 0 is 8, beyond the largest literal 2M + 1 = 7");
        assertError("aag 3 1 0 1 1\n2\n6\n6 2 4\n", 4, 1, "the second input of AND gate 0 reads literal 4, but variable 2 is not an input, a latch or an AND gate");
        assertError("aag 2 1 0 1 1\n2\n4\n2 4 4\n", 4, 1, "variable 1 (literal 2) is defined twice; first at 2:1");
        assertError("aag 2 1 0 1 1\n2\n4\n4 5 2\n", 4, 1, "combinational cycle through $aig$4 -> $aig$5 -> $aig$4");
    }

    @Test
    void undefinedVariablesCanBecomeInputs() {
        Netlist n = READER.withUndrivenAsInputs(true).parse("aag 3 1 0 1 1\n2\n6\n6 2 4\n");
        assertEquals(List.of("$aig$2", "$aig$4"), n.inputNames());
    }

    @Test
    void truncatedAndCorruptBinaryFiles() {
        byte[] full = toggleBinary();
        int andSection = "aig 7 2 1 4 4\n13\n6\n14\n1\n13\n".length();
        byte[] cut = java.util.Arrays.copyOf(full, andSection + 5);
        ParseException e = assertThrows(ParseException.class, () -> READER.parse("cut.aig", cut));
        assertEquals(1, e.line());
        assertEquals(andSection + 6, e.column(), "column = byte offset + 1");
        assertEquals("the file ends inside the second delta of AND gate 2 (literal 12); the binary AND section is truncated"
                + " (byte " + (andSection + 5) + ")", e.reason());
        // cut shorter, the header's counts alone show that bytes are missing
        e = assertThrows(ParseException.class, () -> READER.parse("cut.aig", java.util.Arrays.copyOf(full, andSection)));
        assertEquals("the header promises 1 latches, 4 outputs and 4 AND gates, but only 13 bytes follow; the file is"
                + " truncated (byte 12)", e.reason());

        byte[] selfLoop = full.clone();
        selfLoop[andSection] = 0; // first delta 0: the gate would read itself
        e = assertThrows(ParseException.class, () -> READER.parse("loop.aig", selfLoop));
        assertTrue(e.reason().startsWith("AND gate 0 (literal 8) has first delta 0; it must be between 1 and 8"), e.reason());
        assertTrue(e.reason().endsWith("(byte " + andSection + ")"), e.reason());

        byte[] negative = full.clone();
        negative[andSection + 1] = 9; // second delta 9 > first input 7
        e = assertThrows(ParseException.class, () -> READER.parse("neg.aig", negative));
        assertTrue(e.reason().contains("has second delta 9, more than its first input 7"), e.reason());
    }

    @Test
    void symbolTableErrors() {
        String net = "aag 1 1 0 1 0\n2\n2\n";
        assertError(net + "i1 b\n", 4, 2, "symbol for input 1, but the file has only 1 input");
        assertError(net + "i0 a\ni0 b\n", 5, 1, "input 0 is named twice ('a' and 'b')");
        assertError(net + "i0 $aig$4\n", 4, 4, "starts with $aig$, which tmrkit reserves");
        assertError(net + "x0 a\n", 4, 1, "expected a symbol ('i0 name', 'l0 name', 'o0 name') or 'c' to start the comment section, found 'x'");
        assertError(net + "b0 a\n", 4, 1, "this file has no properties or constraints to name");
        assertError(net + "o0\n", 4, 3, "expected one space and then the name of output 0");
        // blank lines, CRLF and a comment section with anything in it are fine
        Netlist n = READER.parse(net.replace("\n", "\r\n") + "i0 a b\r\n\r\nc\n\u0001 anything\n");
        assertEquals(List.of("a b"), n.inputNames());
    }

    @Test
    void binaryDataMustBeReadAsBytes() {
        String decoded = new String(toggleBinary(), StandardCharsets.UTF_8); // bytes that are not text are lost
        byte[] high = "aig 1 1 0 1 0\n2\ni0 caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(READER.parse("toggle.aig", toggleBinary()), READER.parse("toggle.aig", decoded),
                "this binary file happens to be ASCII");
        ParseException e = assertThrows(ParseException.class,
                () -> READER.parse("x.aig", new String(new byte[] {'a', 'i', 'g', ' ', (byte) 0xC3, (byte) 0x28}, StandardCharsets.UTF_8)));
        assertTrue(e.reason().contains("must be read as bytes"), e.reason());
        assertThrows(ParseException.class, () -> READER.parse("latin1.aig", high), "a symbol that is not UTF-8");
    }

    private static void assertError(String text, int line, int column, String reason) {
        ParseException e = assertThrows(ParseException.class, () -> READER.parse("bad.aag", text), text);
        assertTrue(e.reason().contains(reason), e.getMessage());
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
    }

    private static void assertBinaryError(byte[] data, int column, String reason) {
        ParseException e = assertThrows(ParseException.class, () -> READER.parse("bad.aig", data));
        assertTrue(e.reason().contains(reason), e.getMessage());
        assertEquals("1:" + column, e.line() + ":" + e.column(), e.getMessage());
    }
}
