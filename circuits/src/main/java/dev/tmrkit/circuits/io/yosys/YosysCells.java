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
 * {@code $_SDFFCE_????_} — whose enable and reset become logic in front of a plain DFF. Asynchronous resets,
 * latches and anything else are reported with the Yosys command that removes them.
 */
final class YosysCells {
    static final String SUPPORTED = "$_BUF_, $_NOT_, $_AND_, $_OR_, $_XOR_, $_NAND_, $_NOR_, $_XNOR_, $_ANDNOT_, $_ORNOT_,"
            + " $_MUX_, $_NMUX_, $_AOI3_, $_OAI3_, $_AOI4_, $_OAI4_, $_FF_, $_DFF_P_, $_DFF_N_, $_DFFE_??_,"
            + " $_SDFF_???_, $_SDFFE_????_, $_SDFFCE_????_";
    private static final Pattern FLIP_FLOP =
            Pattern.compile("\\$_(FF|DFF_([PN])|DFFE_([PN])([PN])|SDFF_([PN])([PN])([01])|(SDFFC?E)_([PN])([PN])([01])([PN]))_");
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
        if (pins.initOne(q)) {
            String state = logic.fresh(q + "$init1");
            logic.gate(GateType.NOT, q, List.of(state), at);
            logic.gate(GateType.DFF, state, List.of(logic.not(next, at)), at);
        } else {
            logic.gate(GateType.DFF, q, List.of(next), at);
        }
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
        if (type.matches("\\$_(DFF|DFFE|DFFSR|DFFSRE|ALDFF|ALDFFE)_[PN01]+_") || type.startsWith("$_DLATCH")
                || type.startsWith("$_SR_")) {
            return "type " + type + " is not supported: tmrkit models D flip-flops on one clock without asynchronous"
                    + " set or reset, and no latches; run `async2sync; dfflegalize -cell $_DFF_P_ 01` before write_json";
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
