package dev.tmrkit.circuits.faults;

import java.util.SplittableRandom;

/** When a transient flip happens: in a chosen clock cycle, or in one drawn uniformly from a range. */
public sealed interface FlipCycle permits FlipCycle.Fixed, FlipCycle.Uniform {

    /** The cycle of one fault set, drawing from {@code random} if this choice is random. */
    int pick(SplittableRandom random);

    /** Always cycle {@code cycle}. */
    static FlipCycle at(int cycle) {
        return new Fixed(cycle);
    }

    /** A cycle drawn uniformly from {@code 0..cycles-1}, for each fault set. */
    static FlipCycle uniform(int cycles) {
        return new Uniform(cycles);
    }

    /** Always cycle {@code cycle} (0 for a combinational evaluation). */
    record Fixed(int cycle) implements FlipCycle {
        public Fixed {
            if (cycle < 0) {
                throw new IllegalArgumentException("cycle must be >= 0: " + cycle);
            }
        }

        @Override
        public int pick(SplittableRandom random) {
            return cycle;
        }
    }

    /** A cycle drawn uniformly from {@code 0..cycles-1}. */
    record Uniform(int cycles) implements FlipCycle {
        public Uniform {
            if (cycles < 1) {
                throw new IllegalArgumentException("cycles must be >= 1: " + cycles);
            }
        }

        @Override
        public int pick(SplittableRandom random) {
            return random.nextInt(cycles);
        }
    }
}
