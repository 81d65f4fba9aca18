package dev.tmrkit.stateful;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

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
}
