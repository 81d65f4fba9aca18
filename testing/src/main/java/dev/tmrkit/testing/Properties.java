package dev.tmrkit.testing;

import org.quicktheories.QuickTheory;

/**
 * The entry point of every QuickTheories property test: {@code Properties.qt()} in place of
 * {@code QuickTheory.qt()}, with the seed of {@link Seeds#seed()} so that a run is repeatable and says how.
 */
public final class Properties {
    private Properties() {
    }

    /** QuickTheories with this JVM's seed. */
    public static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Seeds.seed());
    }
}
