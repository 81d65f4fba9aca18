package dev.tmrkit.stateful.replica;

import dev.tmrkit.stateful.protocol.ClusterConfig;
import dev.tmrkit.stateful.protocol.Msg;
import dev.tmrkit.stateful.protocol.Probe;
import dev.tmrkit.stateful.protocol.Snapshot;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.protocol.Transfer;
import dev.tmrkit.stateful.protocol.View;
import dev.tmrkit.stateful.sim.Context;
import dev.tmrkit.stateful.sim.Message;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A {@link Replica}'s place in the views of its cluster: the view it installed and the other members, whether
 * it serves (holds state), and in dynamic redundancy how it changes views — installing a new view, handing its
 * state to a joiner or taking one, and, as a newly elected leader, first adopting the newest state of a majority
 * of the previous view ({@link LeaderSync}) behind a fence that stops the old leader's shipments. Also the
 * watchers told of every change of value.
 */
final class Membership {
    private final ClusterConfig config;
    private final Probe probe;
    private final CounterState state;
    private final WriteTracker tracker;
    /** What the replica does after its state changed (reports the version, tells the watchers). */
    private final Consumer<Context> changed;
    /** The installed view, the other members (whom it ships to), watchers of its value, whether it serves. */
    View view;
    int[] others;
    int[] watchers = new int[0];
    boolean active;
    /** Whether it holds state it served with (a removed member keeps it; a spare or an emptied restart does not). */
    boolean keptState;
    private LeaderSync syncing;
    private int fence;

    Membership(ClusterConfig config, Probe probe, CounterState state, WriteTracker tracker, Consumer<Context> changed, int id) {
        this.config = config;
        this.probe = probe;
        this.state = state;
        this.tracker = tracker;
        this.changed = changed;
        this.view = config.initialView();
        this.others = othersOf(view, id);
        this.active = view.isMember(id);
        this.keptState = active;
    }

    /** After a (re)start: no gathering survives; durable state that survived a crash keeps serving and catches up. */
    void start(Context ctx, boolean restart) {
        syncing = null;
        if (restart && config.dynamic() && view.isMember(ctx.self()) && active) {
            // durable state survived the crash: keep serving it (a candidate in elections, so a view whose
            // members all restarted is not left without a donor) and catch up from the donor meanwhile
            requestState(ctx);
        }
    }

    /** Dynamic redundancy's heartbeat: ping the view service, ask for state if needed, chase the gathering. */
    void heartbeat(Context ctx, long pongs) {
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
    }

    /** Views, state transfers, a new leader's gathering of state, and watchers. */
    void onMessage(Context ctx, int from, Message m) {
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

    /** Whether it takes client writes now: it serves, is not gathering state, and its topology lets it. */
    boolean accepting(int self) {
        if (!active || syncing != null) {
            return false;
        }
        return config.topology() == Topology.SINGLE_LEADER ? view.leader() == self
                : config.topology() == Topology.MULTI_LEADER && view.isMember(self);
    }

    /** Whether a shipped update from {@code from} in view {@code viewNumber} may be applied here. */
    boolean accepts(int from, int viewNumber) {
        if (!active) {
            return false;
        }
        if (config.topology() == Topology.SINGLE_LEADER) {
            return viewNumber == view.number() && viewNumber >= fence && from == view.leader();
        }
        return true;
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
            changed.accept(ctx);
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
            changed.accept(ctx);
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
        changed.accept(ctx);
    }

    private static int[] othersOf(View v, int self) {
        return v.members().stream().mapToInt(Integer::intValue).filter(m -> m != self).toArray();
    }
}
