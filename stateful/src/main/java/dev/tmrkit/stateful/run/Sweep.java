package dev.tmrkit.stateful.run;

import dev.tmrkit.stateful.check.Verdict;
import dev.tmrkit.stateful.run.scenario.Nemesis;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * Runs a scenario over a range of seeds, each with its own {@link Nemesis} schedule, until a run is
 * invalid; then shrinks that run's schedule to a minimal one that still fails on the same seed: faults
 * are dropped one at a time while the run still fails, then each remaining fault's window is halved
 * while it still fails (a greedy delta debugging; minimal in that no single drop or halving keeps it failing).
 */
public final class Sweep {
    private Sweep() {
    }

    /**
     * The outcome: seeds run, how many failed, and the first failing seed with its schedule, shrunk
     * schedule and runs spent shrinking (seed -1 and empty schedules when none failed).
     */
    public record Result(long from, long to, long runs, long failures, long firstFailing, List<Fault> schedule, List<Fault> shrunk,
                         int shrinkRuns) {
        public Result {
            schedule = List.copyOf(schedule);
            shrunk = List.copyOf(shrunk);
        }
    }

    /** What a scan of some seeds found: how many it ran, and the first that failed (-1 when none did). */
    public record Scan(long runs, long firstFailing) {
    }

    /** Sweeps seeds {@code from..to} of {@code base} (its own faults replaced by the nemesis'); stops at the first failure. */
    public static Result run(Scenario base, long from, long to) {
        return finish(base, from, to, scan(base, from, to, seed -> true).firstFailing());
    }

    /**
     * Runs the seeds of {@code from..to} that {@code held} accepts, in order, until one fails. Slices of a
     * sweep scanned apart (shards, machines) give the sweep's first failing seed as the least of theirs:
     * each slice ran every seed of its own below that one.
     */
    public static Scan scan(Scenario base, long from, long to, LongPredicate held) {
        long runs = 0;
        for (long seed = from; seed <= to; seed++) {
            if (held.test(seed)) {
                runs++;
                if (invalid(base, seed, Nemesis.schedule(seed, base.replicas(), base.duration()))) {
                    return new Scan(runs, seed);
                }
            }
        }
        return new Scan(runs, -1);
    }

    /**
     * The sweep's result once its first failing seed is known ({@code -1}: none failed): the runs a sweep in
     * seed order makes up to it, and that seed's schedule shrunk.
     */
    public static Result finish(Scenario base, long from, long to, long firstFailing) {
        if (firstFailing < 0) {
            return new Result(from, to, to - from + 1, 0, -1, List.of(), List.of(), 0);
        }
        if (firstFailing < from || firstFailing > to) {
            throw new IllegalArgumentException("seed " + firstFailing + " is not in " + from + ".." + to);
        }
        List<Fault> schedule = Nemesis.schedule(firstFailing, base.replicas(), base.duration());
        int[] spent = new int[1];
        Predicate<List<Fault>> counted = faults -> {
            spent[0]++;
            return invalid(base, firstFailing, faults);
        };
        List<Fault> shrunk = shrink(schedule, counted);
        return new Result(from, to, firstFailing - from + 1, 1, firstFailing, schedule, shrunk, spent[0]);
    }

    /** Whether {@code base} on {@code seed} with {@code faults} is invalid. */
    public static boolean invalid(Scenario base, long seed, List<Fault> faults) {
        Scenario s = base.toBuilder().seed(seed).faults(faults).build();
        return Cluster.run(s).judgement().verdict() == Verdict.INVALID;
    }

    /** The greedy shrink of a failing schedule. */
    static List<Fault> shrink(List<Fault> schedule, Predicate<List<Fault>> fails) {
        List<Fault> current = new ArrayList<>(schedule);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = 0; i < current.size() && current.size() > 0; i++) {
                List<Fault> fewer = new ArrayList<>(current);
                fewer.remove(i);
                if (fails.test(fewer)) {
                    current = fewer;
                    progress = true;
                    i--;
                }
            }
            for (int i = 0; i < current.size(); i++) {
                Fault shorter = halved(current.get(i));
                if (shorter != null) {
                    List<Fault> tried = new ArrayList<>(current);
                    tried.set(i, shorter);
                    if (fails.test(tried)) {
                        current = tried;
                        progress = true;
                    }
                }
            }
        }
        return current;
    }

    /** The fault with its window halved, or null if it has none to halve (or it is 1 ms or less). */
    private static Fault halved(Fault f) {
        long min = 1000;
        if (f instanceof Fault.Crash c && c.recovers() && c.recoverAt() - c.at() > min) {
            return new Fault.Crash(c.node(), c.at(), c.at() + (c.recoverAt() - c.at()) / 2, c.durable());
        } else if (f instanceof Fault.Partition p && p.to() - p.at() > min) {
            return new Fault.Partition(p.groups(), p.at(), p.at() + (p.to() - p.at()) / 2);
        } else if (f instanceof Fault.Pause x && x.to() - x.at() > min) {
            return new Fault.Pause(x.node(), x.at(), x.at() + (x.to() - x.at()) / 2);
        } else if (f instanceof Fault.Skew k && k.to() - k.at() > min) {
            return new Fault.Skew(k.node(), k.at(), k.at() + (k.to() - k.at()) / 2, k.rate(), k.offset());
        }
        if (f instanceof Fault.Omission o && o.to() - o.at() > min) {
            return new Fault.Omission(o.node(), o.at(), o.at() + (o.to() - o.at()) / 2, o.direction());
        }
        return null;
    }
}
