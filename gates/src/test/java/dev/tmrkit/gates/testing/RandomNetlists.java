package dev.tmrkit.gates.testing;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Random well-formed netlists for property tests: pick a size, then for each gate pick a type and
 * earlier nets as inputs, so the combinational part is a DAG by construction. Sequential variants add
 * DFFs whose D input may be any net (closing loops only through flip-flops). Shared with the other
 * modules' tests through the test-jar.
 */
public final class RandomNetlists {
    private static final GateType[] COMBINATIONAL = {
        GateType.AND, GateType.OR, GateType.NAND, GateType.NOR, GateType.XOR, GateType.XNOR,
        GateType.NOT, GateType.BUF, GateType.CONST0, GateType.CONST1
    };

    private RandomNetlists() {
    }

    /** Combinational netlists with up to {@code maxInputs} inputs and {@code maxGates} gates. */
    public static Gen<Netlist> combinational(int maxInputs, int maxGates) {
        return SourceDSL.longs().all().map(seed -> generate(new SplittableRandom(seed), maxInputs, maxGates, 0));
    }

    /** Sequential netlists: as {@link #combinational} plus up to {@code maxDffs} flip-flops. */
    public static Gen<Netlist> sequential(int maxInputs, int maxGates, int maxDffs) {
        return SourceDSL.longs().all().map(seed -> generate(new SplittableRandom(seed), maxInputs, maxGates, maxDffs));
    }

    /** One random netlist from a seed; deterministic. */
    public static Netlist generate(SplittableRandom r, int maxInputs, int maxGates, int maxDffs) {
        NetlistBuilder b = Netlist.builder("random");
        List<String> nets = new ArrayList<>();
        int inputs = 1 + r.nextInt(maxInputs);
        for (int i = 0; i < inputs; i++) {
            String n = "i" + i;
            b.input(n);
            nets.add(n);
        }
        int dffs = maxDffs == 0 ? 0 : r.nextInt(maxDffs + 1);
        List<String> qs = new ArrayList<>();
        for (int i = 0; i < dffs; i++) {
            String q = "q" + i;
            qs.add(q);
            nets.add(q);
        }
        int gates = 1 + r.nextInt(maxGates);
        for (int g = 0; g < gates; g++) {
            GateType t = COMBINATIONAL[r.nextInt(COMBINATIONAL.length)];
            int arity = t.isConstant() ? 0 : t.maxInputs() == 1 ? 1 : 2 + r.nextInt(3);
            String[] ins = new String[arity];
            for (int k = 0; k < arity; k++) {
                // prefer recent nets so circuits get deep, but reach back anywhere
                int idx = r.nextInt(3) == 0 ? r.nextInt(nets.size()) : Math.max(0, nets.size() - 1 - r.nextInt(Math.min(nets.size(), 6)));
                ins[k] = nets.get(idx);
            }
            String out = "n" + g;
            b.gate(t, out, ins);
            nets.add(out);
        }
        for (String q : qs) {
            b.dff(q, nets.get(r.nextInt(nets.size())));
        }
        int outputs = 1 + r.nextInt(Math.min(4, nets.size()));
        for (int k = 0; k < outputs; k++) {
            // mostly late nets, sometimes an input or a flip-flop output directly
            String o = r.nextInt(4) == 0 ? nets.get(r.nextInt(nets.size())) : nets.get(nets.size() - 1 - r.nextInt(Math.min(nets.size(), 3)));
            b.output(o);
        }
        return b.build();
    }
}
