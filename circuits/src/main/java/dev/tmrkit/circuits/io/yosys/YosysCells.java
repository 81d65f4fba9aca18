package dev.tmrkit.circuits.io.yosys;

import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Yosys's internal gate-level cells as tmrkit gates. Combinational: {@code $_BUF_ $_NOT_ $_AND_ $_OR_ $_XOR_
 * $_NAND_ $_NOR_ $_XNOR_} one gate each; {@code $_ANDNOT_} (A and not B), {@code $_ORNOT_} (A or not B),
 * {@code $_MUX_} (S ? B : A), {@code $_NMUX_}, {@code $_AOI3_ $_OAI3_ $_AOI4_ $_OAI4_} as small gate trees.
 * Flip-flops, all on one clock: {@code $_FF_} (Yosys's implicit global clock, what {@code read_blif} makes of
 * {@code .latch}), {@code $_DFF_P_}/{@code $_DFF_N_}, and the synchronous variants {@code synth} produces —
 * {@code $_DFFE_??_} (enable), {@code $_SDFF_???_} (synchronous reset), {@code $_SDFFE_????_} and
 * {@code $_SDFFCE_????_} — whose enable and reset become logic in front of a plain DFF; asynchronous resets
 * {@code $_DFF_???_} and {@code $_DFFE_????_} as described at {@link #asyncReset}. FPGA look-up tables
 * ({@code $lut}, Xilinx {@code LUT1}..{@code LUT6}, iCE40 {@code SB_LUT4}) become gates from their truth table
 * ({@link YosysLut}). Separate set and reset, latches and anything else are reported with the reason.
 */
final class YosysCells {
    static final String SUPPORTED = "$_BUF_, $_NOT_, $_AND_, $_OR_, $_XOR_, $_NAND_, $_NOR_, $_XNOR_, $_ANDNOT_, $_ORNOT_,"
            + " $_MUX_, $_NMUX_, $_AOI3_, $_OAI3_, $_AOI4_, $_OAI4_, $_FF_, $_DFF_P_, $_DFF_N_, $_DFFE_??_,"
            + " $_SDFF_???_, $_SDFFE_????_, $_SDFFCE_????_, $_DFF_???_, $_DFFE_????_ (asynchronous reset), $lut, LUT1..LUT6"
            + " (INIT), SB_LUT4 (LUT_INIT)";
    private static final Pattern FLIP_FLOP =
            Pattern.compile("\\$_(FF|DFF_([PN])|DFFE_([PN])([PN])|SDFF_([PN])([PN])([01])|(SDFFC?E)_([PN])([PN])([01])([PN]))_");
    /** {@code $_DFF_CRV_} and {@code $_DFFE_CRVE_}: clock edge, asynchronous reset polarity and value, enable polarity. */
    private static final Pattern ASYNC = Pattern.compile("\\$_DFFE?_([PN])([PN])([01])([PN])?_");
    private static final Map<String, GateType> SIMPLE = Map.of("$_BUF_", GateType.BUF, "$_NOT_", GateType.NOT,
            "$_AND_", GateType.AND, "$_OR_", GateType.OR, "$_XOR_", GateType.XOR, "$_NAND_", GateType.NAND,
            "$_NOR_", GateType.NOR, "$_XNOR_", GateType.XNOR);

    /** What a cell is connected to, as nets; supplied by {@link YosysModule}. */
    interface Pins {
        /** The net read by input port {@code port}. */
        String in(String port);

        /** The net driven by output port {@code port}. */
        String out(String port);

        /** Records the clock bit of a flip-flop ({@code edge} P, N, or G for the implicit clock of $_FF_). */
        void clock(char edge);

        /** True when the flip-flop driving {@code q} starts at 1 (its wire's {@code init} attribute). */
        boolean initOne(String q);

        /** A parse error at the cell. */
        ParseException error(String reason);

        /** The nets of a multi-bit input port, least significant bit first ({@code $lut}'s A). */
        default List<String> inBus(String port) {
            throw error("port " + port + " must be connected to a bus");
        }

        /** A parameter's value as a bit string, most significant bit first, or null when the cell has none. */
        default String parameter(String name) {
            return null;
        }
    }

    private final YosysLogic logic;

    YosysCells(YosysLogic logic) {
        this.logic = logic;
    }

    /** Emits the gates of one cell. */
    void emit(String type, Pins pins, Location at) {
        GateType simple = SIMPLE.get(type);
        if (simple != null) {
            List<String> ins = simple.maxInputs() == 1 ? List.of(pins.in("A")) : List.of(pins.in("A"), pins.in("B"));
            logic.gate(simple, pins.out("Y"), ins, at);
            return;
        }
        switch (type) {
            case "$_ANDNOT_":
                logic.gate(GateType.AND, pins.out("Y"), List.of(pins.in("A"), logic.not(pins.in("B"), at)), at);
                return;
            case "$_ORNOT_":
                logic.gate(GateType.OR, pins.out("Y"), List.of(pins.in("A"), logic.not(pins.in("B"), at)), at);
                return;
            case "$_MUX_":
                logic.mux(pins.out("Y"), pins.in("A"), pins.in("B"), pins.in("S"), at);
                return;
            case "$_NMUX_": {
                String y = pins.out("Y");
                String m = logic.fresh(y + "$mux");
                logic.mux(m, pins.in("A"), pins.in("B"), pins.in("S"), at);
                logic.gate(GateType.NOT, y, List.of(m), at);
                return;
            }
            case "$_AOI3_":
            case "$_OAI3_":
            case "$_AOI4_":
            case "$_OAI4_":
                andOrInvert(type, pins, at);
                return;
            default:
                break;
        }
        Matcher ff = FLIP_FLOP.matcher(type);
        if (ff.matches()) {
            flipFlop(ff, pins, at);
            return;
        }
        Matcher async = ASYNC.matcher(type);
        if (async.matches() && type.startsWith("$_DFFE_") == (async.group(4) != null)) {
            asyncReset(async, pins, at);
            return;
        }
        if (YosysLut.isLut(type)) {
            new YosysLut(logic).emit(type, pins, at);
            return;
        }
        throw pins.error(unsupported(type));
    }

    /** AOI3 = NOT((A and B) or C), OAI3 = NOT((A or B) and C); the 4-input ones pair (C, D) as well. */
    private void andOrInvert(String type, YosysCells.Pins pins, Location at) {
        boolean aoi = type.startsWith("$_AOI");
        GateType inner = aoi ? GateType.AND : GateType.OR;
        String y = pins.out("Y");
        String ab = logic.fresh(inner, y + "$ab", List.of(pins.in("A"), pins.in("B")), at);
        String cd = type.endsWith("4_") ? logic.fresh(inner, y + "$cd", List.of(pins.in("C"), pins.in("D")), at) : pins.in("C");
        logic.gate(aoi ? GateType.NOR : GateType.NAND, y, List.of(ab, cd), at);
    }

    /**
     * A flip-flop: the next state is D, or for enables and synchronous resets a multiplexer in front of it.
     * Groups of {@link #FLIP_FLOP}: 2 edge of $_DFF_; 3, 4 edge and enable polarity of $_DFFE_; 5, 6, 7 edge,
     * reset polarity and value of $_SDFF_; 8 SDFFE or SDFFCE, 9..12 edge, reset polarity, value, enable polarity.
     */
    private void flipFlop(Matcher m, Pins pins, Location at) {
        String q = pins.out("Q");
        String d = pins.in("D");
        String next;
        if (m.group(1).equals("FF")) {
            pins.clock('G');
            next = d;
        } else if (m.group(2) != null) {
            pins.clock(m.group(2).charAt(0));
            next = d;
        } else if (m.group(3) != null) {
            pins.clock(m.group(3).charAt(0));
            next = hold(q, d, active(pins, "E", m.group(4), at), at);
        } else if (m.group(5) != null) {
            pins.clock(m.group(5).charAt(0));
            next = reset(q, d, active(pins, "R", m.group(6), at), m.group(7), at);
        } else {
            pins.clock(m.group(9).charAt(0));
            String r = active(pins, "R", m.group(10), at);
            String e = active(pins, "E", m.group(12), at);
            if (m.group(8).equals("SDFFE")) {
                next = reset(q, hold(q, d, e, at), r, m.group(11), at);     // reset wins over the enable
            } else {
                next = hold(q, reset(q, d, r, m.group(11), at), e, at);     // reset only when enabled
            }
        }
        store(q, next, pins.initOne(q), at);
    }

    /** A DFF whose output is {@code q} and next state {@code next}; an initial value 1 is kept by storing the complement. */
    private void store(String q, String next, boolean initOne, Location at) {
        if (initOne) {
            String state = logic.fresh(q + "$init1");
            logic.gate(GateType.NOT, q, List.of(state), at);
            logic.gate(GateType.DFF, state, List.of(logic.not(next, at)), at);
        } else {
            logic.gate(GateType.DFF, q, List.of(next), at);
        }
    }

    /**
     * A flip-flop with an asynchronous reset ({@code $_DFF_PN0_}, {@code $_DFFE_PP1P_}, ...) on tmrkit's one clock,
     * modelled exactly at the level of clock cycles: while R is active the output is the reset value at once
     * ({@code q = R ? V : state}, combinational, as the asynchronous reset acts without a clock edge), and the clock
     * edge that ends such a cycle stores the reset value ({@code state' = R ? V : next}). This is what the hardware
     * does as long as R changes together with the other inputs, between clock edges (synchronous stimulus); a
     * reset pulse that starts and ends between two edges is not representable in a cycle model.
     */
    private void asyncReset(Matcher m, Pins pins, Location at) {
        pins.clock(m.group(1).charAt(0));
        String q = pins.out("Q");
        String r = active(pins, "R", m.group(2), at);
        String value = m.group(3);
        String next = m.group(4) == null ? pins.in("D") : hold(q, pins.in("D"), active(pins, "E", m.group(4), at), at);
        String state = logic.fresh(q + "$state");
        store(state, reset(q, next, r, value, at), pins.initOne(q), at);
        logic.mux(q, state, logic.constant(value.equals("1"), at), r, at);
    }

    /** The control input as an active-high net. */
    private String active(Pins pins, String port, String polarity, Location at) {
        String net = pins.in(port);
        return polarity.equals("P") ? net : logic.not(net, at);
    }

    /** {@code enable ? d : q}. */
    private String hold(String q, String d, String enable, Location at) {
        String next = logic.fresh(q + "$en");
        logic.mux(next, q, d, enable, at);
        return next;
    }

    /** {@code reset ? value : d}. */
    private String reset(String q, String d, String reset, String value, Location at) {
        String next = logic.fresh(q + "$rst");
        logic.mux(next, d, logic.constant(value.equals("1"), at), reset, at);
        return next;
    }

    /** Why a cell type is not read, and what to run in Yosys instead. */
    static String unsupported(String type) {
        if (type.matches("\\$_(DFFSR|DFFSRE|ALDFF|ALDFFE)_[PN01]+_") || type.startsWith("$_DLATCH")
                || type.startsWith("$_SR_")) {
            return "type " + type + " is not supported: tmrkit models D flip-flops on one clock with at most one"
                    + " asynchronous reset ($_DFF_PN0_, $_DFFE_PP1P_, ...), no separate set and reset, no asynchronous load"
                    + " and no latches; `async2sync` in Yosys turns them into synchronous logic, which changes when the"
                    + " set or reset takes effect";
        }
        if (type.startsWith("$_")) {
            return "type " + type + " is not supported; tmrkit reads " + SUPPORTED + " (run `techmap; opt` or"
                    + " `synth` and `dfflegalize -cell $_DFF_P_ 01` before write_json)";
        }
        if (type.startsWith("$")) {
            return "type " + type + " is a word-level cell; run `proc; techmap; opt` (or `synth`) before write_json so"
                    + " that only gate-level cells ($_AND_, $_NOT_, ...) remain";
        }
        return "type " + type + " is a module or library cell, not one of Yosys's internal gates; run `flatten` (for a"
                + " module of the design) or `techmap; opt` before write_json";
    }
}
