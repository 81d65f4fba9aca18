package dev.tmrkit.stateful.run;

import dev.tmrkit.stateful.check.CheckResult;
import dev.tmrkit.stateful.check.Judgement;
import dev.tmrkit.stateful.measure.LagReport;
import dev.tmrkit.stateful.measure.Latency;
import dev.tmrkit.stateful.check.ThresholdMonitor;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.fault.FaultSchedule;
import java.util.List;

/**
 * What one run produced: the trace hash and event count, the checker's verdict, messages per client
 * operation (observer traffic excluded; heartbeats, replication and transfers included), replication
 * lag, the threshold monitor's crossings per observation period, membership changes, and the replicas
 * as they ended.
 *
 * @param faults    the fault schedule actually run (the listed faults plus those drawn from the rates)
 * @param judgement the linearizability check of the whole history and the losses judged on every read
 * @param latency   per-operation latency and throughput
 * @param removals  dynamic redundancy's removals by cause (silent, deaf, outvoted); all 0 in static
 * @param readmitted removed replicas the view service re-admitted as spares
 */
public record RunResult(Scenario scenario, FaultSchedule faults, long traceHash, long events, long operations,
                        long messages, CheckResult check, LagReport lag, List<ThresholdMonitor.Crossings> crossings,
                        int viewChanges, int sparesConsumed, int transfers, List<ReplicaEnd> replicas, Judgement judgement,
                        Latency latency, dev.tmrkit.stateful.replica.ViewService.Removals removals, int readmitted) {
    public RunResult {
        crossings = List.copyOf(crossings);
        replicas = List.copyOf(replicas);
    }

    /** A replica (or spare) at the end of the run. */
    public record ReplicaEnd(int node, boolean up, boolean member, boolean active, long value, long version) {
    }

    /** Messages per client operation. */
    public double messagesPerOperation() {
        return operations == 0 ? 0 : (double) messages / operations;
    }

    /**
     * Replication transparency: the share of the client operations whose result a single correct counter
     * could have given — writes acknowledged, reads answered within the checker's bounds (the final read
     * included) — of all operations (a single counter always answers). 1 when there were none.
     */
    public double transparency() {
        long good = check.correctReads() + check.writes() - check.failedWrites() - check.timedOutWrites()
                + (check.finalAvailable() && check.finalRead() >= check.finalLower() && check.finalRead() <= check.finalUpper() ? 1 : 0);
        return operations == 0 ? 1 : (double) good / operations;
    }

    /** Missed threshold crossings summed over every observer. */
    public int missedCrossings() {
        return crossings.stream().mapToInt(ThresholdMonitor.Crossings::missed).sum();
    }

    /**
     * Running members holding state that ended above every increment attempted since the last reset
     * (they applied something twice), judged by the final read's bounds.
     */
    public long replicasOverCounting() {
        return replicas.stream().filter(r -> r.up() && r.member() && r.active() && r.value() > check.finalUpper()).count();
    }

    /** Running members holding state that ended below the increments acknowledged since the last reset. */
    public long replicasUnderCounting() {
        return replicas.stream().filter(r -> r.up() && r.member() && r.active() && r.value() < check.finalLower()).count();
    }

    /** Whether every running member holding state ended with the same value. */
    public boolean converged() {
        return replicas.stream().filter(r -> r.up() && r.member() && r.active()).mapToLong(ReplicaEnd::value).distinct().count() <= 1;
    }
}
