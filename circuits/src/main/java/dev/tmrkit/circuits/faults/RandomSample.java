package dev.tmrkit.circuits.faults;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Simple random samples without replacement, reproducible from a seed. Every subset of the requested size
 * is equally likely (Floyd's algorithm); the chosen elements keep their order in the population, so a
 * sample of a fault list is itself in fault-list order.
 */
public final class RandomSample {
    private RandomSample() {
    }

    /** {@code n} distinct elements (by position) of {@code population}, chosen from {@code seed}. */
    public static <T> List<T> of(List<T> population, int n, long seed) {
        int[] chosen = indices(new SplittableRandom(seed), population.size(), n);
        List<T> out = new ArrayList<>(n);
        for (int i : chosen) {
            out.add(population.get(i));
        }
        return out;
    }

    /**
     * {@code n} distinct indices in {@code 0..population-1}, ascending, drawn from {@code random}.
     *
     * @throws IllegalArgumentException when {@code n} is negative or larger than the population
     */
    public static int[] indices(SplittableRandom random, int population, int n) {
        if (n < 0 || n > population) {
            throw new IllegalArgumentException("cannot choose " + n + " distinct items from " + population);
        }
        // Floyd: for j = N-n .. N-1 pick t in [0, j]; take t, or j if t was taken already.
        if ((long) n * 32 >= population) {
            BitSet taken = new BitSet(population);
            for (int j = population - n; j < population; j++) {
                int t = random.nextInt(j + 1);
                taken.set(taken.get(t) ? j : t);
            }
            return taken.stream().toArray();
        }
        Set<Integer> taken = new HashSet<>(n * 2);
        for (int j = population - n; j < population; j++) {
            int t = random.nextInt(j + 1);
            taken.add(taken.contains(t) ? j : t);
        }
        int[] out = new int[n];
        int k = 0;
        for (int i : taken) {
            out[k++] = i;
        }
        Arrays.sort(out);
        return out;
    }
}
