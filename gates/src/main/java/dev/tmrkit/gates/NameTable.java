package dev.tmrkit.gates;

import java.util.Arrays;

/**
 * Net names and their dense ids: an append-only array of names plus an open-addressing hash table of
 * ids (8 bytes per net at half load, against ~50 for a {@code HashMap<String, Integer>}), so netlists
 * of millions of gates stay small.
 */
final class NameTable {
    private String[] names = new String[16];
    private int size;
    private int[] table = new int[32]; // id + 1, 0 = empty

    int size() {
        return size;
    }

    String name(int id) {
        return names[id];
    }

    /** The id of {@code name}, or -1. */
    int find(String name) {
        int mask = table.length - 1;
        for (int i = spread(name.hashCode()) & mask; ; i = (i + 1) & mask) {
            int e = table[i];
            if (e == 0) {
                return -1;
            }
            if (names[e - 1].equals(name)) {
                return e - 1;
            }
        }
    }

    /** The id of {@code name}, added if new. */
    int intern(String name) {
        int mask = table.length - 1;
        int i = spread(name.hashCode()) & mask;
        for (; table[i] != 0; i = (i + 1) & mask) {
            if (names[table[i] - 1].equals(name)) {
                return table[i] - 1;
            }
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
        }
        names[size] = name;
        table[i] = ++size;
        if (size * 2 > table.length) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int id = 0; id < size; id++) {
            int i = spread(names[id].hashCode()) & mask;
            while (t[i] != 0) {
                i = (i + 1) & mask;
            }
            t[i] = id + 1;
        }
        table = t;
    }

    /** Trims the name array to size; the table stays as it is. */
    NameTable freeze() {
        names = Arrays.copyOf(names, size);
        return this;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B9;
    }
}
