package dev.tmrkit.stateful.sim.engine;

import dev.tmrkit.stateful.sim.fault.Fault;

import java.util.List;

/**
 * A node's clock under {@link Fault.Skew}s: the true time outside the skew windows; inside one, the
 * window's start plus its jump plus the time since the start times its rate. Windows of one node do not
 * overlap (the schedule refuses that).
 */
final class Clock {
    private final long[] at;
    private final long[] to;
    private final double[] rate;
    private final long[] offset;

    /** The clock of a node with {@code skews}, sorted by start. */
    Clock(List<Fault.Skew> skews) {
        int n = skews.size();
        at = new long[n];
        to = new long[n];
        rate = new double[n];
        offset = new long[n];
        for (int i = 0; i < n; i++) {
            Fault.Skew k = skews.get(i);
            at[i] = k.at();
            to[i] = k.to();
            rate[i] = k.rate();
            offset[i] = k.offset();
        }
    }

    /** The reading at true time {@code t}. */
    long read(long t) {
        for (int i = 0; i < at.length; i++) {
            if (t >= at[i] && t < to[i]) {
                return at[i] + offset[i] + (long) Math.floor((t - at[i]) * rate[i]);
            }
        }
        return t;
    }

    /** The first true time, {@code t} or later, at which this clock reads {@code read(t) + delay} or more. */
    long after(long t, long delay) {
        long target = read(t) + delay;
        long cur = t;
        while (true) {
            int inside = -1;
            long next = Long.MAX_VALUE;
            for (int i = 0; i < at.length; i++) {
                if (cur >= at[i] && cur < to[i]) {
                    inside = i;
                } else if (at[i] > cur && at[i] < next) {
                    next = at[i];
                }
            }
            if (inside >= 0) {
                int i = inside;
                long x = at[i] + (long) Math.ceil((target - at[i] - offset[i]) / rate[i]);
                while (x < to[i] && at[i] + offset[i] + (long) Math.floor((x - at[i]) * rate[i]) < target) {
                    x++;   // floating-point rounding: step up to the first microsecond that reaches the target
                }
                while (x > cur && at[i] + offset[i] + (long) Math.floor((x - 1 - at[i]) * rate[i]) >= target) {
                    x--;   // the reading is floored: the first microsecond it reaches the target
                }
                if (x < to[i]) {
                    return Math.max(cur, x);
                }
                cur = to[i];
            } else {
                if (target < next) {
                    return Math.max(cur, target);
                }
                cur = next;
            }
        }
    }
}
