package dev.tmrkit.gates.fault;

import java.util.Arrays;

/** An immutable set of pattern lanes (lane = word * 64 + bit), or all of them. */
public final class LaneMask {
    public static final LaneMask ALL = new LaneMask(null);

    private final long[] words; // null = all lanes

    private LaneMask(long[] words) {
        this.words = words;
    }

    public static LaneMask of(int... lanes) {
        int max = 0;
        for (int l : lanes) {
            if (l < 0) {
                throw new IllegalArgumentException("negative lane " + l);
            }
            max = Math.max(max, l);
        }
        long[] w = new long[max / 64 + 1];
        for (int l : lanes) {
            w[l >>> 6] |= 1L << (l & 63);
        }
        return new LaneMask(w);
    }

    /** The lanes whose bits are set in {@code words} (lane = word * 64 + bit). */
    public static LaneMask ofWords(long[] words) {
        return new LaneMask(words.clone());
    }

    public boolean isAll() {
        return words == null;
    }

    public long word(int index) {
        if (words == null) {
            return -1L;
        }
        return index < words.length ? words[index] : 0L;
    }

    public boolean contains(int lane) {
        return (word(lane >>> 6) >>> (lane & 63) & 1L) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LaneMask m && Arrays.equals(trim(words), trim(m.words));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(trim(words));
    }

    private static long[] trim(long[] w) {
        if (w == null) {
            return null;
        }
        int n = w.length;
        while (n > 0 && w[n - 1] == 0) {
            n--;
        }
        return Arrays.copyOf(w, n);
    }

    @Override
    public String toString() {
        if (words == null) {
            return "all";
        }
        StringBuilder sb = new StringBuilder("{");
        for (int l = 0; l < words.length * 64; l++) {
            if (contains(l)) {
                sb.append(sb.length() > 1 ? "," : "").append(l);
            }
        }
        return sb.append('}').toString();
    }
}
