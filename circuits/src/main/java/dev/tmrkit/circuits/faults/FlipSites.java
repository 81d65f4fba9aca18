package dev.tmrkit.circuits.faults;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Transient fault universes: single-event transients on nets and single-event upsets of flip-flops, alone
 * or as multiple-bit upsets. Sites come from {@link #nets} (every net's stem, in net order) or
 * {@link #registers} (every flip-flop's output, in flip-flop order). "Adjacent" means consecutive within a
 * row of physical neighbours ({@link Adjacency}): a user's placement, or by default each replica of a TMR
 * netlist its own row, so that one strike never hits the A, B and C copies of one bit. Each entry of a returned list is one fault set: flips present together, all in the
 * same cycle (one particle strike). Random choices come from the seed: set {@code i} uses the
 * {@code i}-th split of {@code new SplittableRandom(seed)}, so a run can be replayed.
 */
public final class FlipSites {
    private FlipSites() {
    }

    /** Every net's stem, in net order: primary inputs, gate outputs and flip-flop outputs alike. */
    public static List<Site> nets(Netlist netlist) {
        List<Site> sites = new ArrayList<>(netlist.netCount());
        for (int net = 0; net < netlist.netCount(); net++) {
            sites.add(new Site.Stem(net));
        }
        return sites;
    }

    /** Every flip-flop's output (its stored bit), in flip-flop (gate) order. */
    public static List<Site> registers(Netlist netlist) {
        List<Site> sites = new ArrayList<>();
        for (int g : netlist.dffGates()) {
            sites.add(new Site.Stem(netlist.gate(g).output()));
        }
        return sites;
    }

    /** One single flip per site, in site order. */
    public static List<List<Fault>> single(List<Site> sites, FlipCycle when, long seed) {
        return adjacent(sites, 1, when, seed);
    }

    /**
     * Multiple-bit upsets of {@code k} adjacent sites: one set per window {@code sites[i..i+k-1]}, so
     * {@code sites.size() - k + 1} sets (none when there are fewer than {@code k} sites).
     */
    public static List<List<Fault>> adjacent(List<Site> sites, int k, FlipCycle when, long seed) {
        return adjacentInRows(List.of(sites), k, when, seed);
    }

    /**
     * Multiple-bit upsets of {@code k} physically adjacent sites: one set per window of {@code k} consecutive
     * sites of one row (rows in order, windows in order; a row shorter than {@code k} gives none). Set
     * {@code i} takes its cycle from the {@code i}-th split of the seed.
     */
    public static List<List<Fault>> adjacentInRows(List<List<Site>> rows, int k, FlipCycle when, long seed) {
        requirePositive(k);
        SplittableRandom root = new SplittableRandom(seed);
        List<List<Fault>> sets = new ArrayList<>();
        for (List<Site> sites : rows) {
            for (int i = 0; i + k <= sites.size(); i++) {
                int cycle = when.pick(root.split());
                List<Fault> set = new ArrayList<>(k);
                for (int j = i; j < i + k; j++) {
                    set.add(BitFlip.at(sites.get(j), cycle));
                }
                sets.add(List.copyOf(set));
            }
        }
        return sets;
    }

    /**
     * {@code count} multiple-bit upsets, each of {@code k} distinct sites (in site order within a set), drawn
     * without replacement: no two sets strike the same sites, and every set of {@code k} sites is equally
     * likely to be among them. Draw {@code i} uses the {@code i}-th split of the seed; a draw that repeats an
     * earlier set is rejected and the next split drawn.
     *
     * @throws IllegalArgumentException when {@code k} exceeds the number of sites, or {@code count} the
     *                                  number C(sites, k) of distinct sets
     */
    public static List<List<Fault>> scattered(List<Site> sites, int k, int count, FlipCycle when, long seed) {
        requirePositive(k);
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
        if (k > sites.size()) {
            throw new IllegalArgumentException("cannot choose " + k + " distinct sites from " + sites.size());
        }
        long distinct = binomial(sites.size(), k);
        if (count > distinct) {
            throw new IllegalArgumentException("cannot draw " + count + " different sets of " + k + " sites: there are only "
                    + distinct + " (C(" + sites.size() + ", " + k + "))");
        }
        SplittableRandom root = new SplittableRandom(seed);
        List<List<Fault>> sets = new ArrayList<>(count);
        java.util.Set<List<Integer>> drawn = new java.util.HashSet<>();
        while (sets.size() < count) {
            SplittableRandom r = root.split();
            int cycle = when.pick(r);
            int[] chosen = RandomSample.indices(r, sites.size(), k);
            List<Integer> key = new ArrayList<>(k);
            for (int s : chosen) {
                key.add(s);
            }
            if (!drawn.add(key)) {
                continue;
            }
            List<Fault> set = new ArrayList<>(k);
            for (int s : chosen) {
                set.add(BitFlip.at(sites.get(s), cycle));
            }
            sets.add(List.copyOf(set));
        }
        return sets;
    }

    /**
     * The same sets with every site after the first struck in cycle {@code later} instead: a second upset
     * some cycles after the first (the first site keeps its cycle; lanes are kept).
     */
    public static List<List<Fault>> laterUpsets(List<List<Fault>> sets, int later) {
        List<List<Fault>> moved = new ArrayList<>(sets.size());
        for (List<Fault> set : sets) {
            List<Fault> m = new ArrayList<>(set.size());
            m.add(set.get(0));
            for (int k = 1; k < set.size(); k++) {
                m.add(new BitFlip(set.get(k).site(), later, ((BitFlip) set.get(k)).lanes()));
            }
            moved.add(List.copyOf(m));
        }
        return moved;
    }

    /** C(n, k), saturating at {@link Long#MAX_VALUE}. */
    static long binomial(int n, int k) {
        k = Math.min(k, n - k);
        if (k < 0) {
            return 0;
        }
        java.math.BigInteger c = java.math.BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            c = c.multiply(java.math.BigInteger.valueOf(n - k + i)).divide(java.math.BigInteger.valueOf(i));
            if (c.bitLength() > 62) {
                return Long.MAX_VALUE;
            }
        }
        return c.longValue();
    }

    private static void requirePositive(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1: " + k);
        }
    }
}
