package dev.tmrkit.cli.replicas;

import java.util.List;

/** The chapter's scenarios, by name: what each runs, and what the chapter says to look at. */
final class NamedScenarios {
    private NamedScenarios() {
    }

    /** A named scenario: the subcommand and arguments it runs (none: its own report), and what to look at. */
    record Named(String name, String summary, String command, List<String> args, String lookAt) {
        String commandLine() {
            return "tmrkit replicas " + command + (args.isEmpty() ? "" : " " + String.join(" ", args));
        }
    }

    static final List<Named> ALL = List.of(
            new Named("zero-two-five", "the counter goes 0 -> 2 -> 5 (increment(2), increment(3), read), once state-based and once "
                    + "log-based, single-leader synchronous", "scenario zero-two-five", List.of(),
                    "what the leader sends a follower: state-based ships the values with their versions (2, then 5), log-based "
                            + "the operations (increment(2), increment(3)); both read 5."),
            new Named("missed-threshold", "a \"> 10\" monitor over log-based replication: one client, 1000 operations per second, "
                    + "observers watching every change and polling every 1, 10 and 100 ms", "run",
                    List.of("--mode", "log", "--idempotent", "--clients", "1", "--rate", "1000", "--duration", "2s", "--period",
                            "0,1ms,10ms,100ms"),
                    "the 'missed crossings > 10' rows: the counter exceeds 10 and is reset between two polls, so the slower the "
                            + "polling the more episodes it misses; watching every change misses none of them."),
            new Named("partition-lag", "follower n2 cut off from the leader and the clients for 2 s", "run",
                    List.of("--partition", "0,1|2@2s-4s", "--duration", "6s"),
                    "the replica table: n2's imposed lag and the largest lag per twentieth of the run, while the partition lasts "
                            + "and after it heals; the others' lag stays inherent."),
            new Named("leader-crash-async", "asynchronous replication, the leader crashes at 3 s, no resets; static and dynamic "
                    + "redundancy side by side", "compare",
                    List.of("--replication", "async", "--crash", "0@3s", "--resets", "0"),
                    "the verdict (invalid), the reads missing acknowledged increments, and the lost increments: the leader "
                            + "acknowledged writes it had not shipped yet, and they die with it."),
            new Named("clock-skew", "replica n1's clock runs at 0.15x true speed from 2 s to 4 s (no replica crashes); static and "
                    + "dynamic redundancy side by side", "compare", List.of("--skew", "1@2s-4s:x0.15", "--duration", "6s"),
                    "'removed: silent' and 'spares consumed' in dynamic redundancy: n1 sends a heartbeat every 10 ms of its own "
                            + "clock, 67 ms of true time, beyond the 50 ms failure timeout, so the failure detector removes a live "
                            + "replica and a spare takes its place; static redundancy has no failure detector and keeps n1. The "
                            + "'why they differ' lines name the mechanism."));

    static Named byName(String name) {
        return ALL.stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
    }
}
