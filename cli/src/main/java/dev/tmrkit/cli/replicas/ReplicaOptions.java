package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.stateful.protocol.Mode;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.protocol.Timing;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.protocol.Transfer;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.run.scenario.ScenarioDefaults;
import dev.tmrkit.stateful.run.scenario.Workload;
import dev.tmrkit.stateful.sim.NetworkSettings;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import dev.tmrkit.stateful.sim.fault.FaultRates;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The scenario options shared by {@code replicas run} and {@code replicas compare}. */
public final class ReplicaOptions {
    @Option(names = "--replicas", defaultValue = "3", paramLabel = "N", description = "Replicas N (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Option(names = "--spares", defaultValue = "2", paramLabel = "N",
            description = "Spares for dynamic redundancy, nodes N.. (default: ${DEFAULT-VALUE}).")
    int spares;

    @Option(names = "--topology", defaultValue = "single-leader", paramLabel = "TOPOLOGY", converter = ReplicaChoices.Topologies.class,
            completionCandidates = ReplicaChoices.Topologies.class,
            description = "Who accepts writes (${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}).")
    Topology topology;

    @Option(names = "--replication", defaultValue = "sync", paramLabel = "REPLICATION", converter = ReplicaChoices.Replications.class,
            completionCandidates = ReplicaChoices.Replications.class,
            description = "Acknowledge a write after W replicas applied it, shipped to all at once (sync) or to one follower "
                    + "after another (chain), or after the first (async) (${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}).")
    Replication replication;

    @Option(names = "--mode", defaultValue = "state", paramLabel = "MODE", converter = ReplicaChoices.Modes.class,
            completionCandidates = ReplicaChoices.Modes.class,
            description = "Ship the value with a version, or the operations; or (leaderless, static) keep a G-counter per "
                    + "epoch with one entry per client, joined on every read (${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}).")
    Mode mode;

    @Option(names = "--read-quorum", paramLabel = "R", description = "Leaderless reads wait for R replies (default: a majority).")
    Integer readQuorum;

    @Option(names = "--write-quorum", paramLabel = "W", description = "Synchronous writes wait for W replicas (default: a majority).")
    Integer writeQuorum;

    @Option(names = "--idempotent", description = "Log-based: operations carry ids and every replica applies each id once.")
    boolean idempotent;

    @Option(names = "--transfer", defaultValue = "snapshot", paramLabel = "TRANSFER", converter = ReplicaChoices.Transfers.class,
            completionCandidates = ReplicaChoices.Transfers.class,
            description = "How a spare or recovered replica receives state (replay: log-based only) (${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}).")
    Transfer transfer;

    @Option(names = "--clients", defaultValue = "3", paramLabel = "N", description = "Clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--rate", defaultValue = "300", paramLabel = "OPS",
            description = "Operations per second, all clients together (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--increments", defaultValue = "0.6", paramLabel = "P",
            description = "Share of increments, by 1..3 (default: ${DEFAULT-VALUE}); --resets of resets, the rest reads.")
    double increments;

    @Option(names = "--resets", defaultValue = "0.08", paramLabel = "P", description = "Share of resets (default: ${DEFAULT-VALUE}).")
    double resets;

    @Option(names = "--duration", defaultValue = "10s", paramLabel = "TIME", description = "Simulated workload time (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--latency", defaultValue = "1ms-3ms", paramLabel = "MIN-MAX",
            description = "One-way network delay, uniform (default: ${DEFAULT-VALUE}).")
    String latency;

    @Option(names = "--loss", defaultValue = "0", paramLabel = "P", description = "Probability a message is lost.")
    double loss;

    @Option(names = "--duplicate", defaultValue = "0", paramLabel = "P", description = "Probability a message arrives twice.")
    double duplicate;

    @Option(names = "--reorder", defaultValue = "0", paramLabel = "P", description = "Probability a message is held back and overtaken.")
    double reorder;

    @Option(names = "--delay", defaultValue = "0", paramLabel = "TIME", description = "Extra delay of every message, uniform in [0, TIME].")
    String delay;

    @Option(names = "--crash", paramLabel = "NODE@TIME[-RECOVER]",
            description = "Crash a replica (repeatable): crash-stop, or crash-recovery with a recovery time.")
    List<String> crashes = new ArrayList<>();

    @Option(names = "--volatile", description = "Recovering replicas come back without their state (default: durable).")
    boolean volatileState;

    @Option(names = "--partition", paramLabel = "NODES|NODES@FROM-TO",
            description = "Split the network (repeatable), e.g. 0|1,2@2s-4s; clients and observers stay with the first group.")
    List<String> partitions = new ArrayList<>();

    @Option(names = "--omit", paramLabel = "NODE@FROM-TO[:send|receive|both]",
            description = "A replica omits to send and/or receive during a window (repeatable).")
    List<String> omissions = new ArrayList<>();

    @Option(names = "--pause", paramLabel = "NODE@FROM-TO",
            description = "Pause a replica's process during a window (repeatable), as SIGSTOP: unlike a crash it loses nothing; "
                    + "what arrives or falls due meanwhile is handled when it resumes.")
    List<String> pauses = new ArrayList<>();

    @Option(names = "--skew", paramLabel = "NODE@FROM-TO:[xRATE][+JUMP|-JUMP]",
            description = "Skew a replica's clock during a window (repeatable): it runs at RATE times true speed and/or jumps by "
                    + "JUMP, e.g. 1@2s-4s:x0.2 or 0@1s-3s:+300ms; its timers (heartbeats, retries, shipping) and timeouts follow it.")
    List<String> skews = new ArrayList<>();

    @Option(names = "--flip", paramLabel = "NODE@TIME[:BIT]",
            description = "Flip one bit of a replica's counter (repeatable); the bit is drawn from the seed if not given.")
    List<String> flips = new ArrayList<>();

    @Option(names = "--crash-rate", defaultValue = "0", paramLabel = "PER_S", description = "Random crashes per replica per second.")
    double crashRate;

    @Option(names = "--downtime", defaultValue = "0", paramLabel = "TIME",
            description = "Random crashes recover after TIME (0: crash-stop).")
    String downtime;

    @Option(names = "--flip-rate", defaultValue = "0", paramLabel = "PER_S",
            description = "Random bit flips (bits 0..15) per replica per second.")
    double flipRate;

    @Option(names = "--period", split = ",", paramLabel = "TIME", defaultValue = "0,10ms,50ms",
            description = "Observation periods of the threshold monitor, one observer each; 0 watches every change (default: ${DEFAULT-VALUE}).")
    List<String> periods;

    @Option(names = "--observe", paramLabel = "NODE", description = "The replica the observers watch (default: the last replica).")
    Integer observe;

    @Option(names = "--threshold", defaultValue = "10", paramLabel = "N", description = "The threshold monitor's threshold (default: ${DEFAULT-VALUE}).")
    long threshold;

    @Option(names = "--heartbeat", defaultValue = "10ms", paramLabel = "TIME", description = "Heartbeat period (default: ${DEFAULT-VALUE}).")
    String heartbeat;

    @Option(names = "--failure-timeout", defaultValue = "50ms", paramLabel = "TIME",
            description = "Silence after which a replica is declared failed (default: ${DEFAULT-VALUE}).")
    String failureTimeout;

    @Option(names = "--op-timeout", defaultValue = "100ms", paramLabel = "TIME",
            description = "How long a client waits for an operation (default: ${DEFAULT-VALUE}).")
    String opTimeout;

    @Option(names = "--ship", defaultValue = "5ms", paramLabel = "TIME",
            description = "Asynchronous state-based replication ships at most once per TIME (0: every write) (default: ${DEFAULT-VALUE}).")
    String ship;

    /** The scenario these options describe, with the seed; bad values become one-line user errors. */
    Scenario.Builder builder(long seed) {
        try {
            List<Fault> faults = new ArrayList<>();
            crashes.forEach(c -> faults.add(ReplicaFaultSpecs.crash(c, !volatileState)));
            flips.forEach(f -> faults.add(ReplicaFaultSpecs.flip(f)));
            partitions.forEach(p -> faults.add(ReplicaFaultSpecs.partition(p)));
            omissions.forEach(o -> faults.add(ReplicaFaultSpecs.omission(o)));
            skews.forEach(k -> faults.add(ReplicaFaultSpecs.skew(k)));
            pauses.forEach(x -> faults.add(ReplicaFaultSpecs.pause(x)));
            String[] lat = latency.split("-", -1);
            if (lat.length != 2) {
                throw new UserException("--latency takes MIN-MAX, like 1ms-3ms");
            }
            Timing timing = ScenarioDefaults.timing(time("--heartbeat", heartbeat), time("--failure-timeout", failureTimeout),
                    time("--op-timeout", opTimeout), time("--ship", ship));
            Scenario.Builder b = Scenario.builder()
                    .topology(topology)
                    .replication(replication)
                    .mode(mode)
                    .transfer(transfer)
                    .replicas(replicas).spares(spares)
                    .quorums(readQuorum == null ? 0 : positive("--read-quorum", readQuorum),
                            writeQuorum == null ? 0 : positive("--write-quorum", writeQuorum))
                    .idempotent(idempotent)
                    .workload(new Workload(clients, rate, increments, resets, 3))
                    .network(new NetworkSettings(time("--latency", lat[0]), time("--latency", lat[1]), loss, duplicate, reorder,
                            time("--delay", delay)))
                    .faults(faults)
                    .faultRates(new FaultRates(crashRate, time("--downtime", downtime), !volatileState, flipRate, 16))
                    .timing(timing)
                    .duration(time("--duration", duration))
                    .settle(ScenarioDefaults.settle(timing))
                    .periods(periods.stream().map(p -> time("--period", p)).toList())
                    .threshold(threshold)
                    .seed(seed);
            if (observe != null) {
                b.observed(observe);
            }
            return b;
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    private static int positive(String option, int v) {
        if (v < 1) {
            throw new UserException(option + " must be at least 1, got " + v);
        }
        return v;
    }

    static long time(String option, String text) {
        try {
            return Time.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserException(option + ": " + e.getMessage());
        }
    }

    /** The scenario {@code b} describes; an impossible one is the user's error. */
    static Scenario build(Scenario.Builder b) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }
}
