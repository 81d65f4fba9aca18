package dev.tmrkit.stateful.sim.fault;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** The faults of one run, listed; the same schedule can drive several configurations (static and dynamic). */
public record FaultSchedule(List<Fault> faults) {
    /** No faults. */
    public static final FaultSchedule NONE = new FaultSchedule(List.of());

    public FaultSchedule {
        faults = faults.stream().sorted(Comparator.comparingLong(Fault::at)).toList();
    }

    /** This schedule and {@code more}. */
    public FaultSchedule plus(List<? extends Fault> more) {
        List<Fault> all = new ArrayList<>(faults);
        all.addAll(more);
        return new FaultSchedule(all);
    }

    /** This schedule with every {@link Fault.Flip#ANY_BIT} replaced by a bit drawn from {@code [0, bits)}, in order. */
    public FaultSchedule withBitsDrawn(SplittableRandom random, int bits) {
        List<Fault> out = new ArrayList<>();
        for (Fault f : faults) {
            out.add(f instanceof Fault.Flip x && x.bit() == Fault.Flip.ANY_BIT
                    ? new Fault.Flip(x.node(), x.at(), random.nextInt(bits)) : f);
        }
        return new FaultSchedule(out);
    }

    /**
     * Checks that every node a fault names exists among {@code nodes} ids.
     *
     * @throws IllegalArgumentException naming the first fault that does not fit
     */
    public void validate(int nodes) {
        for (Fault f : faults) {
            if (f instanceof Fault.Skew k) {
                for (Fault g : faults) {
                    if (g != f && g instanceof Fault.Skew o && o.node() == k.node() && o.at() < k.to() && k.at() < o.to()) {
                        throw new IllegalArgumentException("skews " + k + " and " + o + " of the same node overlap");
                    }
                }
            }
            for (int n : nodesOf(f)) {
                if (n >= nodes) {
                    throw new IllegalArgumentException("fault " + f + " names node " + n + ", but the replicas and spares are 0.." + (nodes - 1));
                }
            }
        }
    }

    private static List<Integer> nodesOf(Fault f) {
        if (f instanceof Fault.Crash c) {
            return List.of(c.node());
        } else if (f instanceof Fault.Omission o) {
            return List.of(o.node());
        } else if (f instanceof Fault.Flip x) {
            return List.of(x.node());
        } else if (f instanceof Fault.Skew k) {
            return List.of(k.node());
        } else if (f instanceof Fault.Pause x) {
            return List.of(x.node());
        } else {
            return ((Fault.Partition) f).groups().stream().flatMap(List::stream).toList();
        }
    }
}
