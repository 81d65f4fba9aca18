package dev.tmrkit.stateful.replica;

import dev.tmrkit.stateful.protocol.ClusterConfig;
import dev.tmrkit.stateful.protocol.Msg;
import dev.tmrkit.stateful.protocol.Probe;
import dev.tmrkit.stateful.protocol.Snapshot;
import dev.tmrkit.stateful.protocol.Tick;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.protocol.Transfer;
import dev.tmrkit.stateful.protocol.View;
import dev.tmrkit.stateful.sim.Context;
import dev.tmrkit.stateful.sim.Corruptible;
import dev.tmrkit.stateful.sim.Message;
import dev.tmrkit.stateful.sim.Node;
import dev.tmrkit.stateful.sim.Timer;
import java.util.Arrays;

/**
 * A counter replica. It accepts client writes when its topology lets it (the leader; every member in
 * multi-leader), applies each request once (a duplicated request is answered again, not applied
 * again), ships them (the value with a version, or the operation) and, in
 * synchronous replication, acknowledges the client once W replicas applied the write; it applies what
 * others ship, answers reads, and in dynamic redundancy heartbeats the view service, installs views,
 * hands state to joiners and, as a newly elected leader, first adopts the newest state of a majority of
 * the previous view ({@link Membership}).
 */
public final class Replica implements Node, Corruptible {
    private static final Tick HEARTBEAT = new Tick.Heartbeat();
    private static final Tick SHIP = new Tick.Ship();

    private final ClusterConfig config;
    private final Probe probe;
    private final CounterState state;
    private final EpochCounter crdt;
    private final WriteTracker tracker = new WriteTracker();
    private final LongSet accepted = new LongSet();
    private final Membership membership;
    private boolean started;
    private boolean dirty;
    private long pongs;

    /** Replica {@code id} at time 0: a member of the first view with an empty counter, or an idle spare. */
    public Replica(ClusterConfig config, Probe probe, int id) {
        this.config = config;
        this.probe = probe;
        this.state = new CounterState(config.idempotent(), config.transfer() == Transfer.REPLAY);
        this.crdt = config.crdt() ? new EpochCounter(config.clients()) : null;
        this.membership = new Membership(config, probe, state, tracker, this::changed, id);
    }

    /**
     * Replica {@code id} back from a crash without its state: in static redundancy it serves again at
     * once with an empty counter; in dynamic redundancy it waits for a transfer.
     */
    public static Replica restartedEmpty(ClusterConfig config, Probe probe, int id) {
        Replica r = new Replica(config, probe, id);
        r.membership.active = r.membership.active && !config.dynamic();
        r.membership.keptState = r.membership.active;
        return r;
    }

    /** The value this replica holds. */
    public long value() {
        return crdt != null ? crdt.value() : state.value;
    }

    /** The version of its state (see {@link CounterState}). */
    public long version() {
        return crdt != null ? crdt.epoch() : state.version;
    }

    /** Whether it holds state and serves. */
    public boolean active() {
        return membership.active;
    }

    /** The view it has installed. */
    public View view() {
        return membership.view;
    }

    @Override
    public void upset(int bit) {
        if (crdt != null) {
            crdt.upset(bit);
        } else {
            state.value ^= 1L << bit;
        }
    }

    @Override
    public void onStart(Context ctx) {
        boolean restart = started;
        started = true;
        tracker.clear();
        dirty = false;
        membership.start(ctx, restart);
        if (config.dynamic()) {
            ctx.setTimer(HEARTBEAT, 0);
        }
        if (shipsPeriodically()) {
            ctx.setTimer(SHIP, config.timing().ship());
        }
    }

    private boolean shipsPeriodically() {
        return !config.sync() && !config.logBased() && config.timing().ship() > 0;
    }

    @Override
    public void onMessage(Context ctx, int from, Message message) {
        if (message instanceof Msg.Entry e) {
            onEntry(ctx, from, e);
        } else if (message instanceof Msg.State s) {
            onState(ctx, from, s);
        } else if (message instanceof Msg.Read r) {
            if (membership.active && crdt != null && from >= config.client(0) && from < config.client(config.clients())) {
                ctx.send(from, new Msg.CrdtReply(r.readId(), crdt.epoch(), crdt.counts()));
            } else if (membership.active) {
                ctx.send(from, new Msg.ReadReply(r.readId(), value(), version(), state.writer));
            }
        } else if (message instanceof Msg.Pong) {
            pongs++;
        } else if (message instanceof Msg.CrdtWrite w) {
            onCrdtWrite(ctx, from, w);
        } else if (message instanceof Msg.Write w) {
            onWrite(ctx, from, w);
        } else if (message instanceof Msg.Ack a) {
            WriteTracker.Pending before = config.chain() ? tracker.get(a.opId()) : null;
            boolean fresh = before != null && !before.acked(from);
            WriteTracker.Pending p = tracker.ack(a.opId(), from);
            if (p != null) {
                ctx.send(p.client, new Msg.Reply(p.opId, true, null));
            }
            int next = fresh && tracker.get(a.opId()) != null ? before.nextTarget() : -1;
            if (next >= 0) {
                ctx.send(next, before.message);   // the next link of the chain
            }
        } else {
            membership.onMessage(ctx, from, message);
        }
    }

    @Override
    public void onTimer(Context ctx, Timer timer) {
        if (timer instanceof Tick.Retry r) {
            retry(ctx, r);
        } else if (timer instanceof Tick.Ship) {
            if (dirty) {
                dirty = false;
                Msg.State s = new Msg.State(state.value, state.version, state.writer, state.commitTime, membership.view.number(), 0, false);
                for (int o : membership.others) {
                    ctx.send(o, s);
                }
            }
            ctx.setTimer(SHIP, config.timing().ship());
        } else if (timer instanceof Tick.Heartbeat) {
            membership.heartbeat(ctx, pongs);
            ctx.setTimer(HEARTBEAT, config.timing().heartbeat());
        }
    }

    private void onWrite(Context ctx, int client, Msg.Write w) {
        int self = ctx.self();
        if (!membership.accepting(self)) {
            ctx.send(client, new Msg.Reply(w.opId(), false, membership.view));
            return;
        }
        if (!accepted.add(w.opId())) {
            // a duplicated request: applied once; answer again unless the answer is still awaited
            WriteTracker.Pending p = tracker.get(w.opId());
            if (p == null || p.answered()) {
                ctx.send(client, new Msg.Reply(w.opId(), true, null));
            }
            return;
        }
        long now = ctx.now();
        long code = w.op().code();
        if (config.logBased()) {
            state.apply(w.opId(), code, now);
        } else {
            state.write(code, self, now);
        }
        probe.writeApplied(w.opId(), now);
        probe.accepted(w.opId(), state.version);
        changed(ctx);
        int needed = config.acksNeeded() - 1;
        boolean ack = needed > 0;
        Msg ship = config.logBased()
                ? new Msg.Entry(w.opId(), code, now, membership.view.number(), ack, false)
                : new Msg.State(state.value, state.version, state.writer, now, membership.view.number(), ack ? w.opId() : 0, false);
        if (shipsPeriodically()) {
            dirty = true;
        } else if (config.chain()) {
            if (membership.others.length > 0) {
                ctx.send(membership.others[0], ship);
            }
        } else {
            for (int o : membership.others) {
                ctx.send(o, ship);
            }
        }
        if (!ack) {
            ctx.send(client, new Msg.Reply(w.opId(), true, null));
        } else {
            tracker.open(w.opId(), client, 0, needed, membership.others, ship, ctx.clock());
            ctx.setTimer(new Tick.Retry(w.opId()), config.timing().retry());
        }
    }

    private void retry(Context ctx, Tick.Retry tick) {
        long opId = tick.opId();
        WriteTracker.Pending p = tracker.get(opId);
        if (p == null) {
            return;
        }
        if (ctx.clock() - p.start >= config.timing().opTimeout() || !membership.accepting(ctx.self())) {
            tracker.remove(opId);
            return;
        }
        p.message = p.message instanceof Msg.Entry e
                ? new Msg.Entry(e.opId(), e.code(), e.commitTime(), membership.view.number(), true, true)
                : retransmitted((Msg.State) p.message);
        if (config.chain()) {
            if (p.nextTarget() >= 0) {
                ctx.send(p.nextTarget(), p.message);
            }
        } else {
            for (int t : p.targets) {
                if (!p.acked(t)) {
                    ctx.send(t, p.message);
                }
            }
        }
        ctx.setTimer(tick, config.timing().retry());
    }

    private Msg.State retransmitted(Msg.State s) {
        return new Msg.State(s.value(), s.version(), s.writer(), s.commitTime(), membership.view.number(), s.ackId(), true);
    }

    private void onEntry(Context ctx, int from, Msg.Entry e) {
        if (!membership.accepts(from, e.view())) {
            return;
        }
        if (state.apply(e.opId(), e.code(), e.commitTime())) {
            probe.applied(ctx.self(), e.commitTime(), ctx.now(), e.retransmit() || ctx.impaired());
            probe.writeApplied(e.opId(), ctx.now());
            changed(ctx);
        }
        if (e.ack()) {
            ctx.send(from, new Msg.Ack(e.opId()));
        }
    }

    private void onCrdtWrite(Context ctx, int from, Msg.CrdtWrite w) {
        if (!membership.active) {
            return;
        }
        if (crdt.join(w.epoch(), w.writer(), w.count())) {
            probe.applied(ctx.self(), w.commitTime(), ctx.now(), w.retransmit() || ctx.impaired());
            for (long id : w.covers()) {
                probe.writeApplied(id, ctx.now());
            }
            changed(ctx);
        }
        ctx.send(from, new Msg.Ack(w.opId()));
    }

    private void onState(Context ctx, int from, Msg.State s) {
        if (!membership.accepts(from, s.view())) {
            return;
        }
        if (state.adopt(s.value(), s.version(), s.writer(), s.commitTime())) {
            probe.applied(ctx.self(), s.commitTime(), ctx.now(), s.retransmit() || ctx.impaired());
            if (s.ackId() != 0) {
                probe.writeApplied(s.ackId(), ctx.now());
            }
            changed(ctx);
        }
        if (s.ackId() != 0) {
            ctx.send(from, new Msg.Ack(s.ackId()));
        }
    }

    private void changed(Context ctx) {
        probe.version(ctx.self(), version(), ctx.now());
        for (int w : membership.watchers) {
            ctx.send(w, new Msg.Changed(value()));
        }
    }

}
