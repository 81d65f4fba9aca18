package dev.tmrkit.stateful.compare;

import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.measure.LagStats;
import dev.tmrkit.stateful.check.Membership;
import dev.tmrkit.stateful.check.Outcome;
import dev.tmrkit.stateful.protocol.View;
import dev.tmrkit.stateful.run.Cluster;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.List;

/**
 * One run's operations by the {@link Situation} each met while it was open: the unavailable ones (no
 * usable answer) split into reads and writes, the reads the checker found outside its bounds, and the
 * latency of the answered ones, calm against the rest.
 *
 * @param unavailableReads  per situation (in {@link Situation} order), reads without a usable answer
 * @param unavailableWrites per situation, writes refused or timed out
 * @param wrongReads        per situation, answered reads below the acknowledged or above the attempted
 * @param calmLatency       latency of the answered operations that met no fault
 * @param faultLatency      latency of the answered operations that met one
 */
public record Attribution(long[] unavailableReads, long[] unavailableWrites, long[] wrongReads, LagStats calmLatency,
                          LagStats faultLatency) {
    /** Attributes the operations of {@code run}. */
    public static Attribution of(Cluster.Observed run) {
        History h = run.history();
        List<Fault> faults = run.result().faults().faults();
        Membership m = run.membership();
        long timeout = run.result().scenario().timing().opTimeout();
        int n = Situation.values().length;
        long[] reads = new long[n];
        long[] writes = new long[n];
        long[] wrong = new long[n];
        long[] calm = new long[h.size()];
        long[] faulted = new long[h.size()];
        int calmCount = 0;
        int faultCount = 0;
        long[] bounds = bounds(run);
        for (int i = 0; i < h.size(); i++) {
            long from = h.invoked(i);
            long to = h.completed(i) == History.NEVER ? from + timeout : h.completed(i);
            Situation s = situation(m, faults, from, to);
            boolean read = h.kind(i) == History.Kind.READ;
            if (h.outcome(i) == Outcome.OK) {
                if (s == Situation.CALM) {
                    calm[calmCount++] = h.completed(i) - from;
                } else {
                    faulted[faultCount++] = h.completed(i) - from;
                }
                if (read && (h.value(i) < bounds[2 * i] || h.value(i) > bounds[2 * i + 1])) {
                    wrong[s.ordinal()]++;
                }
            } else if (read) {
                reads[s.ordinal()]++;
            } else {
                writes[s.ordinal()]++;
            }
        }
        return new Attribution(reads, writes, wrong, LagStats.of(calm, calmCount), LagStats.of(faulted, faultCount));
    }

    /** Every read's bounds [lower, upper] as the checker judges them, interleaved. */
    private static long[] bounds(Cluster.Observed run) {
        History h = run.history();
        dev.tmrkit.stateful.check.CounterChecker.Bounds b = dev.tmrkit.stateful.check.CounterChecker.bounds(h);
        long[] out = new long[2 * h.size()];
        for (int i = 0; i < h.size(); i++) {
            out[2 * i] = b.lower()[i];
            out[2 * i + 1] = b.upper()[i];
        }
        return out;
    }

    /** What an operation open during {@code [from, to]} met. */
    static Situation situation(Membership m, List<Fault> faults, long from, long to) {
        View v = m.viewAt(from);
        if (v.leader() >= 0 && crashed(faults, v.leader(), from, to)) {
            return Situation.LEADER_DOWN;
        }
        if (m.reconfiguring(from, to)) {
            return Situation.RECONFIGURING;
        }
        for (int member : v.members()) {
            if (crashed(faults, member, from, to)) {
                return Situation.MEMBER_DOWN;
            }
        }
        for (Fault f : faults) {
            if (!(f instanceof Fault.Crash) && !(f instanceof Fault.Flip) && !(f instanceof Fault.Pause) && overlaps(f, from, to) && touches(f, v)) {
                return Situation.NETWORK_OR_CLOCK;
            }
        }
        return Situation.CALM;
    }

    private static boolean crashed(List<Fault> faults, int node, long from, long to) {
        for (Fault f : faults) {
            if (f instanceof Fault.Crash c && c.node() == node && c.at() <= to && (!c.recovers() || c.recoverAt() > from)) {
                return true;
            }
            if (f instanceof Fault.Pause x && x.node() == node && x.at() <= to && x.to() > from) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Fault f, long from, long to) {
        return f.at() <= to && end(f) > from;
    }

    private static long end(Fault f) {
        if (f instanceof Fault.Partition p) {
            return p.to();
        } else if (f instanceof Fault.Omission o) {
            return o.to();
        } else if (f instanceof Fault.Skew k) {
            return k.to();
        }
        return f.at();
    }

    private static boolean touches(Fault f, View v) {
        if (f instanceof Fault.Omission o) {
            return v.isMember(o.node());
        } else if (f instanceof Fault.Skew k) {
            return v.isMember(k.node());
        }
        return true;
    }

    /** The unavailable operations of every situation together. */
    public long unavailable() {
        long n = 0;
        for (int i = 0; i < unavailableReads.length; i++) {
            n += unavailableReads[i] + unavailableWrites[i];
        }
        return n;
    }
}
