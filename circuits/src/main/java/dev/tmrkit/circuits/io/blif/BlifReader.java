package dev.tmrkit.circuits.io.blif;

import dev.tmrkit.circuits.io.ClockedNetlist;
import dev.tmrkit.circuits.io.ClockedTextReader;
import dev.tmrkit.circuits.io.NetlistAssembly;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the flat, combinational-plus-latch subset of BLIF: one {@code .model} with {@code .inputs},
 * {@code .outputs} (both may repeat and span lines with {@code \}), {@code .names} covers, {@code .latch}
 * and {@code .end}. {@code #} comments are skipped, and so are timing and drive annotations such as
 * {@code .default_input_arrival} and {@code .clock}, which do not change the logic. Anything else
 * ({@code .subckt}, {@code .gate}, {@code .exdc}, a second model, ...) is a {@link ParseException}.
 *
 * <p>Covers become gates as described in {@link BlifCover}: the covers {@link BlifWriter} writes for each gate
 * type read back as that single gate; other covers become NOT/AND/OR trees with generated nets
 * {@code $blif$<output>$<k>}.
 *
 * <p>{@code .latch in out [type control] [init]} becomes a DFF. tmrkit models one implicit clock: types
 * {@code re} and {@code fe} are accepted as long as every latch has the same type and control net (the
 * control net itself is not read); level-sensitive ({@code ah}, {@code al}) and asynchronous ({@code as})
 * latches are rejected. Initial values 0, 2 (don't care) and 3 (unknown, the default) start at 0, tmrkit's
 * DFF reset value. Initial value 1 is kept exactly by storing the complement: {@code out = NOT(s)},
 * {@code s = DFF(NOT(in))} with generated nets {@code $blif$<out>$0} and {@code $blif$<out>$1}.
 *
 * <p>{@code .end} is optional; nothing but comments may follow it. A text without any {@code .inputs}
 * or {@code .outputs} name (in particular an empty file) is rejected.
 */
public final class BlifReader extends ClockedTextReader {
    private static final Set<String> IGNORED = Set.of(".default_input_arrival", ".default_output_required",
            ".input_arrival", ".output_required", ".default_input_drive", ".input_drive", ".default_output_load",
            ".output_load", ".default_max_input_load", ".max_input_load", ".wire_load_slope", ".clock");

    /** A strict reader: every net read must be an input or driven. */
    public BlifReader() {
        this(false, null);
    }

    /**
     * @param clock the flip-flops' clock that must be used (the control net of the latches, the clock pin of Yosys's
     *              flip-flop subcircuits); null: whatever clocks them
     */
    private BlifReader(boolean undrivenAsInputs, String clock) {
        super(undrivenAsInputs, clock);
    }

    @Override
    protected BlifReader with(boolean undrivenAsInputs, String clock) {
        return new BlifReader(undrivenAsInputs, clock);
    }

    @Override
    public ClockedNetlist readClocked(String source, Reader in) throws IOException {
        return new Parse(source, new BlifLines(source, in), undrivenAsInputs, clock).run();
    }

    /** The state of one read. */
    private static final class Parse {
        private final String source;
        private final BlifLines lines;
        private final boolean undrivenAsInputs;
        private NetlistAssembly netlist;
        private BlifCover cover;
        private boolean ended;
        private BlifLines.Token clock;      // control net of the first latch that names one
        private String clockType;
        private final List<BlifLines.Token> inputs = new ArrayList<>();   // declared in .inputs, added at the end
        private final Set<String> readByLogic = new java.util.HashSet<>();
        private dev.tmrkit.circuits.io.yosys.YosysSubckts subckts;
        private BlifLines.Token pendingType;        // a .subckt waiting for its .param lines
        private java.util.Map<String, String> pendingPins;
        private java.util.Map<String, String> pendingParams;
        private String subcktClock;         // clock net of the Yosys flip-flop subcircuits
        private String subcktClockEdge;
        private Location subcktClockAt;

        private final String requiredClock;
        private String droppedClock;

        Parse(String source, BlifLines lines, boolean undrivenAsInputs, String requiredClock) {
            this.requiredClock = requiredClock;
            this.source = source;
            this.lines = lines;
            this.undrivenAsInputs = undrivenAsInputs;
        }

        ClockedNetlist run() throws IOException {
            List<BlifLines.Token> tokens;
            while ((tokens = lines.next()) != null) {
                BlifLines.Token first = tokens.get(0);
                if (ended) {
                    throw error(first, "unexpected '" + first.text() + "' after .end; tmrkit reads one model per file");
                }
                if (first.text().startsWith(".")) {
                    directive(first.text().toLowerCase(Locale.ROOT), tokens);
                } else {
                    row(tokens);
                }
            }
            closeCover();
            closeSubckt();
            if (netlist != null) {
                declareInputs();
            }
            if (netlist == null || !netlist.hasPorts()) {
                throw new ParseException(source, 1, 1, "no .inputs or .outputs declarations: the text is empty or holds no"
                        + " ports; a BLIF model declares them with .inputs and .outputs");
            }
            return new ClockedNetlist(netlist.build(), java.util.Optional.ofNullable(droppedClock));
        }

        private void directive(String name, List<BlifLines.Token> tokens) {
            closeCover();
            if (name.equals(".param")) {
                param(tokens);
                return;
            }
            closeSubckt();
            if (name.equals(".model")) {
                if (netlist != null) {
                    throw error(tokens.get(0), "unexpected .model: it must come first and only once; tmrkit reads one"
                            + " flat model per file");
                }
                netlist = new NetlistAssembly(source, tokens.size() > 1 ? tokens.get(1).text()
                        : NetlistAssembly.stem(source), undrivenAsInputs);
                return;
            }
            if (netlist == null) {
                netlist = new NetlistAssembly(source, NetlistAssembly.stem(source), undrivenAsInputs);
            }
            switch (name) {
                case ".inputs":
                    inputs.addAll(tokens.subList(1, tokens.size()));
                    break;
                case ".outputs":
                    for (BlifLines.Token t : tokens.subList(1, tokens.size())) {
                        readByLogic.add(t.text());
                        netlist.output(t.text(), location(t));
                    }
                    break;
                case ".subckt":
                    subckt(tokens);
                    break;
                case ".names":
                    names(tokens);
                    break;
                case ".latch":
                    latch(tokens);
                    break;
                case ".end":
                    ended = true;
                    break;
                default:
                    if (!IGNORED.contains(name)) {
                        throw error(tokens.get(0), "unsupported directive '" + tokens.get(0).text() + "'; expected .model,"
                                + " .inputs, .outputs, .names, .latch, .subckt of a Yosys gate cell ($_AND_, $_DFF_P_, ...) or .end"
                                + " (hierarchical models and library-mapped .gate netlists are not supported)");
                    }
            }
        }

        private void names(List<BlifLines.Token> tokens) {
            if (tokens.size() < 2) {
                BlifLines.Token t = tokens.get(0);
                throw new ParseException(source, t.line(), t.column() + t.text().length(),
                        "expected '.names [inputs...] output', found no output net");
            }
            List<String> inputs = new ArrayList<>(tokens.size() - 2);
            for (BlifLines.Token t : tokens.subList(1, tokens.size() - 1)) {
                inputs.add(t.text());
                readByLogic.add(t.text());
                netlist.read(t.text(), t.line(), t.column());
            }
            BlifLines.Token out = tokens.get(tokens.size() - 1);
            cover = new BlifCover(source, out.text(), location(out), inputs);
        }

        private void row(List<BlifLines.Token> tokens) {
            BlifLines.Token first = tokens.get(0);
            char c = first.text().charAt(0);
            if (c != '0' && c != '1' && c != '-') {
                throw error(first, "unexpected '" + first.text() + "'; expected a directive such as .names or .latch,"
                        + " or a cover row of 0, 1 and -");
            }
            if (cover == null) {
                throw error(first, "cover row '" + first.text() + "' outside a .names block; rows must follow a"
                        + " '.names inputs... output' line");
            }
            cover.addRow(tokens);
        }

        private void closeCover() {
            if (cover != null) {
                cover.emit(netlist);
                cover = null;
            }
        }

        private void latch(List<BlifLines.Token> tokens) {
            if (tokens.size() < 3 || tokens.size() > 6) {
                BlifLines.Token t = tokens.get(Math.min(tokens.size(), 6) - 1);
                throw error(t, "expected '.latch input output [type control] [init]', found " + (tokens.size() - 1)
                        + " operand" + (tokens.size() == 2 ? "" : "s"));
            }
            BlifLines.Token d = tokens.get(1);
            BlifLines.Token q = tokens.get(2);
            if (tokens.size() >= 5) {
                checkClock(tokens.get(3), tokens.get(4));
            }
            char init = '3';
            if (tokens.size() == 4 || tokens.size() == 6) {
                BlifLines.Token t = tokens.get(tokens.size() - 1);
                if (!t.text().matches("[0-3]")) {
                    throw error(t, "expected the latch's initial value 0, 1, 2 or 3, found '" + t.text() + "'");
                }
                init = t.text().charAt(0);
            }
            netlist.read(d.text(), d.line(), d.column());
            readByLogic.add(d.text());
            Location at = location(q);
            if (init == '1') {
                String inverted = "$blif$" + q.text() + "$0";
                String state = "$blif$" + q.text() + "$1";
                netlist.gate(GateType.NOT, q.text(), List.of(state), at);
                netlist.gate(GateType.DFF, state, List.of(inverted), at);
                netlist.gate(GateType.NOT, inverted, List.of(d.text()), at);
            } else {
                netlist.gate(GateType.DFF, q.text(), List.of(d.text()), at);
            }
        }

        private void checkClock(BlifLines.Token type, BlifLines.Token control) {
            String t = type.text();
            if (t.equals("ah") || t.equals("al") || t.equals("as")) {
                throw error(type, "latch type '" + t + "' is " + (t.equals("as") ? "asynchronous" : "level-sensitive")
                        + "; tmrkit models only edge-triggered flip-flops (re, fe) on one clock");
            }
            if (!t.equals("re") && !t.equals("fe")) {
                throw error(type, "unknown latch type '" + t + "'; expected re, fe, ah, al or as");
            }
            if (control.text().equals("NIL")) {
                return;
            }
            if (clock == null) {
                clock = control;
                clockType = t;
            } else if (!clock.text().equals(control.text()) || !clockType.equals(t)) {
                throw error(control, "latch clocked by '" + t + " " + control.text() + "', but the latch at line "
                        + clock.line() + " is clocked by '" + clockType + " " + clock.text()
                        + "'; tmrkit models a single implicit clock");
            }
        }

        /** {@code .subckt TYPE port=net ...} for a Yosys internal cell: a gate, or a flip-flop on the one clock. */
        private void subckt(List<BlifLines.Token> tokens) {
            if (tokens.size() < 2) {
                throw error(tokens.get(0), "expected '.subckt TYPE port=net ...'");
            }
            BlifLines.Token type = tokens.get(1);
            if (!dev.tmrkit.circuits.io.yosys.YosysSubckts.isYosysCell(type.text())) {
                throw error(type, "subcircuit '" + type.text() + "' is not a Yosys gate cell ($_AND_, $_DFF_P_, ...) or a"
                        + " look-up table (LUT1..LUT6, SB_LUT4);"
                        + " hierarchical BLIF is not supported: flatten it first (yosys: flatten; techmap)");
            }
            java.util.Map<String, String> pins = new java.util.HashMap<>();
            for (BlifLines.Token t : tokens.subList(2, tokens.size())) {
                int eq = t.text().indexOf('=');
                if (eq <= 0 || eq == t.text().length() - 1) {
                    throw error(t, "expected port=net, found '" + t.text() + "'");
                }
                pins.put(t.text().substring(0, eq), t.text().substring(eq + 1));
            }
            pendingType = type;
            pendingPins = pins;
            pendingParams = new java.util.HashMap<>();
        }

        /** {@code .param NAME VALUE} after a {@code .subckt} (what {@code write_blif -param} writes): the cell's parameter. */
        private void param(List<BlifLines.Token> tokens) {
            if (pendingType == null) {
                throw error(tokens.get(0), ".param must follow the .subckt whose parameter it sets");
            }
            if (tokens.size() != 3) {
                throw error(tokens.get(0), "expected '.param NAME VALUE'");
            }
            String value = tokens.get(2).text();
            if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
                value = value.substring(1, value.length() - 1);
            }
            pendingParams.put(tokens.get(1).text(), value);
        }

        /** Emits the pending subcircuit, now that its parameters are known. */
        private void closeSubckt() {
            if (pendingType == null) {
                return;
            }
            BlifLines.Token type = pendingType;
            pendingType = null;
            if (subckts == null) {
                subckts = new dev.tmrkit.circuits.io.yosys.YosysSubckts(netlist);
            }
            subckts.emit(type.text(), pendingPins, pendingParams, location(type), this::subcktClock, net -> {
                readByLogic.add(net);
                netlist.read(net, type.line(), type.column());
            }, reason -> error(type, reason));
        }

        private void subcktClock(String net, char edge, Location at) {
            String e = net == null ? "the implicit clock" : (edge == 'P' ? "the rising edge of " : "the falling edge of ") + net;
            if (subcktClockEdge == null) {
                subcktClock = net;
                subcktClockEdge = e;
                subcktClockAt = at;
            } else if (!subcktClockEdge.equals(e)) {
                throw new ParseException(source, at.line(), at.column(), "flip-flop clocked by " + e + ", but the one at"
                        + " line " + subcktClockAt.line() + " by " + subcktClockEdge + "; tmrkit models a single implicit clock");
            }
        }

        /**
         * Declares the inputs, leaving out the clock: the net feeding every flip-flop subcircuit's clock pin, or the
         * control net of the latches, when the logic does not read it. A flip-flop clocked by a net the logic reads is
         * an error; a latch's control net that the logic reads stays an input, as it always did.
         */
        private void declareInputs() {
            String clockNet = subcktClock != null ? subcktClock : clock == null ? null : clock.text();
            checkRequiredClock(clockNet);
            if (subcktClock != null && readByLogic.contains(subcktClock)) {
                throw new ParseException(source, subcktClockAt.line(), subcktClockAt.column(), "the clock '" + subcktClock
                        + "' is also read by logic or an output; tmrkit models one implicit clock that the logic cannot see");
            }
            boolean dropped = false;
            for (BlifLines.Token t : inputs) {
                if (t.text().equals(clockNet) && !readByLogic.contains(clockNet) && !dropped) {
                    dropped = true;
                    droppedClock = clockNet;
                    continue;
                }
                netlist.input(t.text(), location(t));
            }
            if (subcktClock != null && !dropped) {
                throw new ParseException(source, subcktClockAt.line(), subcktClockAt.column(), "the clock '" + subcktClock
                        + "' is not a primary input; tmrkit models one clock that comes from outside");
            }
        }

        /** With --clock NAME: the flip-flops must be clocked by NAME. */
        private void checkRequiredClock(String clockNet) {
            if (requiredClock == null || requiredClock.equals(clockNet)) {
                return;
            }
            Location at = subcktClockAt != null ? subcktClockAt : clock != null ? location(clock) : new Location(1, 1);
            throw new ParseException(source, at.line(), at.column(), "--clock " + requiredClock + ": " + (clockNet == null
                    ? "no flip-flop names a clock net (no .latch with re/fe and a control net, no Yosys flip-flop subcircuit)"
                    : "'" + requiredClock + "' does not feed the flip-flops' clock; they are clocked by '" + clockNet + "'"));
        }

        private static Location location(BlifLines.Token t) {
            return new Location(t.line(), t.column());
        }

        private ParseException error(BlifLines.Token t, String reason) {
            return new ParseException(source, t.line(), t.column(), reason);
        }
    }
}
