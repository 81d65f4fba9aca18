package dev.tmrkit.stateful;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ValueVoteTest {
    @Test
    void threeEqualValuesVoteForThatValueBothWays() {
        qt().forAll(longs().all()).checkAssert(v -> {
            assertEquals(OptionalLong.of(v), ValueVote.majority(v, v, v));
            assertEquals(v, ValueVote.bitwise(v, v, v));
        });
    }

    @Test
    void oneDeviantReplicaIsOutvotedWhereverItSits() {
        qt().forAll(longs().all(), longs().all()).assuming((v, w) -> v != w).checkAssert((v, w) -> {
            assertEquals(OptionalLong.of(v), ValueVote.majority(w, v, v));
            assertEquals(OptionalLong.of(v), ValueVote.majority(v, w, v));
            assertEquals(OptionalLong.of(v), ValueVote.majority(v, v, w));
            assertEquals(v, ValueVote.bitwise(v, w, v));
        });
    }

    @Test
    void threeDifferentValuesHaveNoMajorityButTheBitwiseVoterStillAnswers() {
        // 2 = 010, 5 = 101, 4 = 100: no value majority; bitwise majority is 100 = 4
        assertTrue(ValueVote.majority(2, 5, 4).isEmpty());
        assertEquals(4, ValueVote.bitwise(2, 5, 4));
        // 1, 2, 4: bitwise majority is 0, a value no replica holds
        assertEquals(0, ValueVote.bitwise(1, 2, 4));
    }

    /** Answers drawn from few values (so majorities happen), an electorate at least as large. */
    private static void forAnswers(java.util.function.BiConsumer<long[], Integer> check) {
        qt().forAll(lists().of(integers().between(0, 3)).ofSizeBetween(0, 9), integers().between(0, 4))
                .checkAssert((answers, missing) -> {
                    long[] values = answers.stream().mapToLong(v -> v * 0x5L).toArray();
                    check.accept(values, values.length + missing);
                });
    }

    @Test
    void theValueVoteOfAnyElectorateIsTheValueMoreThanHalfOfItHold() {
        forAnswers((values, electorate) -> {
            OptionalLong expected = OptionalLong.empty();
            for (long v : values) {
                long votes = java.util.Arrays.stream(values).filter(x -> x == v).count();
                if (2 * votes > electorate) {
                    expected = OptionalLong.of(v);
                }
            }
            assertEquals(expected, ValueVote.majority(values, values.length, electorate));
        });
    }

    @Test
    void theBitwiseVoteOfAnyElectorateSetsTheBitsMoreThanHalfOfItSet() {
        forAnswers((values, electorate) -> {
            long expected = 0;
            for (int bit = 0; bit < 64; bit++) {
                int b = bit;
                long ones = java.util.Arrays.stream(values).filter(x -> (x >>> b & 1) == 1).count();
                expected |= 2 * ones > electorate ? 1L << bit : 0;
            }
            assertEquals(expected, ValueVote.bitwise(values, values.length, electorate));
        });
    }

    @Test
    void theArrayFormsAgreeWithTheThreeReplicaFormsAndAValueMajorityFixesEveryBit() {
        qt().forAll(longs().all(), longs().all(), longs().all()).checkAssert((a, b, c) -> {
            long[] v = {a, b, c};
            assertEquals(ValueVote.majority(a, b, c), ValueVote.majority(v, 3, 3));
            assertEquals(ValueVote.bitwise(a, b, c), ValueVote.bitwise(v, 3, 3));
            ValueVote.majority(a, b, c).ifPresent(m -> assertEquals(m, ValueVote.bitwise(a, b, c)));
        });
        // two of three answered and agree: that value; they differ: no majority, and the bitwise vote is a AND b
        assertEquals(OptionalLong.of(6), ValueVote.majority(new long[] {6, 6}, 2, 3));
        assertTrue(ValueVote.majority(new long[] {6, 5}, 2, 3).isEmpty());
        assertEquals(6 & 5, ValueVote.bitwise(new long[] {6, 5}, 2, 3));
    }
}
