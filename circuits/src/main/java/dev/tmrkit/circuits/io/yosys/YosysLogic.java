package dev.tmrkit.circuits.io.yosys;

import dev.tmrkit.circuits.io.NetlistAssembly;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emits the gates of a Yosys module into a {@link NetlistAssembly}, inventing names that cannot collide with
 * the design's own: every generated net starts with {@code $yosys$}, and if a design happens to use such a
 * name already, a numeric suffix keeps the generated one distinct. Constants and inverters are shared (one
 * CONST0, one CONST1, one NOT per inverted net); multiplexers with constant inputs fold to single gates.
 */
final class YosysLogic {
    /** The namespace of generated nets. */
    static final String PREFIX = "$yosys$";

    private final NetlistAssembly netlist;
    private final Set<String> taken;
    private final Map<String, String> inverted = new HashMap<>();
    private String const0;
    private String const1;
    private boolean const0Emitted;
    private boolean const1Emitted;

    /** {@code taken} holds every name the design uses; generated names are added to it. */
    YosysLogic(NetlistAssembly netlist, Set<String> taken) {
        this.netlist = netlist;
        this.taken = taken;
    }

    /** {@code PREFIX + hint}, or with a suffix {@code $2}, {@code $3}, ... if that is taken; reserved from now on. */
    String fresh(String hint) {
        String name = PREFIX + hint;
        for (int k = 2; !taken.add(name); k++) {
            name = PREFIX + hint + "$" + k;
        }
        return name;
    }

    /**
     * The net of a constant bit. Its CONST gate is only emitted once a gate reads it, so constants that
     * {@link #mux} folds away leave nothing behind.
     */
    String constant(boolean one, Location at) {
        if (one) {
            if (const1 == null) {
                const1 = fresh("const1");
            }
            return const1;
        }
        if (const0 == null) {
            const0 = fresh("const0");
        }
        return const0;
    }

    private void emitConstants(List<String> inputs, Location at) {
        for (String in : inputs) {
            boolean one = in.equals(const1);
            if ((one || in.equals(const0)) && !(one ? const1Emitted : const0Emitted)) {
                netlist.gate(one ? GateType.CONST1 : GateType.CONST0, in, List.of(), at);
                if (one) {
                    const1Emitted = true;
                } else {
                    const0Emitted = true;
                }
            }
        }
    }

    private boolean isConstant(String net, boolean one) {
        return net.equals(one ? const1 : const0);
    }

    /** The shared inverse of {@code net}: the other constant, or one NOT gate per net. */
    String not(String net, Location at) {
        if (isConstant(net, false) || isConstant(net, true)) {
            return constant(isConstant(net, false), at);
        }
        String name = inverted.get(net);
        if (name == null) {
            name = fresh(net + "$not");
            inverted.put(net, name);
            gate(GateType.NOT, name, List.of(net), at);
        }
        return name;
    }

    /** A gate driving {@code out}. */
    void gate(GateType type, String out, List<String> inputs, Location at) {
        emitConstants(inputs, at);
        netlist.gate(type, out, inputs, at);
    }

    /** A gate driving a new net named after {@code hint}; returns that net. */
    String fresh(GateType type, String hint, List<String> inputs, Location at) {
        String out = fresh(hint);
        gate(type, out, inputs, at);
        return out;
    }

    /**
     * {@code out = s ? b : a} (Yosys's {@code $_MUX_}), as one gate when an input is constant or both data inputs
     * are the same net, else as {@code OR(AND(a, NOT s), AND(b, s))}.
     */
    void mux(String out, String a, String b, String s, Location at) {
        if (a.equals(b) || isConstant(s, false)) {
            gate(GateType.BUF, out, List.of(a), at);
        } else if (isConstant(s, true)) {
            gate(GateType.BUF, out, List.of(b), at);
        } else if (isConstant(a, false) && isConstant(b, true)) {
            gate(GateType.BUF, out, List.of(s), at);
        } else if (isConstant(a, true) && isConstant(b, false)) {
            gate(GateType.NOT, out, List.of(s), at);
        } else if (isConstant(a, false)) {
            gate(GateType.AND, out, List.of(s, b), at);
        } else if (isConstant(b, false)) {
            gate(GateType.AND, out, List.of(a, not(s, at)), at);
        } else if (isConstant(a, true)) {
            gate(GateType.OR, out, List.of(not(s, at), b), at);
        } else if (isConstant(b, true)) {
            gate(GateType.OR, out, List.of(a, s), at);
        } else {
            String whenLow = fresh(GateType.AND, out + "$a", List.of(a, not(s, at)), at);
            String whenHigh = fresh(GateType.AND, out + "$b", List.of(b, s), at);
            gate(GateType.OR, out, List.of(whenLow, whenHigh), at);
        }
    }
}
