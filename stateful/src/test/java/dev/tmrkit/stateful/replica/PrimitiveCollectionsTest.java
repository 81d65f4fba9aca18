package dev.tmrkit.stateful.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The unboxed map and set behave as java.util's, under any sequence of operations. */
class PrimitiveCollectionsTest {
    @Test
    void longMapBehavesAsAHashMapUnderPutsGetsAndRemovals() {
        // op: key in 1..40 (few keys, many collisions and removals); sign chooses put or remove
        qt().forAll(lists().of(integers().between(-40, 40)).ofSizeBetween(0, 500)).checkAssert(ops -> {
            LongMap<String> map = new LongMap<>();
            Map<Long, String> oracle = new HashMap<>();
            int step = 0;
            for (int op : ops) {
                long key = Math.abs(op) * 0x10001L + 1;   // spread keys, some sharing home slots after masking
                if (op >= 0) {
                    map.put(key, "v" + step);
                    oracle.put(key, "v" + step);
                } else {
                    assertEquals(oracle.remove(key), map.remove(key));
                }
                step++;
                assertEquals(oracle.size(), map.size());
                for (long k = 0; k <= 40; k++) {
                    long probe = k * 0x10001L + 1;
                    assertEquals(oracle.get(probe), map.get(probe));
                }
            }
        });
    }

    @Test
    void longSetBehavesAsATreeSet() {
        qt().forAll(lists().of(integers().between(1, 200)).ofSizeBetween(0, 400)).checkAssert(keys -> {
            LongSet set = new LongSet();
            TreeSet<Long> oracle = new TreeSet<>();
            for (int k : keys) {
                assertEquals(oracle.add((long) k), set.add(k));
                assertEquals(oracle.size(), set.size());
            }
            assertEquals(oracle.stream().toList(), java.util.Arrays.stream(set.toSortedArray()).boxed().toList());
            for (long k = 1; k <= 200; k++) {
                assertEquals(oracle.contains(k), set.contains(k));
            }
        });
    }
}
