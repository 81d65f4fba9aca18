package dev.tmrkit.testing;

import java.security.SecureRandom;

/**
 * The seed of every property test in one JVM. It comes from the {@code tmrkit.seed} system property, else the
 * {@code TMRKIT_QT_SEED} environment variable: a number (decimal, may be negative) repeats a run, {@code random}
 * draws a fresh seed; unset or empty means {@link #DEFAULT}, so CI is reproducible. The seed is printed (to
 * standard error, once per JVM) with how to repeat it.
 */
public final class Seeds {
    /** The seed when none is chosen. */
    public static final long DEFAULT = 20_260_101L;
    public static final String PROPERTY = "tmrkit.seed";
    public static final String VARIABLE = "TMRKIT_QT_SEED";

    private static volatile Long chosen;

    private Seeds() {
    }

    /** The seed of this JVM's property tests, chosen (and printed) on first use. */
    public static long seed() {
        Long s = chosen;
        if (s == null) {
            synchronized (Seeds.class) {
                if (chosen == null) {
                    String text = System.getProperty(PROPERTY);
                    if (text == null || text.isBlank()) {
                        text = System.getenv(VARIABLE);
                    }
                    chosen = parse(text, new SecureRandom().nextLong());
                    System.err.println("tmrkit property tests: QuickTheories seed " + chosen
                            + " (repeat with -D" + PROPERTY + "=" + chosen + " or " + VARIABLE + "=" + chosen + ")");
                }
                s = chosen;
            }
        }
        return s;
    }

    /**
     * The seed a setting names: {@link #DEFAULT} for null or blank, {@code fresh} for {@code random}, else the
     * decimal number.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static long parse(String text, long fresh) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String t = text.trim();
        if (t.equalsIgnoreCase("random")) {
            return fresh;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " / " + VARIABLE + " must be a decimal seed or 'random', got '"
                    + text + "'", e);
        }
    }
}
