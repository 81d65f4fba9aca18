package dev.tmrkit.gates.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tmrkit.gates.eval.ReferenceEvaluator;
import org.junit.jupiter.api.Test;

/** Algebraic laws of the word voter, and its agreement with the scalar voter and the voter netlist. */
class WordVoterTest {

    @Test
    void symmetricUnderAllSixPermutations() {
        qt().forAll(longs().all(), longs().all(), longs().all()).checkAssert((a, b, c) -> {
            long r = WordVoter.vote(a, b, c);
            assertEquals(r, WordVoter.vote(a, c, b));
            assertEquals(r, WordVoter.vote(b, a, c));
            assertEquals(r, WordVoter.vote(b, c, a));
            assertEquals(r, WordVoter.vote(c, a, b));
            assertEquals(r, WordVoter.vote(c, b, a));
        });
    }

    @Test
    void twoEqualInputsWin() {
        qt().forAll(longs().all(), longs().all()).checkAssert((a, b) -> {
            assertEquals(a, WordVoter.vote(a, a, b));
            assertEquals(a, WordVoter.vote(a, b, a));
            assertEquals(a, WordVoter.vote(b, a, a));
        });
    }

    @Test
    void anySingleCorruptedInputIsMasked() {
        qt().forAll(longs().all(), longs().all(), integers().between(0, 2)).checkAssert((a, e, position) -> {
            long[] in = {a, a, a};
            in[position] ^= e;
            assertEquals(a, WordVoter.vote(in[0], in[1], in[2]), "error " + Long.toHexString(e) + " at " + position);
        });
    }

    @Test
    void disagreementIsZeroExactlyWhereAllAgree() {
        qt().forAll(longs().all(), longs().all(), longs().all()).checkAssert((a, b, c) -> {
            long d = WordVoter.disagreement(a, b, c);
            for (int bit = 0; bit < 64; bit++) {
                boolean x = bit(a, bit);
                boolean y = bit(b, bit);
                boolean z = bit(c, bit);
                assertEquals(!(x == y && y == z), bit(d, bit), "bit " + bit);
            }
        });
    }

    @Test
    void singleCorruptionIsReportedAsDisagreement() {
        qt().forAll(longs().all(), longs().all(), integers().between(0, 2)).checkAssert((a, e, position) -> {
            long[] in = {a, a, a};
            in[position] ^= e;
            assertEquals(e, WordVoter.disagreement(in[0], in[1], in[2]));
        });
    }

    @Test
    void agreesBitwiseWithTheScalarVoter() {
        qt().forAll(longs().all(), longs().all(), longs().all()).checkAssert((a, b, c) -> {
            long r = WordVoter.vote(a, b, c);
            for (int bit = 0; bit < 64; bit++) {
                assertEquals(MajorityVoter.vote(bit(a, bit), bit(b, bit), bit(c, bit)), bit(r, bit), "bit " + bit);
            }
        });
    }

    @Test
    void intVoteIsTheLowHalfOfTheLongVote() {
        qt().forAll(integers().all(), integers().all(), integers().all()).checkAssert((a, b, c) ->
                assertEquals((int) WordVoter.vote((long) a, (long) b, (long) c), WordVoter.vote(a, b, c)));
    }

    @Test
    void voterNetlistEvaluatedBitByBitEqualsTheWordVoter() {
        ReferenceEvaluator eval = new ReferenceEvaluator(MajorityVoter.netlist());
        qt().withExamples(200).forAll(longs().all(), longs().all(), longs().all()).checkAssert((a, b, c) -> {
            long r = WordVoter.vote(a, b, c);
            for (int bit = 0; bit < 64; bit++) {
                boolean[] out = eval.evaluate(new boolean[] {bit(a, bit), bit(b, bit), bit(c, bit)});
                assertEquals(bit(r, bit), out[0], "bit " + bit);
            }
        });
    }

    private static boolean bit(long word, int bit) {
        return (word >>> bit & 1L) != 0;
    }
}
