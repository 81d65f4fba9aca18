package dev.tmrkit.stateful.run.scenario;

import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random fault schedules in the manner of Jepsen's nemesis generators: one to four faults at random
 * times in the workload, each one of
 * <ul>
 *   <li>a partition isolating one replica, or splitting the replicas into a minority and a majority;</li>
 *   <li>a crash: crash-stop, or crash-recovery after 50 ms to 1 s, with durable or volatile state;</li>
 *   <li>a pause: the process stops handling anything for 20–300 ms and resumes with its state, drawn as a
 *       durable crash-recovery. A true pause ({@link Fault.Pause}, {@code --pause} of {@code replicas run}) is not
 *       drawn: a leader resuming with a backlog makes many writes that timed out take effect late, and the
 *       linearizability search over that many indeterminate writes takes minutes per run (seed 21 of a 2 s sweep:
 *       145 s), too slow for a sweep of a thousand seeds;</li>
 *   <li>a send or receive omission of one replica for 50 ms to 1 s;</li>
 *   <li>a clock skew of one replica for 200 ms to 2 s: its clock runs slow (0.1x to 0.5x: heartbeats and retries
 *       fall behind, so the failure detector may suspect it) or fast (2x to 5x: its timeouts expire early), or
 *       jumps 50 to 500 ms ahead or back (pending timers fire early or late). A skew overlapping an earlier one of
 *       the same replica is not drawn (the draw is spent, so later faults do not shift).</li>
 * </ul>
 */
public final class Nemesis {
    private Nemesis() {
    }

    /** A schedule for {@code replicas} replicas over a workload of {@code duration}, drawn from {@code seed}. */
    public static List<Fault> schedule(long seed, int replicas, long duration) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x6E656D65736973L);
        int n = 1 + r.nextInt(4);
        List<Fault> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long at = r.nextLong(Math.max(1, duration * 9 / 10));
            int node = r.nextInt(replicas);
            switch (r.nextInt(6)) {
                case 0 -> out.add(partition(r, replicas, at, at + window(r, 100 * Time.MS, 2 * Time.S)));
                case 1 -> out.add(r.nextBoolean() ? Fault.Crash.stop(node, at)
                        : new Fault.Crash(node, at, at + window(r, 50 * Time.MS, Time.S), r.nextBoolean()));
                case 2 -> out.add(new Fault.Crash(node, at, at + window(r, 20 * Time.MS, 300 * Time.MS), true));
                case 3 -> out.add(new Fault.Omission(node, at, at + window(r, 50 * Time.MS, Time.S), Fault.Direction.SEND));
                case 4 -> out.add(new Fault.Omission(node, at, at + window(r, 50 * Time.MS, Time.S), Fault.Direction.RECEIVE));
                default -> {
                    Fault.Skew k = skew(r, node, at, at + window(r, 200 * Time.MS, 2 * Time.S));
                    if (out.stream().noneMatch(f -> f instanceof Fault.Skew o && o.node() == node && o.at() < k.to() && k.at() < o.to())) {
                        out.add(k);
                    }
                }
            }
        }
        return out;
    }

    private static Fault.Skew skew(SplittableRandom r, int node, long at, long to) {
        return switch (r.nextInt(3)) {
            case 0 -> new Fault.Skew(node, at, to, 0.1 + 0.4 * r.nextDouble(), 0);
            case 1 -> new Fault.Skew(node, at, to, 2 + 3 * r.nextDouble(), 0);
            default -> new Fault.Skew(node, at, to, 1, (r.nextBoolean() ? 1 : -1) * window(r, 50 * Time.MS, 500 * Time.MS));
        };
    }

    private static long window(SplittableRandom r, long min, long max) {
        return r.nextLong(min, max + 1);
    }

    private static Fault partition(SplittableRandom r, int replicas, long at, long to) {
        List<Integer> minority = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        int size = r.nextBoolean() ? 1 : Math.max(1, (replicas - 1) / 2);
        List<Integer> nodes = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            nodes.add(i);
        }
        for (int k = 0; k < size; k++) {
            minority.add(nodes.remove(r.nextInt(nodes.size())));
        }
        rest.addAll(nodes);
        minority.sort(null);
        return new Fault.Partition(List.of(rest, minority), at, to);
    }
}
