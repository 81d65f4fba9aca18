package dev.tmrkit.stateful.sim.engine;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;

class EventQueueTest {
    /** An oracle entry: time, push order, payload. */
    private record Entry(long time, long order, int node) {
    }

    @Test
    void popsInTimeOrderAndFirstInFirstOutAmongEqualTimesLikeAPriorityQueueOfTimeAndPushOrder() {
        // a list of operations: >= 0 pushes an event at that time (few distinct times, many ties), -1 pops
        qt().forAll(lists().of(integers().between(-1, 20)).ofSizeBetween(0, 400)).checkAssert(ops -> {
            EventQueue q = new EventQueue();
            PriorityQueue<Entry> oracle = new PriorityQueue<>(Comparator.comparingLong(Entry::time).thenComparingLong(Entry::order));
            long order = 0;
            for (int op : ops) {
                if (op >= 0) {
                    q.push(op, 1, (int) order, 0, 0, null);
                    oracle.add(new Entry(op, order, (int) order));
                    order++;
                } else if (!oracle.isEmpty()) {
                    Entry expected = oracle.poll();
                    assertEquals(expected.time(), q.peekTime());
                    int slot = q.pop();
                    assertEquals(expected.node(), q.node(slot));
                    q.release(slot);
                }
                assertEquals(oracle.size(), q.size());
            }
            while (!oracle.isEmpty()) {
                int slot = q.pop();
                assertEquals(oracle.poll().node(), q.node(slot));
                q.release(slot);
            }
        });
    }

    @Test
    void sequenceNumbersFollowPushOrderAndFieldsSurviveSlotReuse() {
        EventQueue q = new EventQueue();
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, q.push(5, i % 6, i, -i, i & 1, "e" + i));
        }
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, q.peekSeq());
            int slot = q.pop();
            assertEquals(List.of(i % 6, i, -i, i & 1, "e" + i),
                    List.of(q.kind(slot), q.node(slot), q.arg(slot), q.flag(slot), q.payload(slot)));
            q.release(slot);
            if (i % 3 == 0) {
                q.push(6, 0, 7, 0, 0, null);
            }
        }
        assertEquals(334, q.size());
    }
}
