package dev.tmrkit.stateful.replica;

import java.util.Arrays;

/** A set of non-zero longs by open addressing, without boxing: the operation ids a replica applied. */
final class LongSet {
    private long[] table = new long[64];
    private int size;

    /** Adds {@code key} (not 0); returns false if it was already there. */
    boolean add(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("0 is not a valid key");
        }
        if (2 * (size + 1) > table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = index(key, mask);
        while (table[i] != 0) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        size++;
        return true;
    }

    boolean contains(long key) {
        int mask = table.length - 1;
        for (int i = index(key, mask); table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == key) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(table, 0);
        size = 0;
    }

    /** The keys, sorted. */
    long[] toSortedArray() {
        long[] out = new long[size];
        int k = 0;
        for (long v : table) {
            if (v != 0) {
                out[k++] = v;
            }
        }
        Arrays.sort(out);
        return out;
    }

    private static int index(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != 0) {
                add(v);
            }
        }
    }
}
