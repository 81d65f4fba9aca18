package dev.tmrkit.stateful.sim.engine;

import dev.tmrkit.stateful.sim.Context;
import dev.tmrkit.stateful.sim.Corruptible;
import dev.tmrkit.stateful.sim.Digest;
import dev.tmrkit.stateful.sim.Message;
import dev.tmrkit.stateful.sim.NetworkSettings;
import dev.tmrkit.stateful.sim.Node;
import dev.tmrkit.stateful.sim.Timer;
import dev.tmrkit.stateful.sim.fault.Fault;
import dev.tmrkit.stateful.sim.fault.FaultSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The discrete-event simulator: a simulated clock, an event queue ordered by (time, sequence number),
 * the nodes, the network and the fault schedule. Nodes are added, then {@link #run} starts every node
 * at time 0 (in the order added) and processes events in order. Messages to a crashed node and timers
 * of a crashed incarnation are dropped without being events. Every processed event is mixed into
 * {@link #traceHash()} and, if a listener is set, reported to it.
 */
public final class Simulator {
    /** What happened in a processed event. */
    public enum EventKind {
        START, DELIVER, TIMER, CRASH, RECOVER, FLIP,
        /** A node's clock skew begins (detail: the skew) or, with no detail, ends. */
        SKEW,
        /** A node is paused until the pause's end; what falls due meanwhile waits for it. */
        PAUSE
    }

    private static final EventKind[] KINDS = EventKind.values();
    private static final int DELIVER = EventKind.DELIVER.ordinal();
    private static final int TIMER = EventKind.TIMER.ordinal();
    private static final int CRASH_KIND = EventKind.CRASH.ordinal();
    private static final int RECOVER_KIND = EventKind.RECOVER.ordinal();

    private final EventQueue queue = new EventQueue();
    private final List<Slot> slots = new ArrayList<>();
    private final NetworkSettings settings;
    private final FaultSchedule faults;
    private final SplittableRandom networkRandom;
    private Network network;
    private Slot[] byId;
    private long[] sent;
    private long now;
    private long events;
    private long messages;
    private long hash = 0x5EED;
    private TraceListener trace;

    public Simulator(NetworkSettings settings, FaultSchedule faults, SplittableRandom networkRandom) {
        this.settings = settings;
        this.faults = faults;
        this.networkRandom = networkRandom;
    }

    /**
     * Adds a node and returns its id (0, 1, ... in the order added). After a crash with volatile
     * state the node is replaced by {@code restartEmpty.get()}; with durable state it keeps its object.
     */
    public int add(String name, Node node, Supplier<Node> restartEmpty) {
        if (network != null) {
            throw new IllegalStateException("nodes are added before the run starts");
        }
        slots.add(new Slot(slots.size(), name, node, restartEmpty));
        return slots.size() - 1;
    }

    /** Reports every processed event to {@code listener} (null: none). */
    public void trace(TraceListener listener) {
        this.trace = listener;
    }

    /** Processes every event up to and including time {@code until}; the clock then reads {@code until}. */
    public void run(long until) {
        if (network == null) {
            start();
        }
        while (!queue.isEmpty() && queue.peekTime() <= until) {
            step();
        }
        now = Math.max(now, until);
    }

    /**
     * Fires {@code timer} on node {@code id} at time {@code at} (no earlier than now): a stimulus from
     * outside the simulation, such as a client library handing in an operation.
     */
    public void schedule(int id, Timer timer, long at) {
        if (network == null) {
            start();
        }
        if (at < now) {
            throw new IllegalArgumentException("cannot schedule in the past: " + at + " < " + now);
        }
        queue.push(at, TIMER, id, byId[id].incarnation, 0, timer);
    }

    private void start() {
        int n = slots.size();
        byId = slots.toArray(new Slot[0]);
        faults.validate(n);
        network = new Network(settings, n, networkRandom, faults.faults());
        sent = new long[n * n];
        for (Slot s : byId) {
            queue.push(0, EventKind.START.ordinal(), s.id, 0, 0, null);
            List<Fault.Skew> skews = new ArrayList<>();
            for (Fault f : faults.faults()) {
                if (f instanceof Fault.Skew k && k.node() == s.id) {
                    skews.add(k);
                }
            }
            s.clock = skews.isEmpty() ? null : new Clock(skews);
        }
        for (Fault f : faults.faults()) {
            if (f instanceof Fault.Crash c) {
                queue.push(c.at(), EventKind.CRASH.ordinal(), c.node(), 0, 0, c);
                if (c.recovers()) {
                    queue.push(c.recoverAt(), EventKind.RECOVER.ordinal(), c.node(), 0, c.durable() ? 1 : 0, c);
                }
            } else if (f instanceof Fault.Pause x) {
                queue.push(x.at(), EventKind.PAUSE.ordinal(), x.node(), 0, 0, x);
            } else if (f instanceof Fault.Skew k) {
                queue.push(k.at(), EventKind.SKEW.ordinal(), k.node(), 0, 0, k);
                queue.push(k.to(), EventKind.SKEW.ordinal(), k.node(), 0, 1, null);
            } else if (f instanceof Fault.Flip x) {
                if (x.bit() == Fault.Flip.ANY_BIT) {
                    throw new IllegalArgumentException("draw the bit of " + x + " first (FaultSchedule.withBitsDrawn)");
                }
                queue.push(x.at(), EventKind.FLIP.ordinal(), x.node(), x.bit(), 0, x);
            }
        }
    }

    private void step() {
        long t = queue.peekTime();
        long seq = queue.peekSeq();
        int slot = queue.pop();
        int kind = queue.kind(slot);
        int id = queue.node(slot);
        int arg = queue.arg(slot);
        int flag = queue.flag(slot);
        Object payload = queue.payload(slot);
        queue.release(slot);
        now = t;
        Slot s = byId[id];
        if (t < s.pausedUntil && kind != CRASH_KIND && kind != RECOVER_KIND) {
            // paused: it waits, in order, for the end of the pause (a crash still strikes)
            queue.push(s.pausedUntil, kind, id, arg, flag, payload);
            return;
        }
        if (kind == DELIVER) {
            if (s.up) {
                Message m = (Message) payload;
                record(t, seq, kind, id, arg, m.digest(), payload, flag != 0);
                s.impaired = flag != 0;
                s.node.onMessage(s, arg, m);
                s.impaired = false;
            }
        } else if (kind == TIMER) {
            if (s.up && arg == s.incarnation) {
                Timer tm = (Timer) payload;
                record(t, seq, kind, id, -1, tm.digest(), payload, false);
                s.node.onTimer(s, tm);
            }
        } else {
            lifecycle(t, seq, KINDS[kind], s, arg, flag, payload);
        }
    }

    /** The rare events: starts, crashes, recoveries and flips. */
    private void lifecycle(long t, long seq, EventKind kind, Slot s, int arg, int flag, Object payload) {
        switch (kind) {
            case START -> {
                record(t, seq, kind.ordinal(), s.id, -1, 0, null, false);
                s.node.onStart(s);
            }
            case CRASH -> {
                if (s.up) {
                    s.up = false;
                    s.incarnation++;
                    record(t, seq, kind.ordinal(), s.id, -1, 0, payload, false);
                }
            }
            case RECOVER -> {
                if (!s.up) {
                    s.up = true;
                    s.incarnation++;
                    if (flag == 0) {
                        s.node = s.restart.get();
                    }
                    record(t, seq, kind.ordinal(), s.id, -1, flag, payload, false);
                    s.node.onStart(s);
                }
            }
            case FLIP -> {
                if (s.node instanceof Corruptible c) {
                    c.upset(arg);
                }
                record(t, seq, kind.ordinal(), s.id, -1, arg, payload, false);
            }
            case SKEW -> record(t, seq, kind.ordinal(), s.id, -1, flag, payload, false);
            case PAUSE -> {
                s.pausedUntil = Math.max(s.pausedUntil, ((Fault.Pause) payload).to());
                record(t, seq, kind.ordinal(), s.id, -1, 0, payload, false);
            }
            default -> throw new IllegalStateException("not a lifecycle event: " + kind);
        }
    }

    private void record(long t, long seq, int kind, int node, int from, long digest, Object detail, boolean impaired) {
        events++;
        long packed = kind | (long) node << 8 | (long) (from + 1) << 32 | (impaired ? 1L << 62 : 0);
        hash = Digest.mix(hash, (t * 0xC2B2AE3D27D4EB4FL ^ packed) * 0x165667B19E3779F9L + digest);
        if (trace != null) {
            trace.event(new TraceEvent(t, seq, KINDS[kind], byId[node].name, from >= 0 ? byId[from].name : null, detail, impaired));
        }
    }

    private void send(int from, int to, Message m) {
        messages++;
        sent[from * byId.length + to]++;
        int copies = network.route(now, from, to);
        if (copies >= 1) {
            queue.push(network.arrival0, DELIVER, to, from, network.impaired0 ? 1 : 0, m);
        }
        if (copies == 2) {
            queue.push(network.arrival1, DELIVER, to, from, network.impaired1 ? 1 : 0, m);
        }
        if (trace != null) {
            trace.sent(now, byId[from].name, byId[to].name, m, copies);
        }
    }

    /** The simulated time in microseconds. */
    public long now() {
        return now;
    }

    /** Events processed so far. */
    public long events() {
        return events;
    }

    /** A hash of every processed event (time, kind, node, sender, content): equal traces, equal hashes. */
    public long traceHash() {
        return hash;
    }

    /** Messages sent so far, delivered or not. */
    public long messages() {
        return messages;
    }

    /** Messages node {@code from} sent to node {@code to} so far. */
    public long messages(int from, int to) {
        return sent == null ? 0 : sent[from * byId.length + to];
    }

    /** How many nodes were added. */
    public int nodeCount() {
        return slots.size();
    }

    /** The node with id {@code id} as it is now (a volatile restart replaces the object). */
    public Node node(int id) {
        return slots.get(id).node;
    }

    /** The name the node was added with. */
    public String name(int id) {
        return slots.get(id).name;
    }

    /** Whether the node is running (not crashed) now. */
    public boolean isUp(int id) {
        return slots.get(id).up;
    }

    /** A node's handle on the simulator: its context while it handles events. */
    private final class Slot implements Context {
        final int id;
        final String name;
        final Supplier<Node> restart;
        Node node;
        boolean up = true;
        int incarnation;
        boolean impaired;
        Clock clock;
        long pausedUntil;

        Slot(int id, String name, Node node, Supplier<Node> restart) {
            this.id = id;
            this.name = name;
            this.node = node;
            this.restart = restart;
        }

        @Override
        public int self() {
            return id;
        }

        @Override
        public long now() {
            return now;
        }

        @Override
        public long clock() {
            return clock == null ? now : clock.read(now);
        }

        @Override
        public void send(int to, Message message) {
            Simulator.this.send(id, to, message);
        }

        @Override
        public void setTimer(Timer timer, long delay) {
            if (delay < 0) {
                throw new IllegalArgumentException("a timer delay must be >= 0, got " + delay);
            }
            queue.push(clock == null ? now + delay : clock.after(now, delay), TIMER, id, incarnation, 0, timer);
        }

        @Override
        public boolean impaired() {
            return impaired;
        }
    }
}
