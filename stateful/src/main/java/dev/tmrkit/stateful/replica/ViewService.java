package dev.tmrkit.stateful.replica;

import dev.tmrkit.stateful.protocol.ClusterConfig;
import dev.tmrkit.stateful.protocol.Msg;
import dev.tmrkit.stateful.protocol.Probe;
import dev.tmrkit.stateful.protocol.Tick;
import dev.tmrkit.stateful.protocol.View;
import dev.tmrkit.stateful.sim.Context;
import dev.tmrkit.stateful.sim.Message;
import dev.tmrkit.stateful.sim.Node;
import dev.tmrkit.stateful.sim.Timer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Dynamic redundancy's configuration master (as the view service of dslabs' primary-backup lab). It
 * hears every replica's heartbeat; a member silent for the failure timeout, or one a voter reports
 * outvoted, is removed and its slot given to the first live spare, which joins without state and gets
 * it from the donor. If the leader is removed (or holds no state), the live member with the highest
 * reported version becomes leader. Every new view goes to every node. The view service itself is
 * assumed not to fail. A removed replica that is heard from again (it recovered, or its partition or
 * omission ended) is re-admitted to the spare pool, to rejoin by state transfer when a slot needs it, so
 * transient faults do not exhaust the spares; a view short of members (no live spare at the time) is
 * refilled as soon as one is.
 */
public final class ViewService implements Node {
    private static final Tick CHECK = new Tick.Check();

    private final ClusterConfig config;
    private final Probe probe;
    private final long[] lastPing;
    private final long[] version;
    private final boolean[] active;
    private final List<Integer> spares = new ArrayList<>();
    private View view;
    private int sparesUsed;
    private int readmitted;
    private final long[] heard;
    private final long[] heardAt;
    private int removedSilent;
    private int removedDeaf;
    private int removedOutvoted;

    public ViewService(ClusterConfig config, Probe probe) {
        this.config = config;
        this.probe = probe;
        int n = config.replicaNodes();
        this.lastPing = new long[n];
        this.version = new long[n];
        this.active = new boolean[n];
        this.heard = new long[n];
        this.heardAt = new long[n];
        this.view = config.initialView();
        for (int i = 0; i < n; i++) {
            active[i] = view.isMember(i);
            if (!view.isMember(i)) {
                spares.add(i);
            }
        }
    }

    /** Spares promoted so far. */
    public int sparesUsed() {
        return sparesUsed;
    }

    /**
     * Why members were removed, as the view service can tell: silent (no heartbeat for the failure
     * timeout: a crash, a send omission, or a partition that cuts it off from the view service — these
     * look alike from here), deaf (heartbeats arrive, but for the failure timeout they count none of the
     * view service's answers: a receive omission), or outvoted (a voter saw its value differ at an equal state identity).
     */
    public record Removals(int silent, int deaf, int outvoted) {
    }

    /** The removals so far, by cause. */
    public Removals removals() {
        return new Removals(removedSilent, removedDeaf, removedOutvoted);
    }

    /** Removed replicas re-admitted to the spare pool so far. */
    public int readmitted() {
        return readmitted;
    }

    /** The current view. */
    public View view() {
        return view;
    }

    @Override
    public void onStart(Context ctx) {
        ctx.setTimer(CHECK, config.timing().heartbeat());
    }

    @Override
    public void onMessage(Context ctx, int from, Message m) {
        if (m instanceof Msg.Ping p && from < lastPing.length) {
            if (ctx.now() - lastPing[from] > 2 * config.timing().heartbeat()) {
                heardAt[from] = ctx.now();   // it was silent, not deaf: judge its hearing from now on
            }
            lastPing[from] = ctx.now();
            version[from] = p.version();
            active[from] = p.active();
            ctx.send(from, new Msg.Pong());
            if (p.heard() != heard[from]) {
                heard[from] = p.heard();
                heardAt[from] = ctx.now();
            }
            if (view.isMember(from) && ctx.now() - heardAt[from] > config.timing().failureTimeout()) {
                // it speaks but has heard none of the answers for the failure timeout (a receive omission)
                heardAt[from] = ctx.now();
                removedDeaf++;
                reconfigure(ctx, Set.of(from));
                return;
            }
            if (p.view() < view.number()) {
                ctx.send(from, new Msg.NewView(view));
                return;
            }
            if (!view.isMember(from) && !spares.contains(from)) {
                spares.add(from);
                readmitted++;
            }
        } else if (m instanceof Msg.Suspect s) {
            if (s.view() == view.number() && view.isMember(s.node()) && !view.isJoiner(s.node())) {
                removedOutvoted++;
                reconfigure(ctx, Set.of(s.node()));
            }
        }
    }

    @Override
    public void onTimer(Context ctx, Timer timer) {
        long now = ctx.now();
        Set<Integer> failed = new HashSet<>();
        for (int m : view.members()) {
            if (now - lastPing[m] > config.timing().failureTimeout()) {
                failed.add(m);
            }
        }
        boolean needsLeader = config.singleLeader() && (view.leader() < 0 || !active[view.leader()]);
        boolean refill = view.members().size() < config.replicas() && hasLiveSpare(now);
        int rescuer = needsLeader ? rescuer(now, failed) : -1;
        boolean rescue = rescuer >= 0 && rescuer != view.leader();
        if (!failed.isEmpty() || refill || rescue || needsLeader && bestLeader(view.members(), failed) >= 0) {
            removedSilent += failed.size();
            reconfigure(ctx, failed);
        }
        ctx.setTimer(CHECK, config.timing().heartbeat());
    }

    private void reconfigure(Context ctx, Set<Integer> failed) {
        long now = ctx.now();
        List<Integer> members = new ArrayList<>();
        List<Integer> joiners = new ArrayList<>();
        for (int m : view.members()) {
            if (!failed.contains(m)) {
                members.add(m);
                if (!active[m]) {
                    joiners.add(m);
                }
                continue;
            }
            Integer spare = nextLiveSpare(now);
            if (spare != null) {
                members.add(spare);
                joiners.add(spare);
                sparesUsed++;
            }
        }
        while (members.size() < config.replicas()) {
            Integer spare = nextLiveSpare(now);
            if (spare == null) {
                break;
            }
            members.add(spare);
            joiners.add(spare);
            sparesUsed++;
        }
        int leader = -1;
        if (config.singleLeader()) {
            int old = view.leader();
            leader = old >= 0 && !failed.contains(old) && active[old] ? old : bestLeader(members, failed);
            if (leader < 0) {
                leader = rescue(members, joiners, now, failed);
            }
            if (leader >= 0) {
                joiners.remove(Integer.valueOf(leader));
            }
        }
        view = new View(view.number() + 1, members, leader, joiners, view.members());
        probe.viewChanged(view, now, sparesUsed);
        Msg.NewView announce = new Msg.NewView(view);
        for (int node = 0; node < config.nodes(); node++) {
            if (node != ctx.self()) {
                ctx.send(node, announce);
            }
        }
    }

    /** The active, surviving member with the highest reported version (lowest id on ties), or -1. */
    private int bestLeader(List<Integer> members, Set<Integer> failed) {
        int best = -1;
        for (int m : members) {
            if (!failed.contains(m) && active[m] && view.isMember(m) && (best < 0 || version[m] > version[best])) {
                best = m;
            }
        }
        return best;
    }

    /**
     * No member holds state: the live node (member or spare) that reported the newest version leads with
     * the state it kept (it was removed while down, say, and every other member is still joining). It
     * takes a joiner's slot if it is not a member. Returns it, or -1 if no live node kept any state.
     */
    private int rescue(List<Integer> members, List<Integer> joiners, long now, Set<Integer> failed) {
        int r = rescuer(now, failed);
        if (r < 0 || members.contains(r)) {
            return r;
        }
        spares.remove(Integer.valueOf(r));
        if (members.size() < config.replicas() || joiners.isEmpty()) {
            members.add(r);
        } else {
            int out = joiners.remove(joiners.size() - 1);
            members.set(members.indexOf(out), r);
            spares.add(out);
        }
        return r;
    }

    /** The live node with the highest reported version above 0, or -1. */
    private int rescuer(long now, Set<Integer> failed) {
        int best = -1;
        for (int n = 0; n < lastPing.length; n++) {
            if (!failed.contains(n) && now - lastPing[n] <= config.timing().failureTimeout() && version[n] > 0
                    && (best < 0 || version[n] > version[best])) {
                best = n;
            }
        }
        return best;
    }

    private boolean hasLiveSpare(long now) {
        return spares.stream().anyMatch(sp -> now - lastPing[sp] <= config.timing().failureTimeout());
    }

    /** The first spare heard from within the failure timeout, taken out of the pool; or null. */
    private Integer nextLiveSpare(long now) {
        for (int i = 0; i < spares.size(); i++) {
            if (now - lastPing[spares.get(i)] <= config.timing().failureTimeout()) {
                return spares.remove(i);
            }
        }
        return null;
    }
}
