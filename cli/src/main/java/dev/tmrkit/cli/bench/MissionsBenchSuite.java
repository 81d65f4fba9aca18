package dev.tmrkit.cli.bench;

import dev.tmrkit.stateful.mission.Configuration;
import dev.tmrkit.stateful.mission.MissionSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Monte Carlo missions: missions per second of 10,000-mission runs of TMR (3 replicas), on one thread and
 * on the run's threads, and the time of one such run against the goal of 10 s. TMR with repair
 * (μ = 100λ, about a hundred events per mission) shows what a longer mission costs.
 */
final class MissionsBenchSuite implements BenchSuite {
    /** Missions per measured run: the goal is stated for this many. */
    static final int MISSIONS = 10_000;
    /** The goal: 10,000 missions of 3 replicas in at most this many seconds. */
    static final double GOAL_SECONDS = 10;
    /** Each measured run repeats whole 10,000-mission runs for at least this long. */
    static final long MIN_NANOS = 200_000_000L;

    private static final double LAMBDA = 1e-3;
    private static final List<Double> TIMES = List.of(100.0, 1000.0);

    @Override
    public String name() {
        return "missions";
    }

    @Override
    public String description() {
        return "Monte Carlo missions of 3 replicas (TMR): missions/s of 10,000-mission runs; goal: 10,000 missions in ≤ 10 s";
    }

    @Override
    public List<BenchRow> run(BenchContext context) throws Exception {
        return run(context, MIN_NANOS);
    }

    List<BenchRow> run(BenchContext context, long minNanos) throws Exception {
        Measurement m = context.measurement();
        List<BenchRow> rows = new ArrayList<>();
        Measurement.Result one = rate(Configuration.tmr(), 1, context.seed(), m, minNanos);
        rows.add(rate("TMR, 1 thread", one, null, null, goalRate()));
        rows.add(time("TMR, 1 thread", one));
        if (context.threads() > 1) {
            Measurement.Result many = rate(Configuration.tmr(), context.threads(), context.seed(), m, minNanos);
            String subject = "TMR, " + context.threads() + " threads";
            rows.add(rate(subject, many, many.median() / one.median(), "TMR, 1 thread", goalRate()));
            rows.add(time(subject, many));
        }
        Measurement.Result repair = rate(Configuration.tmrWithRepair(100 * LAMBDA), 1, context.seed(), m, minNanos);
        rows.add(rate("TMR with repair (μ = 100λ), 1 thread", repair, repair.median() / one.median(), "TMR, 1 thread", null));
        rows.add(time("TMR with repair (μ = 100λ), 1 thread", repair));
        return rows;
    }

    private static Measurement.Result rate(Configuration c, int threads, long seed, Measurement m, long minNanos)
            throws Exception {
        MissionSimulator sim = new MissionSimulator(c, LAMBDA);
        long[] sink = new long[1];
        return Measurement.measure(() -> {
            sink[0] += sim.run(MISSIONS, TIMES, seed, threads).survival().get(0).alive();
            return MISSIONS;
        }, m.warmups(), m.runs(), minNanos);
    }

    private BenchRow rate(String subject, Measurement.Result r, Double ratio, String baseline, String goal) {
        return new BenchRow(name(), subject + ", 10,000-mission runs", "missions per second", "missions/s",
                r.median(), r.min(), r.max(), ratio, baseline, goal, goal == null ? null : r.median() >= MISSIONS / GOAL_SECONDS);
    }

    /** Seconds per 10,000 missions: the fastest run gives the smallest time. */
    private BenchRow time(String subject, Measurement.Result r) {
        return new BenchRow(name(), subject, "time for 10,000 missions", "s", MISSIONS / r.median(),
                MISSIONS / r.max(), MISSIONS / r.min(),
                null, null, "≤ 10 s", MISSIONS / r.median() <= GOAL_SECONDS);
    }

    private static String goalRate() {
        return "≥ 1,000 missions/s (10,000 in ≤ 10 s)";
    }
}
