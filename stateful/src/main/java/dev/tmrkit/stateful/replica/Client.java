package dev.tmrkit.stateful.replica;

import dev.tmrkit.stateful.check.Outcome;
import dev.tmrkit.stateful.protocol.ClusterConfig;
import dev.tmrkit.stateful.protocol.Msg;
import dev.tmrkit.stateful.protocol.Op;
import dev.tmrkit.stateful.protocol.Probe;
import dev.tmrkit.stateful.protocol.Tick;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.protocol.View;
import dev.tmrkit.stateful.sim.Context;
import dev.tmrkit.stateful.sim.Message;
import dev.tmrkit.stateful.sim.Node;
import dev.tmrkit.stateful.sim.Timer;
import java.util.OptionalLong;

/**
 * A client issuing its part of the workload at the scheduled times, each operation with its own timeout
 * (so several may be outstanding), sent again to whoever has not answered every retry interval. Writes go to the leader (single-leader), to the client's home member
 * (multi-leader), or to every member (leaderless: log-based sends the operation; state-based first
 * reads R replicas, then writes the newest value plus the increment with the next version). Reads ask
 * every member and vote over the values (value vote, with the bitwise vote beside it), or take the
 * newest of R replies (leaderless). In dynamic redundancy a reply with the majority's version and writer
 * but another value is reported to the view service as outvoted, where versions identify states.
 */
public final class Client implements Node {
    private static final Tick NEXT = new Tick.NextOp();

    private final ClusterConfig config;
    private final Probe probe;
    private final int index;
    private final long[] times;
    private final Op[] ops;
    private final LongMap<Pending> pending = new LongMap<>();
    private final WriteTracker quorumWrites = new WriteTracker();
    private View view;
    private int[] members;
    private int next;
    private long counter;
    private long crdtEpoch = -1;
    private long crdtCount;
    private long[] unconfirmed = new long[8];
    private int unconfirmedSize;

    /** One operation in flight: who it was sent to, and the replies so far. */
    private static final class Pending {
        final long opId;
        final int handle;
        final Op op;
        final long start;
        int[] members;
        int target = -1;
        ReadVote vote;
        CrdtRead crdt;
        boolean decided;
        int majority = -1;

        Pending(long opId, int handle, Op op, long start) {
            this.opId = opId;
            this.handle = handle;
            this.op = op;
            this.start = start;
        }
    }

    /** Client number {@code index}, issuing {@code ops[i]} at {@code times[i]} (ascending). */
    public Client(ClusterConfig config, Probe probe, int index, long[] times, Op[] ops) {
        if (times.length != ops.length) {
            throw new IllegalArgumentException("one time per operation");
        }
        this.config = config;
        this.probe = probe;
        this.index = index;
        this.times = times.clone();
        this.ops = ops.clone();
        adopt(config.initialView());
    }

    @Override
    public void onStart(Context ctx) {
        if (next < times.length) {
            ctx.setTimer(NEXT, Math.max(0, times[next] - ctx.now()));
        }
    }

    @Override
    public void onTimer(Context ctx, Timer timer) {
        if (timer instanceof Tick.NextOp) {
            issue(ctx, ops[next++]);
            if (next < times.length) {
                ctx.setTimer(NEXT, Math.max(0, times[next] - ctx.now()));
            }
        } else if (timer instanceof Tick.Issue i) {
            issue(ctx, i.op());
        } else if (timer instanceof Tick.Expire e) {
            expire(ctx, e.opId());
        } else if (timer instanceof Tick.Retry r) {
            retry(ctx, r);
        }
    }

    private void issue(Context ctx, Op op) {
        long now = ctx.now();
        long opId = (long) (index + 1) << 40 | ++counter;
        Pending p = new Pending(opId, probe.invoked(ctx.self(), opId, op, now), op, ctx.clock());
        pending.put(opId, p);
        ctx.setTimer(new Tick.Expire(opId), config.timing().opTimeout());
        boolean leaderless = config.topology() == Topology.LEADERLESS;
        if (config.crdt()) {
            p.members = members;
            p.crdt = new CrdtRead(config.clients());
            Msg.Read read = new Msg.Read(opId);
            for (int m : p.members) {
                ctx.send(m, read);
            }
            ctx.setTimer(new Tick.Retry(opId), config.timing().retry());
        } else if (!op.isWrite() || leaderless && !config.logBased()) {
            p.members = members;
            p.vote = new ReadVote(p.members.length);
            Msg.Read read = new Msg.Read(opId);
            for (int m : p.members) {
                ctx.send(m, read);
            }
            ctx.setTimer(new Tick.Retry(opId), config.timing().retry());
        } else if (leaderless) {
            writeToAll(ctx, p, new Msg.Entry(opId, op.code(), now, view.number(), true, false));
            ctx.setTimer(new Tick.Retry(opId), config.timing().retry());
        } else {
            p.target = config.singleLeader() ? view.leader() : members.length == 0 ? -1 : members[index % members.length];
            if (p.target < 0) {
                pending.remove(opId);
                complete(ctx, p, Outcome.FAILED, 0, 0);
            } else {
                ctx.send(p.target, new Msg.Write(opId, op));
                ctx.setTimer(new Tick.Retry(opId), config.timing().retry());
            }
        }
    }

    private void writeToAll(Context ctx, Pending p, Msg message) {
        int[] targets = members;
        quorumWrites.open(p.opId, ctx.self(), p.handle, config.acksNeeded(), targets, message, ctx.clock());
        for (int t : targets) {
            ctx.send(t, message);
        }
    }

    @Override
    public void onMessage(Context ctx, int from, Message m) {
        if (m instanceof Msg.CrdtReply r) {
            Pending p = pending.get(r.readId());
            if (p != null && p.crdt != null && p.crdt.add(from, r.epoch(), r.counts()) && p.crdt.count() >= config.readQuorum()) {
                if (p.op.isWrite()) {
                    crdtWrite(ctx, p);
                } else {
                    pending.remove(p.opId);
                    complete(ctx, p, Outcome.OK, p.crdt.value(), p.crdt.value());
                }
            }
        } else if (m instanceof Msg.ReadReply r) {
            Pending p = pending.get(r.readId());
            if (p != null && p.vote != null && p.vote.add(from, r.value(), r.version(), r.writer())) {
                if (p.op.isWrite()) {
                    readBeforeWrite(ctx, p);
                } else {
                    onReply(ctx, p);
                }
            }
        } else if (m instanceof Msg.Reply r) {
            adopt(r.view());
            Pending p = pending.remove(r.opId());
            if (p != null) {
                complete(ctx, p, r.ok() ? Outcome.OK : Outcome.FAILED, 0, 0);
            }
        } else if (m instanceof Msg.Ack a) {
            WriteTracker.Pending w = quorumWrites.ack(a.opId(), from);
            Pending p = w == null ? null : pending.remove(a.opId());
            if (p != null && config.crdt()) {
                confirm(p.opId);
            }
            if (p != null) {
                complete(ctx, p, Outcome.OK, 0, 0);
            }
        } else if (m instanceof Msg.NewView v) {
            adopt(v.view());
        }
    }

    private void adopt(View v) {
        if (v != null && (view == null || v.number() > view.number())) {
            view = v;
            members = v.members().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Leaderless state-based write: once R replicas answered, write the newest value changed by the operation. */
    private void readBeforeWrite(Context ctx, Pending p) {
        if (p.vote.count() < config.readQuorum()) {
            return;
        }
        int b = p.vote.newest();
        long value = Op.apply(p.vote.value(b), p.op.code());
        long version = p.vote.version(b) + 1;
        p.vote = null;
        writeToAll(ctx, p, new Msg.State(value, version, ctx.self(), ctx.now(), view.number(), p.opId, false));
    }

    /**
     * CRDT write, once R replicas answered: a reset starts the epoch after the newest seen; an increment
     * raises this client's entry in that epoch (counting on from what the replies and the client itself
     * know of it), carrying the increments no acknowledgement has confirmed yet.
     */
    private void crdtWrite(Context ctx, Pending p) {
        long epoch = Math.max(p.crdt.epoch(), crdtEpoch);
        Msg.CrdtWrite write;
        if (p.op instanceof Op.Reset) {
            write = new Msg.CrdtWrite(p.opId, epoch + 1, -1, 0, new long[] {p.opId}, ctx.now(), false);
        } else {
            if (epoch != crdtEpoch) {
                crdtEpoch = epoch;
                crdtCount = 0;
                unconfirmedSize = 0;
            }
            // the replies' entry for this client counts only if they are of the same epoch (a reply from a replica
            // still in an older epoch holds this client's count of that epoch, which the reset cleared)
            long known = p.crdt.epoch() == epoch ? p.crdt.entry(index) : 0;
            crdtCount = Math.max(crdtCount, known) + ((Op.Increment) p.op).amount();
            if (unconfirmedSize == unconfirmed.length) {
                unconfirmed = java.util.Arrays.copyOf(unconfirmed, 2 * unconfirmedSize);
            }
            unconfirmed[unconfirmedSize++] = p.opId;
            write = new Msg.CrdtWrite(p.opId, epoch, index, crdtCount, java.util.Arrays.copyOf(unconfirmed, unconfirmedSize),
                    ctx.now(), false);
        }
        p.crdt = null;
        writeToAll(ctx, p, write);
    }

    /** W replicas hold this client's entry up to {@code opId}: its increments up to it need carrying no more. */
    private void confirm(long opId) {
        int k = 0;
        for (int i = 0; i < unconfirmedSize; i++) {
            if (unconfirmed[i] > opId) {
                unconfirmed[k++] = unconfirmed[i];
            }
        }
        unconfirmedSize = k;
    }

    private void onReply(Context ctx, Pending p) {
        ReadVote vote = p.vote;
        if (config.topology() == Topology.LEADERLESS) {
            if (!p.decided && vote.count() >= config.readQuorum()) {
                long v = vote.value(vote.newest());
                pending.remove(p.opId);
                complete(ctx, p, Outcome.OK, v, v);
            }
            return;
        }
        if (!p.decided) {
            OptionalLong majority = vote.majority();
            if (majority.isPresent()) {
                p.majority = vote.indexOf(majority.getAsLong());
                // a value held by a majority has every one of its bits set by a majority: the bitwise vote agrees
                complete(ctx, p, Outcome.OK, majority.getAsLong(), majority.getAsLong());
                for (int i = 0; i < vote.count(); i++) {
                    reportIfOutvoted(ctx, p, i);
                }
            } else if (vote.complete()) {
                complete(ctx, p, Outcome.NO_MAJORITY, 0, vote.bitwise());
            }
        } else if (p.majority >= 0) {
            reportIfOutvoted(ctx, p, vote.count() - 1);
        }
        if (vote.complete()) {
            pending.remove(p.opId);
        }
    }

    /**
     * Reports a reply with the majority's state identity but another value. The identity (version and
     * writer) names one state only in single-leader replication (a prefix of the leader's log) and in
     * state-based replication (a version its writer made once); multi-leader log-based replicas apply
     * concurrent operations in different orders, so equal versions may legitimately differ there.
     */
    private void reportIfOutvoted(Context ctx, Pending p, int reply) {
        boolean identity = config.singleLeader() || !config.logBased();
        if (config.dynamic() && identity && p.vote.deviates(reply, p.majority)) {
            ctx.send(config.viewService(), new Msg.Suspect(p.vote.from(reply), view.number()));
        }
    }

    private void expire(Context ctx, long opId) {
        Pending p = pending.remove(opId);
        quorumWrites.remove(opId);
        if (p == null || p.decided) {
            return;
        }
        if (!p.op.isWrite() && p.crdt != null) {
            complete(ctx, p, Outcome.TIMED_OUT, 0, 0);
        } else if (!p.op.isWrite()) {
            boolean voted = config.topology() != Topology.LEADERLESS;
            complete(ctx, p, voted && p.vote.count() > 0 ? Outcome.NO_MAJORITY : Outcome.TIMED_OUT, 0,
                    voted ? p.vote.bitwise() : 0);
        } else {
            // a leaderless state-based or CRDT write still reading has written nothing
            complete(ctx, p, p.vote != null || p.crdt != null ? Outcome.FAILED : Outcome.TIMED_OUT, 0, 0);
        }
    }

    /**
     * Sends an operation again to those that have not answered: the read to the members that have not
     * replied, the write to the replica that accepts it (which applies a request once), the leaderless
     * write to the members that have not acknowledged; until the operation's time is up.
     */
    private void retry(Context ctx, Tick.Retry tick) {
        long opId = tick.opId();
        WriteTracker.Pending w = quorumWrites.get(opId);
        if (w == null) {
            Pending p = pending.get(opId);
            if (p == null || p.decided || ctx.clock() - p.start >= config.timing().opTimeout()) {
                return;
            }
            if (p.vote != null || p.crdt != null) {
                Msg.Read read = new Msg.Read(opId);
                for (int m : p.members) {
                    if (p.vote != null ? !p.vote.replied(m) : !p.crdt.replied(m)) {
                        ctx.send(m, read);
                    }
                }
            } else if (p.target >= 0) {
                ctx.send(p.target, new Msg.Write(opId, p.op));
            }
            ctx.setTimer(tick, config.timing().retry());
            return;
        }
        if (ctx.clock() - w.start >= config.timing().opTimeout()) {
            quorumWrites.remove(opId);
            return;
        }
        if (w.message instanceof Msg.Entry e) {
            w.message = new Msg.Entry(e.opId(), e.code(), e.commitTime(), e.view(), true, true);
        } else if (w.message instanceof Msg.State s) {
            w.message = new Msg.State(s.value(), s.version(), s.writer(), s.commitTime(), s.view(), s.ackId(), true);
        } else if (w.message instanceof Msg.CrdtWrite c) {
            w.message = c.retransmitted();
        }
        for (int t : w.targets) {
            if (!w.acked(t)) {
                ctx.send(t, w.message);
            }
        }
        ctx.setTimer(tick, config.timing().retry());
    }

    private void complete(Context ctx, Pending p, Outcome outcome, long value, long bitwise) {
        p.decided = true;
        probe.completed(p.handle, ctx.now(), outcome, value, bitwise, config.topology() != Topology.LEADERLESS);
    }
}
