package dev.tmrkit.gates.testing;

import java.util.concurrent.atomic.AtomicBoolean;
import org.quicktheories.QuickTheory;

/**
 * The seed of every property test, so a run is reproducible: a fixed default, which CI uses; another
 * number through {@code -Dtmrkit.seed=N} or {@code TMRKIT_SEED=N}; {@code random} for a fresh one. The seed
 * in use is printed once per test JVM, and QuickTheories prints it again with any counterexample.
 */
public final class PropertySeed {
    /** The seed when nothing else is asked for. */
    public static final long DEFAULT = 0x7317_2026L;
    private static final long SEED = choose();
    private static final AtomicBoolean PRINTED = new AtomicBoolean();

    private PropertySeed() {
    }

    /** The seed of this test run. */
    public static long seed() {
        if (PRINTED.compareAndSet(false, true)) {
            System.err.println("property tests: seed " + SEED + " (rerun with -Dtmrkit.seed=" + SEED
                    + "; -Dtmrkit.seed=random for a fresh one)");
        }
        return SEED;
    }

    /** QuickTheories with this run's seed: use instead of {@code QuickTheory.qt()}. */
    public static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(seed());
    }

    private static long choose() {
        String asked = System.getProperty("tmrkit.seed", System.getenv("TMRKIT_SEED"));
        if (asked == null || asked.isBlank()) {
            return DEFAULT;
        }
        if (asked.equalsIgnoreCase("random")) {
            return new java.security.SecureRandom().nextLong();
        }
        return Long.decode(asked.trim());
    }
}
