package dev.tmrkit.circuits.campaign.model;

/**
 * How outputs are judged. {@link #EXACT}: every output must equal the fault-free circuit's.
 * {@link #TRIPLICATED}: outputs come in consecutive groups of three copies (a TMR stage with triplicated
 * outputs, read by a downstream voter); a group is right when at least two of its copies are right.
 */
public enum OutputCheck {
    EXACT,
    TRIPLICATED;

    /**
     * The lanes in which the outputs are wrong, given per-output error words ({@code good ^ faulty}) of
     * one word position.
     */
    public long wrongLanes(long[] errors) {
        long wrong = 0;
        if (this == EXACT) {
            for (long e : errors) {
                wrong |= e;
            }
            return wrong;
        }
        for (int o = 0; o + 2 < errors.length; o += 3) {
            long a = errors[o];
            long b = errors[o + 1];
            long c = errors[o + 2];
            wrong |= (a & b) | (b & c) | (a & c);
        }
        return wrong;
    }

    /**
     * As {@link #wrongLanes(long[])} when only the outputs at positions {@code reached} can be wrong (the
     * others' error words are 0).
     */
    public long wrongLanes(long[] errors, int[] reached) {
        return wrongLanes(errors, reached, reached.length);
    }

    /** As {@link #wrongLanes(long[], int[])} with the first {@code count} entries of {@code reached}. */
    public long wrongLanes(long[] errors, int[] reached, int count) {
        long wrong = 0;
        if (this == EXACT) {
            for (int j = 0; j < count; j++) {
                wrong |= errors[reached[j]];
            }
            return wrong;
        }
        for (int j = 0; j < count; j++) {
            int o = reached[j] - reached[j] % 3;
            long a = errors[o];
            long b = errors[o + 1];
            long c = errors[o + 2];
            wrong |= (a & b) | (b & c) | (a & c);
        }
        return wrong;
    }

    /** Checks that a circuit with {@code outputs} outputs can be judged this way. */
    public void validate(int outputs) {
        if (this == TRIPLICATED && outputs % 3 != 0) {
            throw new IllegalArgumentException("triplicated outputs need a multiple of 3 outputs, the circuit has " + outputs);
        }
    }
}
