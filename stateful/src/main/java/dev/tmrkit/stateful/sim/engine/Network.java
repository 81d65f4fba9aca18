package dev.tmrkit.stateful.sim.engine;

import dev.tmrkit.stateful.sim.Digest;
import dev.tmrkit.stateful.sim.NetworkSettings;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides the fate of each message: lost, or delivered once or twice, when, and whether a fault
 * impaired it. Every link (sender, receiver) has its own random stream, seeded from the network stream
 * and the two node ids (so adding a node changes no other link's stream), and its own FIFO clock, so
 * traffic on one link never changes another link's delays.
 */
final class Network {
    private final NetworkSettings settings;
    private final int nodes;
    private final SplittableRandom[] links;
    private final long[] lastArrival;
    private final List<Window> partitions = new ArrayList<>();
    private final List<Fault.Omission> omissions = new ArrayList<>();

    /** Results of the last {@link #route}: arrival times and impairment of up to two copies. */
    long arrival0;
    long arrival1;
    boolean impaired0;
    boolean impaired1;

    private record Window(long from, long to, int[] groupOf) {
    }

    Network(NetworkSettings settings, int nodes, SplittableRandom random, List<Fault> faults) {
        this.settings = settings;
        this.nodes = nodes;
        this.links = new SplittableRandom[nodes * nodes];
        long base = random.nextLong();
        for (int from = 0; from < nodes; from++) {
            for (int to = 0; to < nodes; to++) {
                links[from * nodes + to] = new SplittableRandom(Digest.mix(Digest.mix(base, from), to));
            }
        }
        this.lastArrival = new long[nodes * nodes];
        for (Fault f : faults) {
            if (f instanceof Fault.Partition p) {
                int[] groupOf = new int[nodes];
                for (int g = 0; g < p.groups().size(); g++) {
                    for (int n : p.groups().get(g)) {
                        groupOf[n] = g;
                    }
                }
                partitions.add(new Window(p.at(), p.to(), groupOf));
            } else if (f instanceof Fault.Omission o) {
                omissions.add(o);
            }
        }
    }

    /** Whether a partition active at {@code now} separates {@code from} and {@code to}. */
    boolean cut(long now, int from, int to) {
        for (int i = 0; i < partitions.size(); i++) {
            Window w = partitions.get(i);
            if (now >= w.from && now < w.to && w.groupOf[from] != w.groupOf[to]) {
                return true;
            }
        }
        return false;
    }

    private boolean omitted(long now, int from, int to) {
        for (int i = 0; i < omissions.size(); i++) {
            Fault.Omission o = omissions.get(i);
            if (now >= o.at() && now < o.to()
                    && (o.node() == from && o.direction().sends() || o.node() == to && o.direction().receives())) {
                return true;
            }
        }
        return false;
    }

    /** A uniform draw from {@code [0, span]} (by a multiplication, not a division). */
    private static long uniform(SplittableRandom r, long span) {
        return span == 0 ? 0 : (long) (r.nextDouble() * (span + 1));
    }

    /** Routes one message sent at {@code now}; returns how many copies arrive (0, 1 or 2). */
    int route(long now, int from, int to) {
        if (!partitions.isEmpty() && cut(now, from, to) || !omissions.isEmpty() && omitted(now, from, to)) {
            return 0;
        }
        int link = from * nodes + to;
        SplittableRandom r = links[link];
        if (settings.loss() > 0 && r.nextDouble() < settings.loss()) {
            return 0;
        }
        int copies = settings.duplicate() > 0 && r.nextDouble() < settings.duplicate() ? 2 : 1;
        for (int c = 0; c < copies; c++) {
            boolean impaired = c == 1;
            long delay = settings.minDelay() + uniform(r, settings.maxDelay() - settings.minDelay());
            if (settings.extraDelay() > 0) {
                delay += uniform(r, settings.extraDelay());
                impaired = true;
            }
            long arrival;
            if (settings.reorder() > 0 && r.nextDouble() < settings.reorder()) {
                arrival = now + delay + 1 + uniform(r, 10 * Math.max(1, settings.maxDelay()));
                impaired = true;
            } else {
                arrival = Math.max(now + delay, lastArrival[link]);
                lastArrival[link] = arrival;
            }
            if (c == 0) {
                arrival0 = arrival;
                impaired0 = impaired;
            } else {
                arrival1 = arrival;
                impaired1 = impaired;
            }
        }
        return copies;
    }
}
