package dev.tmrkit.cli.bench;

import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.run.Cluster;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.Context;
import dev.tmrkit.stateful.sim.Digest;
import dev.tmrkit.stateful.sim.Message;
import dev.tmrkit.stateful.sim.NetworkSettings;
import dev.tmrkit.stateful.sim.Node;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.Timer;
import dev.tmrkit.stateful.sim.engine.Simulator;
import dev.tmrkit.stateful.sim.fault.Fault;
import dev.tmrkit.stateful.sim.fault.FaultSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The replica simulator's benchmark: simulated events per second on one thread for the default scenario
 * with static and with dynamic redundancy, the simulation alone and the whole run (simulate, check,
 * measure), against the goal of 5·10⁶, beside the bare simulator core (two nodes bouncing one message).
 * Each row comes from one small method; add a row by adding a method and a line to {@link #run}.
 */
final class ReplicasBenchSuite implements BenchSuite {
    static final double GOAL = 5e6;
    private static final long SIMULATED = 300 * Time.S;

    @Override
    public String name() {
        return "replicas";
    }

    @Override
    public String description() {
        return "replica simulator: simulated events per second on one thread (goal >= 5e6)";
    }

    @Override
    public List<BenchRow> run(BenchContext context) throws Exception {
        List<BenchRow> rows = new ArrayList<>();
        BenchRow core = core(context);
        rows.add(core);
        for (Redundancy r : Redundancy.values()) {
            Scenario s = scenario(r, context.seed());
            rows.add(simulation(context, core, s, subject(r)));
            rows.add(wholeRun(context, core, s, subject(r)));
        }
        return rows;
    }

    /** The default scenario simulated for 300 s; dynamic redundancy also loses its leader and suffers a flip. */
    private static Scenario scenario(Redundancy r, long seed) {
        Scenario.Builder b = Scenario.builder().redundancy(r).duration(SIMULATED).seed(seed);
        if (r == Redundancy.DYNAMIC) {
            b.faults(List.of(Fault.Crash.stop(0, 100 * Time.S), new Fault.Flip(1, 200 * Time.S, 4)));
        }
        return b.build();
    }

    private static String subject(Redundancy r) {
        return r == Redundancy.STATIC ? "static: single-leader sync state-based, 3 replicas, 300 ops/s, 300 s simulated"
                : "dynamic: the same with heartbeats and a view service; leader crash at 100 s, flip at 200 s";
    }

    /** The simulation alone: events processed by the simulator. */
    private static BenchRow simulation(BenchContext context, BenchRow core, Scenario s, String subject) throws Exception {
        Measurement.Result m = context.measurement().rate(() -> Cluster.simulate(s).events());
        return row(subject, "simulated events/s (simulation)", m, core);
    }

    /** A whole run: simulation, then the checker, lag, threshold monitor and other metrics. */
    private static BenchRow wholeRun(BenchContext context, BenchRow core, Scenario s, String subject) throws Exception {
        Measurement.Result m = context.measurement().rate(() -> Cluster.run(s).events());
        return row(subject, "simulated events/s (whole run: simulate, check, measure)", m, core);
    }

    private static BenchRow row(String subject, String measure, Measurement.Result m, BenchRow core) {
        return new BenchRow("replicas", subject, measure, "events/s", m.median(), m.min(), m.max(),
                String.format(Locale.ROOT, "%.2f of core", m.median() / core.median()),
                String.format(Locale.ROOT, ">= %.0e: %s", GOAL, m.median() >= GOAL ? "met" : "NOT met"));
    }

    /** The simulator core alone: two nodes bouncing one message, 10^6 deliveries per run. */
    private static BenchRow core(BenchContext context) throws Exception {
        Measurement.Result m = context.measurement().rate(() -> {
            Simulator sim = new Simulator(NetworkSettings.DEFAULT, FaultSchedule.NONE, new SplittableRandom(context.seed()));
            sim.add("a", new Bouncer(1), null);
            sim.add("b", new Bouncer(0), null);
            sim.run(Long.MAX_VALUE);
            return sim.events();
        });
        return new BenchRow("replicas", "simulator core: two nodes bouncing a message 10^6 times", "events/s", "events/s",
                m.median(), m.min(), m.max(), "1 (baseline)", "");
    }

    private record Ball(long hops) implements Message {
        public long digest() {
            return Digest.of(1, hops);
        }
    }

    /** Sends the ball back until it has made a million hops. */
    private static final class Bouncer implements Node {
        private final int peer;

        Bouncer(int peer) {
            this.peer = peer;
        }

        @Override
        public void onStart(Context ctx) {
            if (ctx.self() == 0) {
                ctx.send(peer, new Ball(0));
            }
        }

        @Override
        public void onMessage(Context ctx, int from, Message message) {
            long hops = ((Ball) message).hops();
            if (hops < 1_000_000) {
                ctx.send(peer, new Ball(hops + 1));
            }
        }

        @Override
        public void onTimer(Context ctx, Timer timer) {
        }
    }
}
