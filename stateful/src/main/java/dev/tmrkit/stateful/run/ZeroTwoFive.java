package dev.tmrkit.stateful.run;

import dev.tmrkit.stateful.protocol.Mode;
import dev.tmrkit.stateful.protocol.Msg;
import dev.tmrkit.stateful.protocol.Op;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.run.scenario.Workload;
import dev.tmrkit.stateful.sim.engine.TraceListener;
import java.util.ArrayList;
import java.util.List;

/**
 * The chapter's example run, 0 → 2 → 5: one client increments by 2, then by 3, then reads, on a
 * fault-free single-leader synchronous cluster; once with state-based and once with log-based
 * replication, recording what the leader sends to a follower in each.
 */
public final class ZeroTwoFive {
    private ZeroTwoFive() {
    }

    /** One mode's run: what the leader shipped to n1, in order, and what the read returned. */
    public record Run(Mode mode, List<String> shipped, long read) {
        public Run {
            shipped = List.copyOf(shipped);
        }
    }

    /** Both runs on {@code seed}. */
    public static List<Run> run(long seed) {
        List<Run> out = new ArrayList<>();
        for (Mode mode : List.of(Mode.STATE, Mode.LOG)) {
            List<String> shipped = new ArrayList<>();
            TraceListener listener = new TraceListener() {
                @Override
                public void event(dev.tmrkit.stateful.sim.engine.TraceEvent e) {
                }

                @Override
                public void sent(long time, String from, String to, Object message, int copies) {
                    if (from.equals("n0") && to.equals("n1")) {
                        if (message instanceof Msg.State s) {
                            shipped.add("state: value " + s.value() + ", version " + s.version());
                        } else if (message instanceof Msg.Entry e) {
                            Op op = Op.ofCode(e.code());
                            shipped.add("operation: " + (op instanceof Op.Increment i ? "increment(" + i.amount() + ")" : "reset"));
                        }
                    }
                }
            };
            SimulatedCounter c = new SimulatedCounter(Scenario.builder().mode(mode).idempotent(mode == Mode.LOG).seed(seed)
                    .workload(Workload.DEFAULT.withClients(1)).build(), listener);
            c.increment(2);
            c.idle(10_000);
            c.increment(3);
            c.idle(10_000);
            out.add(new Run(mode, shipped, c.read().value()));
        }
        return out;
    }
}
