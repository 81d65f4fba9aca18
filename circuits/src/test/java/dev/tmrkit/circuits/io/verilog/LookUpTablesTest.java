package dev.tmrkit.circuits.io.verilog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.Truth;
import dev.tmrkit.gates.Netlist;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FPGA look-up tables in structural Verilog ({@link LookUpTables}), against their own truth tables: every input
 * combination of a random table gives the table's bit, in each form Yosys writes one (SB_LUT4, LUT1..LUT6, {@code \$lut}
 * instances, {@code K >> {...}}).
 */
class LookUpTablesTest {
    private static final long SEED = 20261129L;
    private static final VerilogReader READER = new VerilogReader();

    /** A module with inputs i0..i(n-1) and output y computed by {@code body}. */
    private static String module(int n, String body) {
        StringBuilder sb = new StringBuilder("module m(");
        for (int i = 0; i < n; i++) {
            sb.append("i").append(i).append(", ");
        }
        sb.append("y);\n");
        for (int i = 0; i < n; i++) {
            sb.append("  input i").append(i).append(";\n");
        }
        return sb.append("  output y;\n").append(body).append("endmodule\n").toString();
    }

    private static String hex(long table, int n) {
        int bits = 1 << n;
        return bits + "'h" + Long.toHexString(bits == 64 ? table : table & ((1L << bits) - 1));
    }

    /** {@code {i(n-1), ..., i0}}: input 0 the least significant bit. */
    private static String bus(int n) {
        List<String> parts = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            parts.add("i" + i);
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private static void assertComputesTable(Netlist netlist, long table, int n, String what) {
        for (int i = 0; i < n; i++) {
            assertEquals("i" + i, netlist.inputNames().get(i));
        }
        for (long v = 0; v < 1L << n; v++) {
            boolean expected = (table >>> v & 1) == 1;
            assertEquals(expected, Truth.outputs(netlist, v)[0], what + " at input " + v);
        }
    }

    @Test
    void everyFormOfALookUpTableComputesItsTable() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(integers().between(1, 6), longs().all()).checkAssert((n, t) -> {
            long table = n == 6 ? t : t & ((1L << (1 << n)) - 1);
            StringBuilder pins = new StringBuilder();
            for (int i = 0; i < n; i++) {
                pins.append(".I").append(i).append("(i").append(i).append("), ");
            }
            List<String> forms = new ArrayList<>();
            forms.add("  LUT" + n + " #(.INIT(" + hex(table, n) + ")) u (" + pins + ".O(y));\n");
            forms.add("  \\$lut  #(\n    .LUT(" + hex(table, n) + "),\n    .WIDTH(32'd" + n + ")\n  ) _1_ (\n    .A(" + bus(n)
                    + "),\n    .Y(y)\n  );\n");
            forms.add("  assign y = " + hex(table, n) + " >> " + bus(n) + ";\n");
            if (n <= 4) {
                StringBuilder four = new StringBuilder(pins);
                for (int i = n; i < 4; i++) {
                    four.append(".I").append(i).append("(1'h0), ");
                }
                forms.add("  SB_LUT4 #(.LUT_INIT(" + hex(table, n).replaceFirst("^\\d+'", "16'") + ")) u (" + four + ".O(y));\n");
            }
            for (String form : forms) {
                String text = module(n, form);
                assertComputesTable(READER.parse("l.v", text), table, n, text);
            }
        });
    }

    @Test
    void aShiftOfAConstantGivesEveryBitOfTheShiftedWord() {
        // y = 8'b1011_0110 >> {i1, i0}, four bits wide: bit k of y is bit (k + amount) of the constant
        Netlist n = READER.parse("s.v", "module m(i0, i1, y);\n  input i0;\n  input i1;\n  output [3:0] y;\n"
                + "  assign y = 8'b10110110 >> {i1, i0};\nendmodule\n");
        for (int amount = 0; amount < 4; amount++) {
            boolean[] y = Truth.outputs(n, amount);
            for (int k = 0; k < 4; k++) {
                assertEquals((0b10110110 >> (amount + k) & 1) == 1, y[k], "amount " + amount + " bit " + k);
            }
        }
    }

    @Test
    void lookUpTablesAreRefusedWhereTheyAreIncompleteOrNotTables() {
        String noTable = module(2, "  LUT2 u (.I0(i0), .I1(i1), .O(y));\n");
        ParseException e = assertThrows(ParseException.class, () -> READER.parse("l.v", noTable));
        assertTrue(e.getMessage().startsWith("l.v:5:8: look-up table LUT2 without its INIT parameter"), e.getMessage());
        String wide = module(2, "  LUT2 #(.INIT(8'h10)) u (.I0(i0), .I1(i1), .O(y));\n");
        e = assertThrows(ParseException.class, () -> READER.parse("l.v", wide));
        assertTrue(e.getMessage().contains("LUT2: its table has 8 bits with a 1 at position 4"), e.getMessage());
        String badPort = module(2, "  LUT2 #(.INIT(4'h6)) u (.I0(i0), .I2(i1), .O(y));\n");
        e = assertThrows(ParseException.class, () -> READER.parse("l.v", badPort));
        assertTrue(e.getMessage().startsWith("l.v:5:35: LUT2 has no port 'I2'"), e.getMessage());
        String open = module(2, "  LUT2 #(.INIT(4'h6)) u (.I0(i0), .O(y));\n");
        e = assertThrows(ParseException.class, () -> READER.parse("l.v", open));
        assertTrue(e.getMessage().contains("port 'I1' of look-up table LUT2 is not connected"), e.getMessage());
        String param = module(2, "  LUT2 #(.INIT(4'h6), .FOO(1)) u (.I0(i0), .I1(i1), .O(y));\n");
        e = assertThrows(ParseException.class, () -> READER.parse("l.v", param));
        assertTrue(e.getMessage().contains("LUT2 has no parameter 'FOO'"), e.getMessage());
        // any other parameterised instance stays behavioural, at the instance's type
        String other = "module sub(input a, output y); assign y = a; endmodule\n"
                + "module m(input a, output y); sub #(.W(1)) u (.a(a), .y(y)); endmodule\n";
        e = assertThrows(NotStructural.class, () -> READER.parse("l.v", other));
        assertTrue(e.getMessage().startsWith("l.v:2:30: a parameterised instance"), e.getMessage());
        // a shift of anything but a constant is arithmetic
        String shift = "module m(input [1:0] a, input b, output [1:0] y); assign y = a >> b; endmodule\n";
        e = assertThrows(NotStructural.class, () -> READER.parse("l.v", shift));
        assertTrue(e.getMessage().contains("the operator '>'"), e.getMessage());
    }
}
