package dev.tmrkit.stateful.sim;

import java.util.Locale;

/** Simulated time is a {@code long} count of microseconds; this parses and prints durations. */
public final class Time {
    /** One millisecond. */
    public static final long MS = 1_000;
    /** One second. */
    public static final long S = 1_000_000;

    private Time() {
    }

    /**
     * Parses {@code 250ms}, {@code 2s}, {@code 1.5s}, {@code 800us}; a bare number is milliseconds.
     *
     * @throws IllegalArgumentException naming the text when it is not a duration of 0 or more
     */
    /** The longest duration a simulation takes: 10^7 s (about 116 days), far from overflowing microseconds. */
    public static final long MAX_MICROS = 10_000_000L * 1_000_000L;

    public static long parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        long unit = MS;
        String number = t;
        if (t.endsWith("ms")) {
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("us")) {
            unit = 1;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            unit = S;
            number = t.substring(0, t.length() - 1);
        }
        try {
            double v = Double.parseDouble(number.strip());
            if (!(v >= 0) || Double.isInfinite(v) || number.strip().isEmpty()) {
                throw new NumberFormatException();
            }
            if (v * unit > MAX_MICROS) {
                throw new IllegalArgumentException("'" + text + "' is longer than the limit of " + MAX_MICROS / S + " s");
            }
            return Math.round(v * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (examples: 250ms, 2s, 800us)");
        }
    }

    /** A readable duration: {@code 1.25 s}, {@code 3.10 ms}, {@code 40 us}. */
    public static String format(long micros) {
        if (micros >= S && micros % (S / 100) == 0 || micros >= 10 * S) {
            return String.format(Locale.ROOT, "%.2f s", micros / (double) S);
        }
        if (micros >= MS) {
            return String.format(Locale.ROOT, "%.2f ms", micros / (double) MS);
        }
        return micros + " us";
    }
}
