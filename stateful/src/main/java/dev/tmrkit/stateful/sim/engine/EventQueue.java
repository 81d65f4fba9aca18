package dev.tmrkit.stateful.sim.engine;

import java.util.Arrays;

/**
 * A binary min-heap of events ordered by (time, sequence number), on primitive arrays: the heap moves
 * only the two keys and a slot number; an event's fields sit in the slot until it is popped. Sequence
 * numbers are handed out in push order, so events at the same time come out first-in, first-out.
 */
final class EventQueue {
    private long[] heapTime = new long[256];
    private long[] heapSeq = new long[256];
    private int[] heapSlot = new int[256];
    private int size;

    private int[] kind = new int[256];
    private int[] node = new int[256];
    private int[] arg = new int[256];
    private int[] flag = new int[256];
    private Object[] payload = new Object[256];
    private int[] free = new int[256];
    private int freeCount;
    private int slots;
    private long nextSeq;

    /** Adds an event; returns its sequence number. */
    long push(long time, int kind, int node, int arg, int flag, Object payload) {
        int slot = freeCount > 0 ? free[--freeCount] : newSlot();
        this.kind[slot] = kind;
        this.node[slot] = node;
        this.arg[slot] = arg;
        this.flag[slot] = flag;
        this.payload[slot] = payload;
        if (size == heapTime.length) {
            heapTime = Arrays.copyOf(heapTime, size * 2);
            heapSeq = Arrays.copyOf(heapSeq, size * 2);
            heapSlot = Arrays.copyOf(heapSlot, size * 2);
        }
        long seq = nextSeq++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long pt = heapTime[parent];
            if (pt < time || pt == time && heapSeq[parent] < seq) {
                break;
            }
            heapTime[i] = pt;
            heapSeq[i] = heapSeq[parent];
            heapSlot[i] = heapSlot[parent];
            i = parent;
        }
        heapTime[i] = time;
        heapSeq[i] = seq;
        heapSlot[i] = slot;
        return seq;
    }

    private int newSlot() {
        if (slots == kind.length) {
            int n = slots * 2;
            kind = Arrays.copyOf(kind, n);
            node = Arrays.copyOf(node, n);
            arg = Arrays.copyOf(arg, n);
            flag = Arrays.copyOf(flag, n);
            payload = Arrays.copyOf(payload, n);
            free = Arrays.copyOf(free, n);
        }
        return slots++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The time of the next event; the queue must not be empty. */
    long peekTime() {
        return heapTime[0];
    }

    /** The sequence number of the next event; the queue must not be empty. */
    long peekSeq() {
        return heapSeq[0];
    }

    /**
     * Removes the next event and returns its slot; read the fields with the accessors, then
     * {@link #release} the slot.
     */
    int pop() {
        int top = heapSlot[0];
        int last = --size;
        if (last > 0) {
            long t = heapTime[last];
            long s = heapSeq[last];
            int slot = heapSlot[last];
            int i = 0;
            int half = last >>> 1;
            while (i < half) {
                int c = 2 * i + 1;
                int r = c + 1;
                if (r < last && (heapTime[r] < heapTime[c] || heapTime[r] == heapTime[c] && heapSeq[r] < heapSeq[c])) {
                    c = r;
                }
                if (t < heapTime[c] || t == heapTime[c] && s < heapSeq[c]) {
                    break;
                }
                heapTime[i] = heapTime[c];
                heapSeq[i] = heapSeq[c];
                heapSlot[i] = heapSlot[c];
                i = c;
            }
            heapTime[i] = t;
            heapSeq[i] = s;
            heapSlot[i] = slot;
        }
        return top;
    }

    int kind(int slot) {
        return kind[slot];
    }

    int node(int slot) {
        return node[slot];
    }

    int arg(int slot) {
        return arg[slot];
    }

    int flag(int slot) {
        return flag[slot];
    }

    Object payload(int slot) {
        return payload[slot];
    }

    void release(int slot) {
        payload[slot] = null;
        free[freeCount++] = slot;
    }
}
