package dev.tmrkit.circuits.io.aiger;

import dev.tmrkit.circuits.io.NetlistAssembly;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import dev.tmrkit.gates.Netlist;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed AIG into gates: one AND gate per AIGER AND, one NOT gate per variable that is read inverted
 * (shared by all its readers), a CONST0 or CONST1 gate for the constant literals, one DFF per latch, and a BUF
 * where an output's name cannot simply name the net it reads.
 *
 * <p>Names. Inputs and latches take their symbol; an output's symbol names the net it reads when that net has
 * no name yet (an AND gate, an inverter or a constant), else a BUF of that name drives the output. Every net
 * without a symbol is {@code $aig$} followed by its AIGER literal: {@code $aig$12} is variable 6,
 * {@code $aig$13} its inverter, {@code $aig$0} and {@code $aig$1} the constants. Symbols may not start with
 * {@code $aig$}, so generated names never collide with given ones.
 *
 * <p>Latch resets: 0 (the default) is tmrkit's DFF reset; an uninitialized latch starts at 0 too (as BLIF's
 * initial value 3 does); reset 1 is kept exactly by storing the complement: the latch's net is
 * {@code NOT($aig$<lit>$init1)} and {@code $aig$<lit>$init1} is a DFF of the negated next state.
 */
final class AigerNetlist {
    /** The namespace of generated nets. */
    static final String PREFIX = "$aig$";
    private static final int UNDEFINED = 0;
    private static final int INPUT = 1;
    private static final int LATCH = 2;
    private static final int AND = 3;

    private final AigerParser aig;
    private final AigerInput in;
    private final NetlistAssembly netlist;
    private final boolean undrivenAsInputs;
    /** Per variable: what defines it, and the name of its positive and negative literal (null until known). */
    private final byte[] kind;
    private final String[] positive;
    private final String[] negative;
    private final boolean[] emitted;

    AigerNetlist(AigerParser aig, AigerInput in, NetlistAssembly netlist, boolean undrivenAsInputs) {
        this.aig = aig;
        this.in = in;
        this.netlist = netlist;
        this.undrivenAsInputs = undrivenAsInputs;
        int vars = aig.maxVar + 1;
        this.kind = new byte[vars];
        this.positive = new String[vars];
        this.negative = new String[vars];
        this.emitted = new boolean[vars * 2];
    }

    Netlist build() {
        for (int k = 0; k < aig.inputLit.length; k++) {
            define(aig.inputLit[k], INPUT, aig.inputName[k]);
        }
        for (int k = 0; k < aig.latchLit.length; k++) {
            define(aig.latchLit[k], LATCH, aig.latchName[k]);
        }
        for (int lhs : aig.andLhs) {
            kind[lhs >> 1] = AND;
        }
        checkDefined();
        String[] outputNet = nameOutputs();
        for (int k = 0; k < aig.inputLit.length; k++) {
            netlist.input(positive[aig.inputLit[k] >> 1], AigerInput.location(aig.inputAt[k]));
        }
        for (int k = 0; k < aig.andLhs.length; k++) {
            Location at = AigerInput.location(aig.andAt[k]);
            int var = aig.andLhs[k] >> 1;
            if (positive[var] == null) {
                positive[var] = PREFIX + aig.andLhs[k];
            }
            netlist.gate(GateType.AND, positive[var], List.of(name(aig.andRhs0[k], at), name(aig.andRhs1[k], at)), at);
        }
        for (int k = 0; k < aig.latchLit.length; k++) {
            latch(k);
        }
        for (int k = 0; k < outputNet.length; k++) {
            netlist.output(outputNet[k], AigerInput.location(aig.outputAt[k]));
        }
        try {
            return netlist.build();
        } catch (ParseException e) {
            throw in.isBinary() ? withByteOffsets(e) : e;
        }
    }

    /** The builder's problems, restated with the byte offsets that binary positions stand for. */
    private static ParseException withByteOffsets(ParseException e) {
        List<ParseException.Diagnostic> out = new ArrayList<>();
        for (ParseException.Diagnostic d : e.diagnostics()) {
            out.add(d.line() == 1 ? new ParseException.Diagnostic(1, d.column(), d.reason() + " (byte " + (d.column() - 1) + ")") : d);
        }
        return new ParseException(e.source(), out);
    }

    private void define(int lit, int what, String symbol) {
        kind[lit >> 1] = (byte) what;
        positive[lit >> 1] = symbol != null ? symbol : PREFIX + lit;
    }

    /** Every literal read must belong to a constant, an input, a latch or an AND gate (unless undriven nets become inputs). */
    private void checkDefined() {
        if (undrivenAsInputs) {
            return;
        }
        for (int k = 0; k < aig.latchLit.length; k++) {
            checkDefined(aig.latchNext[k], aig.latchAt[k], "the next state of latch " + k);
        }
        for (int k = 0; k < aig.outputLit.length; k++) {
            checkDefined(aig.outputLit[k], aig.outputAt[k], "output " + k);
        }
        for (int k = 0; k < aig.andLhs.length; k++) {
            checkDefined(aig.andRhs0[k], aig.andAt[k], "the first input of AND gate " + k);
            checkDefined(aig.andRhs1[k], aig.andAt[k], "the second input of AND gate " + k);
        }
    }

    private void checkDefined(int lit, long at, String what) {
        if (lit > 1 && kind[lit >> 1] == UNDEFINED) {
            throw in.error(at, what + " reads literal " + lit + ", but variable " + (lit >> 1)
                    + " is not an input, a latch or an AND gate");
        }
    }

    /** Output names: a symbol names the net it reads when that net has no name yet; else a BUF carries it. */
    private String[] nameOutputs() {
        String[] net = new String[aig.outputLit.length];
        List<Integer> buffered = new ArrayList<>();
        for (int k = 0; k < net.length; k++) {
            String symbol = aig.outputName[k];
            int lit = aig.outputLit[k];
            int var = lit >> 1;
            if (symbol == null) {
                continue;
            }
            boolean inverted = (lit & 1) == 1;
            if (inverted && negative[var] == null) {
                negative[var] = symbol;
            } else if (!inverted && positive[var] == null && (kind[var] == AND || var == 0)) {
                positive[var] = symbol;
            } else if (!symbol.equals(inverted ? negative[var] : positive[var])) {
                buffered.add(k);
            }
            net[k] = symbol;
        }
        for (int k : buffered) {
            Location at = AigerInput.location(aig.outputNameAt[k]);
            netlist.gate(GateType.BUF, aig.outputName[k], List.of(name(aig.outputLit[k], at)), at);
        }
        for (int k = 0; k < net.length; k++) {
            String read = name(aig.outputLit[k], AigerInput.location(aig.outputAt[k])); // emits its gate if needed
            if (net[k] == null) {
                net[k] = read;
            }
        }
        return net;
    }

    /**
     * The net of a literal, creating the gate behind it on first use: the constant for literals 0 and 1, the
     * shared inverter for other odd literals. {@code at} locates the first reader.
     */
    private String name(int lit, Location at) {
        int var = lit >> 1;
        boolean inverted = (lit & 1) == 1;
        if (var == 0) {
            String[] names = inverted ? negative : positive;
            if (names[0] == null) {
                names[0] = PREFIX + lit;
            }
            if (!emitted[lit]) {
                emitted[lit] = true;
                netlist.gate(inverted ? GateType.CONST1 : GateType.CONST0, names[0], List.of(), at);
            }
            return names[0];
        }
        if (positive[var] == null) {
            positive[var] = PREFIX + (lit & ~1);
        }
        if (!inverted) {
            netlist.read(positive[var], at.line(), at.column());
            return positive[var];
        }
        if (negative[var] == null) {
            negative[var] = PREFIX + lit;
        }
        if (!emitted[lit]) {
            emitted[lit] = true;
            netlist.read(positive[var], at.line(), at.column());
            netlist.gate(GateType.NOT, negative[var], List.of(positive[var]), at);
        }
        return negative[var];
    }

    private void latch(int k) {
        int lit = aig.latchLit[k];
        Location at = AigerInput.location(aig.latchAt[k]);
        String q = positive[lit >> 1];
        if (aig.latchReset[k] == 1) {
            String state = PREFIX + lit + "$init1";
            netlist.gate(GateType.NOT, q, List.of(state), at);
            netlist.gate(GateType.DFF, state, List.of(name(aig.latchNext[k] ^ 1, at)), at);
        } else {
            netlist.gate(GateType.DFF, q, List.of(name(aig.latchNext[k], at)), at);
        }
    }
}
