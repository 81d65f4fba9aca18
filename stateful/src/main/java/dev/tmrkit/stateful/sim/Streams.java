package dev.tmrkit.stateful.sim;

import java.util.SplittableRandom;

/**
 * The random streams of one run, split from one seed in a fixed order, one per subsystem: the
 * workload, the network and the faults. Each subsystem draws only from its own stream, so how much
 * one of them draws never shifts another's choices.
 */
public record Streams(long seed, SplittableRandom workload, SplittableRandom network, SplittableRandom faults) {
    /** The streams of {@code seed}. */
    public static Streams of(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom workload = root.split();
        SplittableRandom network = root.split();
        SplittableRandom faults = root.split();
        return new Streams(seed, workload, network, faults);
    }
}
