package dev.tmrkit.stateful.sim.fault;

import dev.tmrkit.stateful.sim.Node;
import java.util.List;

/**
 * A fault the simulator injects at a scheduled time. Node faults name a node id; network faults
 * ({@link Partition}, {@link Omission}) hold for a window {@code [from, to)}.
 */
public sealed interface Fault {
    /** When the fault starts, in microseconds. */
    long at();

    /**
     * The node stops at {@code at}: it handles nothing, its timers die and messages to it are lost. It
     * recovers at {@code recoverAt} (crash-recovery) or never ({@code recoverAt < 0}, crash-stop); a
     * durable node keeps its state, a volatile one restarts empty.
     */
    record Crash(int node, long at, long recoverAt, boolean durable) implements Fault {
        public Crash {
            if (node < 0 || at < 0 || recoverAt >= 0 && recoverAt <= at) {
                throw new IllegalArgumentException("a crash needs a node >= 0, a time >= 0 and a recovery after the crash");
            }
        }

        /** A crash-stop at {@code at}. */
        public static Crash stop(int node, long at) {
            return new Crash(node, at, -1, true);
        }

        public boolean recovers() {
            return recoverAt >= 0;
        }
    }

    /**
     * The process is paused during {@code [at, to)} (as by SIGSTOP): it handles nothing, but unlike a crash
     * it loses nothing: messages that arrive meanwhile and timers that fall due are handled when it resumes,
     * in their order, with its state as it was.
     */
    record Pause(int node, long at, long to) implements Fault {
        public Pause {
            if (node < 0 || at < 0 || to <= at) {
                throw new IllegalArgumentException("a pause needs a node >= 0 and a window from < to");
            }
        }
    }

    /** The node omits to send, to receive, or both, every message during {@code [at, to)}. */
    record Omission(int node, long at, long to, Direction direction) implements Fault {
        public Omission {
            if (node < 0 || at < 0 || to <= at) {
                throw new IllegalArgumentException("an omission needs a node >= 0 and a window from <= to");
            }
        }
    }

    /** Which messages an {@link Omission} loses. */
    enum Direction {
        SEND, RECEIVE, BOTH;

        public boolean sends() {
            return this != RECEIVE;
        }

        public boolean receives() {
            return this != SEND;
        }
    }

    /**
     * The network splits into {@code groups} during {@code [at, to)}: messages between groups are lost.
     * Nodes in no group belong to the first one.
     */
    record Partition(List<List<Integer>> groups, long at, long to) implements Fault {
        public Partition {
            groups = groups.stream().map(List::copyOf).toList();
            if (groups.size() < 2 || at < 0 || to <= at) {
                throw new IllegalArgumentException("a partition needs two groups or more and a window from < to");
            }
            long distinct = groups.stream().flatMap(List::stream).distinct().count();
            if (distinct != groups.stream().mapToLong(List::size).sum()) {
                throw new IllegalArgumentException("a node appears in two groups of partition " + groups);
            }
        }
    }

    /**
     * The node's clock is skewed during {@code [at, to)}: at {@code at} it jumps by {@code offset}
     * microseconds (negative: back) and then runs at {@code rate} times real speed (1: true speed; 0.5: half
     * as fast); at {@code to} it is corrected to the true time. The node's timers run on its clock (a timer
     * set for 10 ms fires when its clock has advanced 10 ms, so a jump forward fires pending timers early)
     * and its protocol reads elapsed time from it ({@link dev.tmrkit.stateful.sim.Context#clock()}); the measurement's times stay true.
     */
    record Skew(int node, long at, long to, double rate, long offset) implements Fault {
        /** The largest jump a skew may make: 10^6 s either way. */
        public static final long MAX_OFFSET = 1_000_000L * 1_000_000L;

        public Skew {
            if (node < 0 || at < 0 || to <= at || !(rate > 0) || Double.isInfinite(rate) || rate > 1000 || rate < 1e-3
                    || Math.abs(offset) > MAX_OFFSET) {
                throw new IllegalArgumentException("a skew needs a node >= 0, a window from < to, a rate in [0.001, 1000] and a jump "
                        + "of at most " + MAX_OFFSET / 1_000_000 + " s");
            }
        }
    }

    /**
     * A single-event upset: bit {@code bit} of the node's state is inverted at {@code at}. A bit of
     * {@link #ANY_BIT} is drawn from the fault stream before the run.
     */
    record Flip(int node, long at, int bit) implements Fault {
        /** A bit to be drawn at random. */
        public static final int ANY_BIT = -1;

        public Flip {
            if (node < 0 || at < 0 || bit < ANY_BIT || bit > 63) {
                throw new IllegalArgumentException("a flip needs a node >= 0, a time >= 0 and a bit in 0..63");
            }
        }
    }
}
