package dev.tmrkit.stateful.replica;

import dev.tmrkit.stateful.protocol.ClusterConfig;
import dev.tmrkit.stateful.protocol.Msg;
import dev.tmrkit.stateful.protocol.Probe;
import dev.tmrkit.stateful.protocol.Tick;
import dev.tmrkit.stateful.protocol.View;
import dev.tmrkit.stateful.sim.Context;
import dev.tmrkit.stateful.sim.Message;
import dev.tmrkit.stateful.sim.Node;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.Timer;

/**
 * The threshold monitor's eyes on one replica: with a period it reads the replica's value every
 * period; with period 0 it watches, and the replica reports every change of its value (renewing the
 * subscription every 100 ms, in case the replica restarted). When a view replaces its replica, it moves
 * to the replacement.
 */
public final class Observer implements Node {
    private static final Tick POLL = new Tick.Poll();
    private static final long RENEW = 100 * Time.MS;

    private final Probe probe;
    private final int index;
    private final long period;
    private View view;
    private int target;
    private long reads;

    /** Observer {@code index} of replica {@code target}, reading every {@code period} (0: watching). */
    public Observer(ClusterConfig config, Probe probe, int index, int target, long period) {
        if (period < 0 || target < 0 || target >= config.replicas()) {
            throw new IllegalArgumentException("an observer needs a period >= 0 and one of the replicas 0.." + (config.replicas() - 1));
        }
        this.probe = probe;
        this.index = index;
        this.period = period;
        this.target = target;
        this.view = config.initialView();
    }

    @Override
    public void onStart(Context ctx) {
        if (period == 0) {
            ctx.send(target, new Msg.Watch());
        }
        ctx.setTimer(POLL, period == 0 ? RENEW : period);
    }

    @Override
    public void onTimer(Context ctx, Timer timer) {
        if (period == 0) {
            ctx.send(target, new Msg.Watch());
            ctx.setTimer(POLL, RENEW);
        } else {
            ctx.send(target, new Msg.Read(++reads));
            ctx.setTimer(POLL, period);
        }
    }

    @Override
    public void onMessage(Context ctx, int from, Message m) {
        if (m instanceof Msg.Changed c && from == target) {
            probe.observed(index, ctx.now(), c.value());
        } else if (m instanceof Msg.ReadReply r && from == target) {
            probe.observed(index, ctx.now(), r.value());
        } else if (m instanceof Msg.NewView v && v.view().number() > view.number()) {
            int position = view.members().indexOf(target);
            view = v.view();
            if (!view.isMember(target) && position >= 0 && position < view.members().size()) {
                target = view.members().get(position);
                if (period == 0) {
                    ctx.send(target, new Msg.Watch());
                }
            }
        }
    }
}
