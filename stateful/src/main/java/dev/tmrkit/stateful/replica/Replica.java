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
 * the previous view.
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
    private View view;
    private int[] others;
    private int[] watchers = new int[0];
    private boolean active;
    private boolean keptState;
    private boolean started;
    private LeaderSync syncing;
    private boolean dirty;
    private int fence;
    private long pongs;

    /** Replica {@code id} at time 0: a member of the first view with an empty counter, or an idle spare. */
    public Replica(ClusterConfig config, Probe probe, int id) {
        this.config = config;
        this.probe = probe;
        this.state = new CounterState(config.idempotent(), config.transfer() == Transfer.REPLAY);
        this.crdt = config.crdt() ? new EpochCounter(config.clients()) : null;
        this.view = config.initialView();
        this.others = othersOf(view, id);
        this.active = view.isMember(id);
        this.keptState = active;
    }

    /**
     * Replica {@code id} back from a crash without its state: in static redundancy it serves again at
     * once with an empty counter; in dynamic redundancy it waits for a transfer.
     */
    public static Replica restartedEmpty(ClusterConfig config, Probe probe, int id) {
        Replica r = new Replica(config, probe, id);
        r.active = r.active && !config.dynamic();
        r.keptState = r.active;
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
        return active;
    }

    /** The view it has installed. */
    public View view() {
        return view;
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
        syncing = null;
        dirty = false;
        if (restart && config.dynamic() && view.isMember(ctx.self()) && active) {
            // durable state survived the crash: keep serving it (a candidate in elections, so a view whose
            // members all restarted is not left without a donor) and catch up from the donor meanwhile
            requestState(ctx);
        }
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
    public void onMessage(Context ctx, int from, Message m) {
        if (m instanceof Msg.Entry e) {
            onEntry(ctx, from, e);
        } else if (m instanceof Msg.State s) {
            onState(ctx, from, s);
        } else if (m instanceof Msg.Read r) {
            if (active && crdt != null && from >= config.client(0) && from < config.client(config.clients())) {
                ctx.send(from, new Msg.CrdtReply(r.readId(), crdt.epoch(), crdt.counts()));
            } else if (active) {
                ctx.send(from, new Msg.ReadReply(r.readId(), value(), version(), state.writer));
            }
        } else if (m instanceof Msg.Pong) {
            pongs++;
        } else if (m instanceof Msg.CrdtWrite w) {
            onCrdtWrite(ctx, from, w);
        } else if (m instanceof Msg.Write w) {
            onWrite(ctx, from, w);
        } else if (m instanceof Msg.Ack a) {
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
            onMembership(ctx, from, m);
        }
    }

    /** Views, state transfers, a new leader's gathering of state, and watchers. */
    private void onMembership(Context ctx, int from, Message m) {
        if (m instanceof Msg.NewView v) {
            onView(ctx, v.view());
        } else if (m instanceof Msg.TransferRequest) {
            if (active && syncing == null && view.isMember(from)) {
                ctx.send(from, new Msg.Transfer(state.snapshot(), config.transfer() == Transfer.REPLAY, view.number()));
            }
        } else if (m instanceof Msg.Transfer t) {
            onTransfer(ctx, t);
        } else if (m instanceof Msg.SyncRequest s) {
            fence = Math.max(fence, s.view());
            if (active || keptState) {
                // a removed member that kept its state still holds every write it acknowledged: without its
                // answer a new leader whose previous view lost its majority to removals would wait for ever
                ctx.send(from, new Msg.SyncReply(s.view(), state.snapshot()));
            }
        } else if (m instanceof Msg.SyncReply s) {
            if (syncing != null && s.view() >= syncing.since()) {
                syncing.offer(from, s.snapshot());
                finishSync(ctx);
            }
        } else if (m instanceof Msg.Watch) {
            if (Arrays.stream(watchers).noneMatch(w -> w == from)) {
                watchers = Arrays.copyOf(watchers, watchers.length + 1);
                watchers[watchers.length - 1] = from;
            }
        }
    }

    @Override
    public void onTimer(Context ctx, Timer timer) {
        if (timer instanceof Tick.Retry r) {
            retry(ctx, r);
        } else if (timer instanceof Tick.Ship) {
            if (dirty) {
                dirty = false;
                Msg.State s = new Msg.State(state.value, state.version, state.writer, state.commitTime, view.number(), 0, false);
                for (int o : others) {
                    ctx.send(o, s);
                }
            }
            ctx.setTimer(SHIP, config.timing().ship());
        } else if (timer instanceof Tick.Heartbeat) {
            ctx.send(config.viewService(), new Msg.Ping(view.number(), state.version, active, pongs));
            if (!active && view.isMember(ctx.self())) {
                requestState(ctx);
            }
            if (syncing != null) {
                // ask the members of the view the gathering began in, even if views changed meanwhile
                for (int p : syncing.members()) {
                    if (syncing.waitingFor(p)) {
                        ctx.send(p, new Msg.SyncRequest(view.number()));
                    }
                }
            }
            ctx.setTimer(HEARTBEAT, config.timing().heartbeat());
        }
    }

    private boolean accepting(int self) {
        if (!active || syncing != null) {
            return false;
        }
        return config.topology() == Topology.SINGLE_LEADER ? view.leader() == self
                : config.topology() == Topology.MULTI_LEADER && view.isMember(self);
    }

    private void onWrite(Context ctx, int client, Msg.Write w) {
        int self = ctx.self();
        if (!accepting(self)) {
            ctx.send(client, new Msg.Reply(w.opId(), false, view));
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
                ? new Msg.Entry(w.opId(), code, now, view.number(), ack, false)
                : new Msg.State(state.value, state.version, state.writer, now, view.number(), ack ? w.opId() : 0, false);
        if (shipsPeriodically()) {
            dirty = true;
        } else if (config.chain()) {
            if (others.length > 0) {
                ctx.send(others[0], ship);
            }
        } else {
            for (int o : others) {
                ctx.send(o, ship);
            }
        }
        if (!ack) {
            ctx.send(client, new Msg.Reply(w.opId(), true, null));
        } else {
            tracker.open(w.opId(), client, 0, needed, others, ship, ctx.clock());
            ctx.setTimer(new Tick.Retry(w.opId()), config.timing().retry());
        }
    }

    private void retry(Context ctx, Tick.Retry tick) {
        long opId = tick.opId();
        WriteTracker.Pending p = tracker.get(opId);
        if (p == null) {
            return;
        }
        if (ctx.clock() - p.start >= config.timing().opTimeout() || !accepting(ctx.self())) {
            tracker.remove(opId);
            return;
        }
        p.message = p.message instanceof Msg.Entry e
                ? new Msg.Entry(e.opId(), e.code(), e.commitTime(), view.number(), true, true)
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
        return new Msg.State(s.value(), s.version(), s.writer(), s.commitTime(), view.number(), s.ackId(), true);
    }

    /** Whether a shipped update from {@code from} in view {@code viewNumber} may be applied here. */
    private boolean accepts(int from, int viewNumber) {
        if (!active) {
            return false;
        }
        if (config.topology() == Topology.SINGLE_LEADER) {
            return viewNumber == view.number() && viewNumber >= fence && from == view.leader();
        }
        return true;
    }

    private void onEntry(Context ctx, int from, Msg.Entry e) {
        if (!accepts(from, e.view())) {
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
        if (!active) {
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
        if (!accepts(from, s.view())) {
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

    private void onView(Context ctx, View v) {
        if (v.number() <= view.number()) {
            return;
        }
        int self = ctx.self();
        View old = view;
        view = v;
        others = othersOf(v, self);
        if (!v.isMember(self)) {
            active = false;
            syncing = null;
            tracker.clear();
        } else if (!active && v.leader() == self) {
            // rescued: no member held state, and this node kept the newest; it leads with it and pushes it
            active = true;
            keptState = true;
            syncing = null;
            fence = Math.max(fence, v.number());
            Msg.Transfer push = new Msg.Transfer(state.snapshot(), false, v.number());
            for (int o : others) {
                ctx.send(o, push);
            }
            probe.leading(self, ctx.now());
            changed(ctx);
        } else if (!active) {
            requestState(ctx);
        } else if (config.topology() == Topology.SINGLE_LEADER && v.leader() == self && old.leader() != self) {
            syncing = new LeaderSync(v.previous(), v.number(), self, state.snapshot());
            fence = Math.max(fence, v.number());
            for (int p : v.previous()) {
                if (p != self) {
                    ctx.send(p, new Msg.SyncRequest(v.number()));
                }
            }
            finishSync(ctx);
        }
    }

    /** A new leader takes the newest state of a majority of the previous view, then pushes it to every member. */
    private void finishSync(Context ctx) {
        Snapshot best = syncing.newest();
        if (best == null) {
            return;
        }
        syncing = null;
        probe.leading(ctx.self(), ctx.now());
        if (best.newerThan(state.version, state.writer)) {
            state.install(best, false);
            changed(ctx);
        }
        Msg.Transfer push = new Msg.Transfer(state.snapshot(), false, view.number());
        for (int o : others) {
            ctx.send(o, push);
        }
    }

    private void requestState(Context ctx) {
        int donor = view.donor();
        if (donor >= 0 && donor != ctx.self()) {
            ctx.send(donor, new Msg.TransferRequest(view.number()));
        }
    }

    private void onTransfer(Context ctx, Msg.Transfer t) {
        if (!view.isMember(ctx.self()) || t.view() < view.number()) {
            return;
        }
        boolean behind = !active || t.snapshot().newerThan(state.version, state.writer);
        int entries = state.install(t.snapshot(), t.replay());
        active = true;
        keptState = true;
        probe.transferred(ctx.self(), ctx.now(), entries);
        if (behind && t.snapshot().commitTime() > 0) {
            // the transfer brought news: its newest write reached this replica only now
            probe.applied(ctx.self(), t.snapshot().commitTime(), ctx.now(), true);
        }
        changed(ctx);
    }

    private void changed(Context ctx) {
        probe.version(ctx.self(), version(), ctx.now());
        for (int w : watchers) {
            ctx.send(w, new Msg.Changed(value()));
        }
    }

    private static int[] othersOf(View v, int self) {
        return v.members().stream().mapToInt(Integer::intValue).filter(m -> m != self).toArray();
    }
}
