package dev.tmrkit.cli.options;

/**
 * Bounds of numeric options, checked before any work: a number outside them is refused with the bound
 * named, never wrapped around, truncated or run until the machine gives up.
 */
public final class Limits {
    /**
     * Random patterns of one run: 2^30 (about 1.1·10^9). Campaigns hold their patterns 64 to a word, so this
     * is what an int-indexed array of words per input can take (memory permitting).
     */
    public static final long MAX_PATTERNS = 1L << 30;
    /** Clock cycles of one sequence or one evaluation run. */
    public static final long MAX_CYCLES = 10_000_000L;
    /** Worker threads. */
    public static final int MAX_THREADS = 1024;

    private Limits() {
    }

    /** {@code value} when {@code min ≤ value ≤ max}; else a {@link UserException} naming the option and range. */
    public static long check(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new UserException(option + " must be " + (value < min ? "at least " + min : "at most " + max
                    + describe(max)) + ", got " + value);
        }
        return value;
    }

    /** As {@link #check(String, long, long, long)} for an int option. */
    public static int check(String option, int value, int min, int max) {
        return (int) check(option, (long) value, min, max);
    }

    private static String describe(long max) {
        return max == MAX_PATTERNS ? " (2^30)" : "";
    }
}
