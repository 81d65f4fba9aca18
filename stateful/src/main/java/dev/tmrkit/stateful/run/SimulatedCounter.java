package dev.tmrkit.stateful.run;

import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.check.Outcome;
import dev.tmrkit.stateful.protocol.Op;
import dev.tmrkit.stateful.protocol.Tick;
import dev.tmrkit.stateful.run.scenario.Scenario;

/**
 * A client library over a simulated replicated counter: each call hands the operation to client 0 of a
 * cluster wired from a {@link Scenario} (its topology, replication, faults, network and seed; its
 * workload is not issued), runs the simulation until the operation completed or timed out, and returns
 * the result. The replicas, their votes, quorums, retries and elections stay hidden behind the
 * {@link ReplicatedCounter} interface. Not thread-safe; deterministic per seed.
 */
public final class SimulatedCounter implements ReplicatedCounter {
    /** How far the simulation runs at a time while waiting for an answer. */
    private static final long STEP = 100;

    private final Cluster.Wired wired;
    private final int client;
    private long now;

    /** A library over the cluster of {@code s}. */
    public SimulatedCounter(Scenario s) {
        this(s, null);
    }

    /** As above, reporting every event and message to {@code trace} (null: none). */
    public SimulatedCounter(Scenario s, dev.tmrkit.stateful.sim.engine.TraceListener trace) {
        wired = Cluster.wire(s, true);
        wired.sim().trace(trace);
        client = wired.config().client(0);
        wired.sim().run(0);
    }

    @Override
    public Reply increment(long amount) {
        return call(new Op.Increment(amount));
    }

    @Override
    public Reply reset() {
        return call(new Op.Reset());
    }

    @Override
    public Reply read() {
        return call(new Op.Read());
    }

    @Override
    public void idle(long micros) {
        now += micros;
        wired.sim().run(now);
    }

    /** The simulated time. */
    public long now() {
        return now;
    }

    /** Everything called so far, as the checker sees it. */
    public History history() {
        return wired.recorder().history;
    }

    private Reply call(Op op) {
        History h = wired.recorder().history;
        int handle = h.size();
        long start = now;
        wired.sim().schedule(client, new Tick.Issue(op), now);
        long giveUp = now + 4 * wired.config().timing().opTimeout() + STEP;
        while (h.size() <= handle || h.completed(handle) == History.NEVER) {
            if (now > giveUp) {
                throw new IllegalStateException("operation " + op + " neither completed nor timed out by " + now + " us");
            }
            now += STEP;
            wired.sim().run(now);
        }
        now = Math.max(now, h.completed(handle));
        boolean ok = h.outcome(handle) == Outcome.OK;
        return new Reply(ok, ok ? h.value(handle) : 0, h.completed(handle) - start);
    }
}
