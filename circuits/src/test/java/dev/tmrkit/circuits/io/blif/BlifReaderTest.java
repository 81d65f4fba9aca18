package dev.tmrkit.circuits.io.blif;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.Truth;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** What the BLIF reader accepts, how covers become gates, and where it reports what it does not accept. */
class BlifReaderTest {
    private static final BlifReader READER = new BlifReader();

    /** The type of the gate driving {@code y} after reading one cover over inputs a, b, c, ... */
    private static GateType coverType(int inputs, String rows) {
        Netlist n = READER.parse(cover(inputs, rows));
        assertEquals(inputs, n.inputCount());
        assertEquals(1, n.gateCount(), "one gate for an exact cover");
        return n.gate(0).type();
    }

    private static String cover(int inputs, String rows) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < inputs; i++) {
            names.append(' ').append((char) ('a' + i));
        }
        return ".model t\n.inputs" + names + "\n.outputs y\n.names" + names + " y\n" + rows + ".end\n";
    }

    @Test
    void exactCoversBecomeSingleGates() {
        assertAll(
                () -> assertEquals(GateType.BUF, coverType(1, "1 1\n")),
                () -> assertEquals(GateType.NOT, coverType(1, "0 1\n")),
                () -> assertEquals(GateType.NOT, coverType(1, "1 0\n")),
                () -> assertEquals(GateType.AND, coverType(3, "111 1\n")),
                () -> assertEquals(GateType.NAND, coverType(3, "111 0\n")),
                () -> assertEquals(GateType.NOR, coverType(2, "00 1\n")),
                () -> assertEquals(GateType.OR, coverType(2, "00 0\n")),
                () -> assertEquals(GateType.OR, coverType(3, "1-- 1\n-1- 1\n--1 1\n")),
                () -> assertEquals(GateType.OR, coverType(3, "--1 1\n1-- 1\n-1- 1\n")),
                () -> assertEquals(GateType.NAND, coverType(2, "0- 1\n-0 1\n")),
                () -> assertEquals(GateType.NOR, coverType(2, "1- 0\n-1 0\n")),
                () -> assertEquals(GateType.AND, coverType(2, "0- 0\n-0 0\n")),
                () -> assertEquals(GateType.XOR, coverType(2, "01 1\n10 1\n")),
                () -> assertEquals(GateType.XNOR, coverType(2, "00 1\n11 1\n")),
                () -> assertEquals(GateType.XNOR, coverType(3, "001 0\n010 0\n100 0\n111 0\n")),
                () -> assertEquals(GateType.XOR, coverType(3, "000 0\n011 0\n101 0\n110 0\n")),
                () -> assertEquals(GateType.CONST0, coverType(0, "")),
                () -> assertEquals(GateType.CONST1, coverType(0, "1\n")),
                () -> assertEquals(GateType.CONST0, coverType(0, " 0\n")),
                () -> assertEquals(GateType.CONST0, coverType(2, "")),
                () -> assertEquals(GateType.CONST1, coverType(2, "1- 1\n-- 1\n")));
    }

    @Test
    void otherCoversBecomeSumsOfProductsInTheReservedNamespace() {
        Netlist n = READER.parse(cover(3, "1-0 1\n011 1\n"));
        assertTrue(n.gates().stream().allMatch(g -> n.netName(g.output()).equals("y")
                || n.netName(g.output()).startsWith("$blif$y$")), n.gates().toString());
        assertEquals(GateType.OR, n.gate(n.driver(n.netId("y"))).type());
    }

    /** A random cover over up to 5 inputs: rows of 0, 1 and -, all with one output value. */
    private static Gen<String> randomCovers() {
        return SourceDSL.longs().all().map(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            int inputs = r.nextInt(6);
            int rows = r.nextInt(7);
            String value = r.nextBoolean() ? "1" : "0";
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < rows; k++) {
                for (int i = 0; i < inputs; i++) {
                    sb.append("01-".charAt(r.nextInt(3)));
                }
                sb.append(inputs == 0 ? "" : " ").append(value).append('\n');
            }
            return cover(inputs, sb.toString());
        });
    }

    /** The value the BLIF semantics gives a cover text (as built by {@link #cover}) for one assignment. */
    private static boolean coverValue(String text, int inputs, long assignment) {
        String[] lines = text.split("\n");
        boolean anyRow = false;
        boolean hit = false;
        boolean on = true;
        for (int l = 4; l < lines.length - 1; l++) {
            String[] parts = lines[l].trim().split(" ");
            String plane = inputs == 0 ? "" : parts[0];
            on = parts[parts.length - 1].equals("1");
            anyRow = true;
            boolean match = true;
            for (int i = 0; i < inputs; i++) {
                char c = plane.charAt(i);
                boolean bit = (assignment >>> i & 1) == 1;
                match &= c == '-' || (c == '1') == bit;
            }
            hit |= match;
        }
        return anyRow && (hit == on);
    }

    @Test
    void everyCoverComputesItsFunction() {
        qt().withFixedSeed(20240601L).withExamples(500).forAll(randomCovers()).checkAssert(text -> {
            Netlist n = READER.parse(text);
            int inputs = n.inputCount();
            for (long a = 0; a < 1L << inputs; a++) {
                assertArrayEquals(new boolean[] {coverValue(text, inputs, a)}, Truth.outputs(n, a), text + " at " + a);
            }
        });
    }

    @Test
    void continuationsCommentsAndRepeatedPortListsAreJoined() {
        String text = "# header\n.model top   # the model\n.inputs opcode[0] \\\n  opcode[1]\n.inputs c\n"
                + ".outputs y \\\n\n.outputs z\n.default_input_arrival 0 0\n.names opcode[0] opcode[1] \\\n c y\n111 1\n"
                + ".names z\n1\n.end\n# trailing comment\n";
        Netlist n = READER.parse(text);
        assertEquals("top", n.name());
        assertEquals(List.of("opcode[0]", "opcode[1]", "c"), n.inputNames());
        assertEquals(List.of("y", "z"), n.outputNames());
        assertEquals(GateType.AND, n.gate(n.driver(n.netId("y"))).type());
    }

    @Test
    void latchesBecomeFlipFlops() {
        String text = ".model m\n.inputs a clk\n.outputs q p r\n.latch a q re clk 0\n.latch q p re clk 2\n.latch p r 3\n.end\n";
        Netlist n = READER.parse(text);
        assertEquals(3, n.stats().dffs());
        assertEquals(0, n.stats().gates());
    }

    @Test
    void aLatchWithInitialValueOneStoresTheComplement() {
        Netlist n = READER.parse(".model m\n.inputs d\n.outputs q\n.latch d q 1\n.end\n");
        Netlist expected = Netlist.builder("m").input("d").output("q").gate(GateType.NOT, "$blif$q$0", "d")
                .dff("$blif$q$1", "$blif$q$0").gate(GateType.NOT, "q", "$blif$q$1").build();
        assertEquals(expected, n);
        assertArrayEquals(new boolean[] {true}, Truth.outputs(n, 0), "q starts at 1");
    }

    // ---- errors

    @Test
    void aCoverRowOfTheWrongWidthIsReportedAtTheRow() {
        assertError(".model t\n.inputs a b\n.outputs y\n.names a b y\n 1 1\n", 5, 2,
                "cover row '1' has 1 input values, but '.names ... y' has 2 inputs");
    }

    @Test
    void aBadCharacterInACoverRowIsReportedAtTheCharacter() {
        assertError(".inputs a b\n.outputs y\n.names a b y\n1x 1\n", 4, 2, "unexpected 'x' in a cover row; expected 0, 1 or -");
        assertError(".inputs a b\n.outputs y\n.names a b y\n11 2\n", 4, 4, "expected the output value 0 or 1, found '2'");
        assertError(".inputs a b\n.outputs y\n.names a b y\n11\n", 4, 3, "has no output value");
        assertError(".inputs a b\n.outputs y\n.names a b y\n11 1\n00 0\n", 5, 4, "a cover lists either the on-set (1) or the off-set (0)");
        assertError(".inputs a\n.outputs y\n.names y\n1 1\n", 4, 3, "'.names y' has no inputs");
        assertError(".inputs a\n.outputs y\n11 1\n", 3, 1, "outside a .names block");
        assertError(".inputs a\n.outputs y\n.names\n", 3, 7, "expected '.names [inputs...] output'");
    }

    @Test
    void anUnknownDirectiveIsRejected() {
        assertError(".model t\n.inputs a\n.outputs y\n  .subckt and2 A=a Y=y\n.end\n", 4, 11, "subcircuit 'and2' is not a Yosys gate cell");
        assertError(".model t\n.inputs a\n.outputs y\n.gate and2 A=a Y=y\n", 4, 1, "unsupported directive '.gate'");
        assertError(".model t\n.inputs a\n.outputs y\nfoo a y\n", 4, 1, "unexpected 'foo'; expected a directive");
    }

    @Test
    void anUndefinedNetIsReportedAtItsToken() {
        assertError(".inputs a\n.outputs y\n.names a \\\n   ghost y\n11 1\n", 4, 4, "net 'ghost' is used but never driven");
    }

    @Test
    void aNetDefinedTwiceIsReportedByItsOwnNameAtTheSecondDefinition() {
        assertError(".inputs a b\n.outputs y\n.names a y\n1 1\n.names a b y\n10 1\n", 5, 12,
                "net 'y' has more than one driver (first driven at 3:10)");
        assertError(".inputs a b\n.outputs y\n.latch a y 0\n.latch b   y 1\n", 4, 12, "net 'y' has more than one driver");
        assertError(".inputs a b\n.outputs a\n.names b a\n0 1\n", 3, 10, "net 'a' has more than one driver");
    }

    @Test
    void unsupportedLatchesAreRejected() {
        assertError(".inputs d c\n.outputs q\n.latch d q ah c 0\n", 3, 12, "level-sensitive");
        assertError(".inputs d c e\n.outputs q p\n.latch d q re c 0\n.latch d p re e 0\n", 4, 15, "single implicit clock");
        assertError(".inputs d\n.outputs q\n.latch d q 5\n", 3, 12, "initial value 0, 1, 2 or 3, found '5'");
        assertError(".inputs d\n.outputs q\n.latch d\n", 3, 8, "expected '.latch input output [type control] [init]'");
    }

    @Test
    void oneFlatModelPerFile() {
        assertError(".model a\n.inputs x\n.outputs x\n.end\n.model b\n", 5, 1, "after .end");
        assertError(".inputs x\n.model b\n", 2, 1, "it must come first and only once");
    }

    @Test
    void anEmptyTextIsNotANetlist() {
        assertError("", 1, 1, "no .inputs or .outputs declarations");
        assertError(".model empty\n.end\n", 1, 1, "no .inputs or .outputs declarations");
    }

    @Test
    void binaryGarbageFailsOnItsFirstBadCharacter() {
        assertError(".model t\n\u0007\u0000ELF\n", 2, 1, "unexpected character U+0007");
    }

    private static void assertError(String text, int line, int column, String fragment) {
        ParseException e = assertThrows(ParseException.class, () -> READER.parse("t.blif", text));
        assertAll(e.getMessage(),
                () -> assertEquals(line, e.line(), "line"),
                () -> assertEquals(column, e.column(), "column"),
                () -> assertTrue(e.reason().contains(fragment), "reason contains '" + fragment + "'"),
                () -> assertEquals("t.blif:" + line + ":" + column + ": " + e.reason(), e.getMessage()));
    }
}
