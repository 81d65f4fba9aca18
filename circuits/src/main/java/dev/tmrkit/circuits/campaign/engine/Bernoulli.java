package dev.tmrkit.circuits.campaign.engine;

import java.util.SplittableRandom;

/** Random words whose bits are independently 1 with probability p. */
final class Bernoulli {
    private final double p;
    private final double logQ;

    Bernoulli(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
        }
        this.p = p;
        this.logQ = Math.log1p(-p);
    }

    /** Fills {@code words} with Bernoulli(p) bits; returns true when any bit is set. */
    boolean fill(long[] words, SplittableRandom r) {
        java.util.Arrays.fill(words, 0L);
        long bits = 64L * words.length;
        if (p == 0) {
            return false;
        }
        if (p >= 0.125) {
            boolean any = false;
            for (int w = 0; w < words.length; w++) {
                long x = 0;
                for (int b = 0; b < 64; b++) {
                    if (r.nextDouble() < p) {
                        x |= 1L << b;
                    }
                }
                words[w] = x;
                any |= x != 0;
            }
            return any;
        }
        // geometric skips between set bits: exact, and cheap for small p
        boolean any = false;
        long pos = skip(r);
        while (pos < bits) {
            words[(int) (pos >>> 6)] |= 1L << (pos & 63);
            any = true;
            pos += 1 + skip(r);
        }
        return any;
    }

    private long skip(SplittableRandom r) {
        double u = 1.0 - r.nextDouble(); // (0, 1]
        double s = Math.floor(Math.log(u) / logQ);
        return s > Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : (long) s;
    }
}
