package dev.tmrkit.circuits.library;

import static dev.tmrkit.circuits.library.Vectors.builtin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The full adder and the ripple-carry adder against integer addition. */
class AdderTest {

    @Test
    void fullAdderIsOneBitArithmetic() {
        Netlist fa = builtin("full-adder");
        assertEquals(List.of("a", "b", "cin"), fa.inputNames());
        assertEquals(List.of("sum", "cout"), fa.outputNames());
        ReferenceEvaluator eval = new ReferenceEvaluator(fa);
        for (int p = 0; p < 8; p++) {
            boolean[] in = Vectors.pattern(3, p);
            int total = (in[0] ? 1 : 0) + (in[1] ? 1 : 0) + (in[2] ? 1 : 0);
            boolean[] out = eval.evaluate(in);
            assertEquals(total, (out[0] ? 1 : 0) + 2 * (out[1] ? 1 : 0), "a,b,cin = bits of " + p);
        }
    }

    @Test
    void rippleAdderPortsAreInDocumentedOrder() {
        Netlist adder = builtin("ripple-adder:3");
        assertEquals(List.of("a0", "a1", "a2", "b0", "b1", "b2", "cin"), adder.inputNames());
        assertEquals(List.of("s0", "s1", "s2", "cout"), adder.outputNames());
        assertEquals(builtin("ripple-adder:4"), builtin("ripple-adder"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void rippleAdderAddsExhaustively(int width) {
        ReferenceEvaluator eval = new ReferenceEvaluator(builtin("ripple-adder:" + width));
        long max = 1L << width;
        for (long a = 0; a < max; a++) {
            for (long b = 0; b < max; b++) {
                for (int cin = 0; cin < 2; cin++) {
                    assertAdds(eval, width, a, b, cin == 1);
                }
            }
        }
    }

    @Test
    void sixteenBitAdderOnRandomVectors() {
        ReferenceEvaluator eval = new ReferenceEvaluator(builtin("ripple-adder:16"));
        qt().withExamples(300).forAll(longs().between(0, 0xFFFF), longs().between(0, 0xFFFF), booleans().all())
                .checkAssert((a, b, cin) -> assertAdds(eval, 16, a, b, cin));
    }

    @Test
    void sixtyFourBitAdderOnRandomVectors() {
        ReferenceEvaluator eval = new ReferenceEvaluator(builtin("ripple-adder:64"));
        qt().withExamples(200).forAll(longs().all(), longs().all(), booleans().all())
                .checkAssert((a, b, cin) -> assertAdds(eval, 64, a, b, cin));
    }

    @Test
    void sixtyFourBitAdderCarriesAllTheWay() {
        ReferenceEvaluator eval = new ReferenceEvaluator(builtin("ripple-adder:64"));
        assertAdds(eval, 64, -1L, 0L, true);
        assertAdds(eval, 64, -1L, -1L, true);
        assertAdds(eval, 64, Long.MIN_VALUE, Long.MIN_VALUE, false);
    }

    /** a + b + cin, as unbounded integers, equals s + 2^width · cout. */
    private static void assertAdds(ReferenceEvaluator eval, int width, long a, long b, boolean cin) {
        boolean[] in = new boolean[2 * width + 1];
        Vectors.put(in, 0, width, a);
        Vectors.put(in, width, width, b);
        in[2 * width] = cin;
        boolean[] out = eval.evaluate(in);
        BigInteger expected = unsigned(a).add(unsigned(b)).add(cin ? BigInteger.ONE : BigInteger.ZERO);
        BigInteger got = unsigned(Vectors.get(out, 0, width)).add(out[width] ? BigInteger.ONE.shiftLeft(width) : BigInteger.ZERO);
        assertEquals(expected, got, () -> width + "-bit " + Long.toUnsignedString(a) + " + " + Long.toUnsignedString(b)
                + " + " + (cin ? 1 : 0) + "; outputs " + render(out));
    }

    private static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }

    private static String render(boolean[] bits) {
        List<String> s = new ArrayList<>();
        for (boolean b : bits) {
            s.add(b ? "1" : "0");
        }
        return String.join("", s);
    }
}
