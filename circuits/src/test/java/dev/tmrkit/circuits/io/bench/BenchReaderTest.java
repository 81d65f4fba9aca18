package dev.tmrkit.circuits.io.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the .bench reader accepts, and exactly where and how it reports what it does not. */
public class BenchReaderTest {
    private static final BenchReader READER = new BenchReader();
    private static final String PORTS = "INPUT(a)\nINPUT(b)\nOUTPUT(y)\n";

    public static Netlist c17() {
        return Netlist.builder("c17").input("1").input("2").input("3").input("6").input("7").output("22").output("23")
                .gate(GateType.NAND, "10", "1", "3").gate(GateType.NAND, "11", "3", "6")
                .gate(GateType.NAND, "16", "2", "11").gate(GateType.NAND, "19", "11", "7")
                .gate(GateType.NAND, "22", "10", "16").gate(GateType.NAND, "23", "16", "19").build();
    }

    @Test
    void readsC17InTheIscasLayoutWithCrlfLineEnds() {
        String text = "# c17\r\n# 5 inputs\r\n\r\nINPUT(1)\r\nINPUT(2)\r\nINPUT(3)\r\nINPUT(6)\r\nINPUT(7)\r\n\r\n"
                + "OUTPUT(22)\r\nOUTPUT(23)\r\n\r\n10 = NAND(1, 3)\r\n11 = NAND(3, 6)\r\n16 = NAND(2, 11)\r\n"
                + "19 = NAND(11, 7)\r\n22 = NAND(10, 16)\r\n23 = NAND(16, 19)\r\n";
        Netlist n = READER.parse("c17.bench", text);
        assertEquals(c17(), n);
        assertEquals("c17", n.name());
    }

    @Test
    void acceptsLooseSpacingCommentsLowerCaseKeywordsAndNoFinalNewline() {
        String text = "  input( a )\t# first input\ninput(b)\n\n   \nOutPut(y )\nx=and(a,b)\ny = Buf ( x ) # why not\n"
                + "z = BUFF(x)\nw\t=\tnot(z )";
        Netlist n = READER.parse(text);
        Netlist expected = Netlist.builder("t").input("a").input("b").output("y").gate(GateType.AND, "x", "a", "b")
                .gate(GateType.BUF, "y", "x").gate(GateType.BUF, "z", "x").gate(GateType.NOT, "w", "z").build();
        assertEquals(expected, n);
    }

    @Test
    void netNamesAreOpaqueRunsOfNonSeparatorCharacters() {
        String text = "INPUT(opcode[0])\nINPUT(STATO_REG_2_)\nINPUT(1)\nOUTPUT($x.y/z)\n"
                + "$x.y/z = XNOR(opcode[0], STATO_REG_2_, 1)\n";
        Netlist n = READER.parse(text);
        assertEquals(List.of("opcode[0]", "STATO_REG_2_", "1"), n.inputNames());
        assertEquals(GateType.XNOR, n.gate(0).type());
    }

    @Test
    void readsFlipFlopsConstantsAndForwardReferences() {
        String text = "INPUT(a)\nOUTPUT(q)\nq = DFF(d)\nd = XOR(a, q, one)\none = CONST1()\nzero = gnd()\n";
        Netlist n = READER.parse(text);
        assertEquals(1, n.stats().dffs());
        assertEquals(3, n.stats().gates());
        assertEquals(GateType.CONST0, n.gate(n.driver(n.netId("zero"))).type());
    }

    @Test
    void aRepeatedOutputIsASecondPortOnTheSameNet() {
        Netlist n = READER.parse(PORTS + "OUTPUT(y)\ny = OR(a, b)\n");
        assertEquals(List.of("y", "y"), n.outputNames());
    }

    @Test
    void theOptionTurnsUndrivenNetsIntoInputsInOrderOfFirstUse() {
        Netlist n = READER.withUndrivenAsInputs(true).parse(PORTS + "y = AND(a, b, late, early)\n");
        assertEquals(List.of("a", "b", "late", "early"), n.inputNames());
    }

    // ---- errors: each names the line, the column and what was expected

    @Test
    void anUnknownGateTypeListsTheKnownOnes() {
        ParseException e = assertThrows(ParseException.class,
                () -> READER.parse("c17.bench", PORTS + "\n10 = NAN(a, b)\n"));
        assertEquals("c17.bench:5:6: unknown gate type 'NAN'; expected one of AND, NAND, OR, NOR, XOR, XNOR, NOT, BUF,"
                + " BUFF, DFF, CONST0, CONST1", e.getMessage());
        assertEquals("c17.bench", e.source());
    }

    @Test
    void wrongArityIsReportedAtTheGate() {
        assertError(PORTS + "y = NOT(a, b)\n", 4, 1, "NOT gate 'y' has 2 inputs, but NOT takes 1 input");
    }

    @Test
    void anUndefinedNetIsReportedAtItsFirstUse() {
        assertError(PORTS + "y = AND(a,  zz)\nw = OR(zz, a)\n", 4, 13, "net 'zz' is used but never driven");
    }

    @Test
    void everyUndefinedNetIsADiagnosticInSourceOrder() {
        ParseException e = error(PORTS + "y = AND(p, q)\nz = OR(r, a)\n");
        assertEquals(List.of("4:9", "4:12", "5:8"), e.diagnostics().stream().map(d -> d.line() + ":" + d.column()).toList());
        assertTrue(e.report().contains("t.bench:5:8: net 'r'"), e.report());
    }

    @Test
    void aNetDrivenTwiceIsReportedAtTheSecondDriver() {
        assertError(PORTS + "y = AND(a, b)\n  y = OR(a, b)\n", 5, 3, "net 'y' has more than one driver (first driven at 4:1)");
        assertError(PORTS + "a = NOT(b)\ny = OR(a, b)\n", 4, 1, "net 'a' has more than one driver");
    }

    @Test
    void aDuplicateInputIsReportedAtTheSecondDeclaration() {
        assertError(PORTS + "INPUT( a)\ny = OR(a, b)\n", 4, 8, "input 'a' is declared more than once");
    }

    @Test
    void aCombinationalLoopNamesItsNets() {
        ParseException e = error(PORTS + "x = AND(a, y)\ny = NOT(x)\n");
        assertEquals(5, e.line());
        assertEquals(1, e.column());
        assertTrue(e.reason().contains("combinational cycle through") && e.reason().contains("x") && e.reason().contains("y"),
                e.getMessage());
    }

    @Test
    void aMissingParenthesisIsFoundAtTheEndOfTheLine() {
        assertError(PORTS + "y = AND(a, b\n", 4, 13, "missing ')'");
        assertError(PORTS + "y = AND(a, b # comment)\n", 4, 14, "missing ')'");
        assertError("INPUT(a\n", 1, 8, "missing ')'");
    }

    @Test
    void anEmptyNameIsRejectedWhereItWouldBe() {
        assertError(PORTS + "y = AND(a, , b)\n", 4, 12, "empty net name");
        assertError("INPUT()\n", 1, 7, "INPUT declares exactly one net, found 0 names");
        assertError("= AND(a)\n", 1, 1, "expected INPUT(net), OUTPUT(net) or 'net = TYPE(nets)', found '='");
    }

    @Test
    void aTruncatedLineSaysWhatWasExpectedNext() {
        assertError(PORTS + "y = \n", 4, 5, "expected a gate type after 'y =', found end of line");
        assertError(PORTS + "y = AND\n", 4, 8, "expected '(' after gate type 'AND', found end of line");
        assertError(PORTS + "y\n", 4, 2, "expected '=' or '(' after 'y', found end of line");
        assertError(PORTS + "y AND(a, b)\n", 4, 3, "expected '=' or '(' after 'y', found 'AND'");
    }

    @Test
    void textAfterAStatementIsRejected() {
        assertError("INPUT(a) b\n", 1, 10, "unexpected 'b' after ')'");
        assertError("INPUT(a, b)\n", 1, 10, "INPUT declares exactly one net, found 2 names");
        assertError("WIRE(a)\n", 1, 1, "unknown statement 'WIRE(...)'");
        assertError(PORTS + "y = AND(a b)\n", 4, 11, "expected ',' or ')' after 'a' in AND(...), found 'b'");
    }

    @Test
    void binaryGarbageFailsOnItsFirstBadCharacter() {
        assertError("INPUT(a)\nOU\u0000\u0001\u0002TPUT(y)\n", 2, 3, "unexpected character U+0000");
    }

    @Test
    void bytesThatAreNotUtf8AreLocated(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.bench");
        Files.write(file, new byte[] {'I', 'N', 'P', 'U', 'T', '(', 'a', ')', '\n', 'y', ' ', '=', ' ', (byte) 0xC3, '(', '\n'});
        ParseException e = assertThrows(ParseException.class, () -> READER.read(file));
        assertEquals(file.toString(), e.source());
        assertEquals(List.of(2, 5), List.of(e.line(), e.column()));
        assertTrue(e.reason().contains("U+FFFD"), e.getMessage());
    }

    @Test
    void anEmptyTextIsNotANetlist() {
        assertError("", 1, 1, "no INPUT or OUTPUT declarations");
        assertError("# only a comment\r\n\r\n", 1, 1, "no INPUT or OUTPUT declarations");
    }

    private static ParseException error(String text) {
        return assertThrows(ParseException.class, () -> READER.parse("t.bench", text));
    }

    static void assertError(String text, int line, int column, String fragment) {
        ParseException e = error(text);
        assertAll(e.getMessage(),
                () -> assertEquals(line, e.line(), "line"),
                () -> assertEquals(column, e.column(), "column"),
                () -> assertTrue(e.reason().contains(fragment), "reason contains '" + fragment + "'"),
                () -> assertEquals("t.bench:" + line + ":" + column + ": " + e.reason(), e.getMessage()));
    }
}
