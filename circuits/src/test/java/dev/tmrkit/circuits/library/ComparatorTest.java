package dev.tmrkit.circuits.library;

import static dev.tmrkit.circuits.library.Vectors.builtin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The constant comparator against unsigned integer comparison. */
class ComparatorTest {

    @Test
    void defaultIsFourBitsGreaterThanTen() {
        Netlist gt10 = builtin("comparator");
        assertEquals(builtin("comparator:4:10"), gt10);
        assertEquals(List.of("x0", "x1", "x2", "x3"), gt10.inputNames());
        assertEquals(List.of("gt"), gt10.outputNames());
        assertComparesExhaustively(gt10, 4, 10);
    }

    @Test
    void greaterThanTenIsThreeGates() {
        // gt = x3 ∧ (x2 ∨ (x1 ∧ x0)): logic specialised to the constant, not a general comparator
        Netlist gt10 = builtin("comparator:4:10");
        assertEquals(3, gt10.gateCount());
        assertEquals(3, gt10.depth());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void everyConstantOfSmallWidthsExhaustively(int width) {
        for (long k = 0; k < 1L << width; k++) {
            Netlist n = builtin("comparator:" + width + ":" + k);
            assertComparesExhaustively(n, width, k);
            assertUsesOnlySimpleGates(n, width);
        }
    }

    @Test
    void largestConstantIsNeverExceeded() {
        Netlist n = builtin("comparator:3:7");
        assertEquals(1, n.gateCount());
        assertEquals(GateType.CONST0, n.gate(0).type());
        assertComparesExhaustively(n, 3, 7);
    }

    @Test
    void sixtyFourBitsOnRandomConstantsAndInputs() {
        qt().withExamples(150).forAll(longs().all(), longs().all()).checkAssert((k, x) -> {
            Netlist n = ConstantComparator.netlist(64, k);
            boolean[] in = new boolean[64];
            Vectors.put(in, 0, 64, x);
            assertEquals(Long.compareUnsigned(x, k) > 0, Vectors.eval(n, in)[0],
                    () -> Long.toUnsignedString(x) + " > " + Long.toUnsignedString(k));
            // the boundary on both sides of K
            Vectors.put(in, 0, 64, k);
            assertEquals(false, Vectors.eval(n, in)[0]);
            if (k != -1L) {
                Vectors.put(in, 0, 64, k + 1);
                assertEquals(true, Vectors.eval(n, in)[0]);
            }
        });
    }

    @Test
    void fullRangeConstantParsesUnsigned() {
        Netlist n = builtin("comparator:64:18446744073709551614"); // 2^64 - 2
        boolean[] in = new boolean[64];
        Vectors.put(in, 0, 64, -1L);
        assertTrue(Vectors.eval(n, in)[0]);
        Vectors.put(in, 0, 64, -2L);
        assertEquals(false, Vectors.eval(n, in)[0]);
    }

    private static void assertComparesExhaustively(Netlist n, int width, long k) {
        ReferenceEvaluator eval = new ReferenceEvaluator(n);
        for (long x = 0; x < 1L << width; x++) {
            assertEquals(x > k, eval.evaluate(Vectors.pattern(width, x))[0], "N=" + width + " K=" + k + " x=" + x);
        }
    }

    /** At most one AND/OR per bit, plus a BUF or CONST0 when no gate is needed. */
    private static void assertUsesOnlySimpleGates(Netlist n, int width) {
        assertTrue(n.gateCount() <= width, n + " has more gates than bits");
        Set<GateType> allowed = Set.of(GateType.AND, GateType.OR, GateType.BUF, GateType.CONST0);
        for (Gate g : n.gates()) {
            assertTrue(allowed.contains(g.type()), g.type() + " in " + n.name());
        }
    }
}
