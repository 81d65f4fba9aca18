package dev.tmrkit.circuits.tmr;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import dev.tmrkit.gates.NetlistBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The mismatch detector: for each compared net {@code n} the disagreement of its replicas
 * {@code (a ⊕ b) ∨ (b ⊕ c)} (zero exactly when all three agree), ORed over every compared net into
 * {@link TmrNames#MISMATCH} through a tree of OR gates of at most {@value #FAN_IN} inputs. With nothing to
 * compare the output is a constant 0.
 */
final class MismatchLogic {
    /** The widest OR gate of the tree. */
    static final int FAN_IN = 8;

    private MismatchLogic() {
    }

    /**
     * Adds the detector for the replicas {@code $tmr$X$n} of every net {@code n} of {@code nets} to {@code b};
     * the caller declares the output.
     *
     * @return the number of gates added
     */
    static int build(NetlistBuilder b, List<String> nets) {
        if (nets.isEmpty()) {
            b.gate(GateType.CONST0, TmrNames.MISMATCH);
            return 1;
        }
        int gates = 0;
        List<String> level = new ArrayList<>();
        for (String n : nets) {
            String a = TmrNames.replica(Replica.A, n);
            String bb = TmrNames.replica(Replica.B, n);
            String c = TmrNames.replica(Replica.C, n);
            level.add(TmrNames.diff(n, "ab"));
            level.add(TmrNames.diff(n, "bc"));
            b.gate(GateType.XOR, TmrNames.diff(n, "ab"), a, bb);
            b.gate(GateType.XOR, TmrNames.diff(n, "bc"), bb, c);
            gates += 2;
        }
        int node = 0;
        while (level.size() > FAN_IN) {
            List<String> next = new ArrayList<>();
            for (int from = 0; from < level.size(); from += FAN_IN) {
                List<String> group = level.subList(from, Math.min(level.size(), from + FAN_IN));
                if (group.size() == 1) {
                    next.add(group.get(0));
                    continue;
                }
                String out = TmrNames.mismatchNode(node++);
                b.gate(GateType.OR, out, group, Location.NONE);
                gates++;
                next.add(out);
            }
            level = next;
        }
        b.gate(GateType.OR, TmrNames.MISMATCH, level, Location.NONE);
        return gates + 1;
    }
}
