package dev.tmrkit.circuits.io.verilog.write;

import java.util.Set;

/**
 * Verilog spellings of net names: a simple identifier ({@code [A-Za-z_][A-Za-z0-9_$]*}, not a keyword) as it is,
 * anything else as an escaped identifier, a backslash, the name and a space ({@code \$tmr$A$n }, {@code \1 },
 * {@code \opcode[0] }). An escaped identifier may hold any printable ASCII character except blanks; names with
 * other characters cannot be written. Keywords of Verilog-2005 and SystemVerilog-2017 are escaped, so that any
 * reader (Yosys with or without {@code -sv}, Icarus, Verilator) sees a name.
 */
final class VerilogNames {
    private static final Set<String> KEYWORDS = Set.of(("accept_on alias always always_comb always_ff always_latch and"
            + " assert assign assume automatic before begin bind bins binsof bit break buf bufif0 bufif1 byte case casex"
            + " casez cell chandle checker class clocking cmos config const constraint context continue cover covergroup"
            + " coverpoint cross deassign default defparam design disable dist do edge else end endcase endchecker"
            + " endclass endclocking endconfig endfunction endgenerate endgroup endinterface endmodule endpackage"
            + " endprimitive endprogram endproperty endsequence endspecify endtable endtask enum event eventually expect"
            + " export extends extern final first_match for force foreach forever fork forkjoin function generate genvar"
            + " global highz0 highz1 if iff ifnone ignore_bins illegal_bins implements implies import incdir include"
            + " initial inout input inside instance int integer interconnect interface intersect join join_any join_none"
            + " large let liblist library local localparam logic longint macromodule matches medium modport module nand"
            + " negedge nettype new nexttime nmos nor noshowcancelled not notif0 notif1 null or output package packed"
            + " parameter pmos posedge primitive priority program property protected pull0 pull1 pulldown pullup"
            + " pulsestyle_ondetect pulsestyle_onevent pure rand randc randcase randsequence rcmos real realtime ref reg"
            + " reject_on release repeat restrict return rnmos rpmos rtran rtranif0 rtranif1 s_always s_eventually"
            + " s_nexttime s_until s_until_with scalared sequence shortint shortreal showcancelled signed small soft"
            + " solve specify specparam static string strong strong0 strong1 struct super supply0 supply1"
            + " sync_accept_on sync_reject_on table tagged task this throughout time timeprecision timeunit tran tranif0"
            + " tranif1 tri tri0 tri1 triand trior trireg type typedef union unique unique0 unsigned until until_with"
            + " untyped use uwire var vectored virtual void wait wait_order wand weak weak0 weak1 while wildcard wire"
            + " with within wor xnor xor").split(" "));

    private VerilogNames() {
    }

    /** True when {@code name} can be written bare. */
    static boolean isSimple(String name) {
        if (name.isEmpty() || KEYWORDS.contains(name)) {
            return false;
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$')) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code name} can be written at all: non-empty printable ASCII without blanks. */
    static boolean isWritable(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) <= ' ' || name.charAt(i) >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The name as a Verilog identifier; an escaped one ends in a space, which separates it from what follows. */
    static String identifier(String name) {
        return isSimple(name) ? name : "\\" + name + " ";
    }
}
