package dev.tmrkit.stateful.check;

import java.util.Arrays;

/**
 * A set of (mask, value) pairs in insertion order, by open addressing with generation stamps: the configurations
 * of {@link ConfigurationSearch}, cleared in O(1) between returns.
 */
final class PairSet {
    private long[] masks = new long[16];
    private long[] states = new long[16];
    private int[] table = new int[32];
    private int[] stamp = new int[32];
    private int generation = 1;
    private int size;

    void clear() {
        size = 0;
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            generation = 1;
        }
    }

    int size() {
        return size;
    }

    long mask(int i) {
        return masks[i];
    }

    long state(int i) {
        return states[i];
    }

    /** Adds the pair; false if it was there. */
    boolean add(long mask, long state) {
        if (2 * (size + 1) > table.length) {
            grow();
        }
        int i = find(mask, state);
        if (stamp[i] == generation) {
            return false;
        }
        if (size == masks.length) {
            masks = Arrays.copyOf(masks, 2 * size);
            states = Arrays.copyOf(states, 2 * size);
        }
        masks[size] = mask;
        states[size] = state;
        stamp[i] = generation;
        table[i] = size++;
        return true;
    }

    private int find(long mask, long state) {
        int m = table.length - 1;
        long h = (mask * 0x9E3779B97F4A7C15L) ^ (state * 0xC2B2AE3D27D4EB4FL);
        int i = (int) (h ^ (h >>> 29)) & m;
        while (stamp[i] == generation && (masks[table[i]] != mask || states[table[i]] != state)) {
            i = (i + 1) & m;
        }
        return i;
    }

    private void grow() {
        int n = table.length * 2;
        table = new int[n];
        stamp = new int[n];
        generation = 1;
        for (int j = 0; j < size; j++) {
            int i = find(masks[j], states[j]);
            stamp[i] = generation;
            table[i] = j;
        }
    }

    /** Up to {@code limit} distinct values, ascending. */
    long[] states(int limit) {
        long[] all = Arrays.copyOf(states, size);
        long[] distinct = Arrays.stream(all).sorted().distinct().limit(limit).toArray();
        return distinct;
    }
}
