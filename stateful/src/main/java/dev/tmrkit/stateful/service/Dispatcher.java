package dev.tmrkit.stateful.service;

import dev.tmrkit.stateful.sim.Context;
import dev.tmrkit.stateful.sim.Message;
import dev.tmrkit.stateful.sim.Node;
import dev.tmrkit.stateful.sim.Timer;
import java.util.Arrays;

/**
 * The front of the service: requests arrive at scheduled times (open loop); round-robin sends each to
 * the next replica not suspected (a replica is suspected once a request to it timed out), voting sends
 * each to every replica and answers with the first value a majority returned. A request with no answer
 * by the timeout is unavailable. It records every request's outcome and latency.
 */
final class Dispatcher implements Node {
    static final int PENDING = 0, CORRECT = 1, WRONG = 2, UNAVAILABLE = 3;

    private final Dispatch mode;
    private final int servers;
    private final long[] arrivals;
    private final long timeout;
    final int[] outcome;
    final long[] latency;
    private final long[][] replies;
    private final int[] replyCount;
    private final int[] sentTo;
    private final boolean[] suspected;
    private int next;
    private int turn;

    Dispatcher(Dispatch mode, int servers, long[] arrivals, long timeout) {
        this.mode = mode;
        this.servers = servers;
        this.arrivals = arrivals;
        this.timeout = timeout;
        outcome = new int[arrivals.length];
        latency = new long[arrivals.length];
        replies = mode == Dispatch.VOTING ? new long[arrivals.length][servers] : null;
        replyCount = new int[arrivals.length];
        sentTo = new int[arrivals.length];
        suspected = new boolean[servers];
    }

    /** The input of request {@code id}. */
    static long input(long id) {
        return id * 7919 + 17;
    }

    @Override
    public void onStart(Context ctx) {
        if (arrivals.length > 0) {
            ctx.setTimer(new ServiceMsg.Arrival(), arrivals[0]);
        }
    }

    @Override
    public void onTimer(Context ctx, Timer timer) {
        if (timer instanceof ServiceMsg.Arrival) {
            int id = next++;
            dispatch(ctx, id);
            ctx.setTimer(new ServiceMsg.Expire(id), timeout);
            if (next < arrivals.length) {
                ctx.setTimer(new ServiceMsg.Arrival(), arrivals[next] - ctx.now());
            }
        } else if (timer instanceof ServiceMsg.Expire e) {
            int id = (int) e.id();
            if (outcome[id] == PENDING) {
                outcome[id] = UNAVAILABLE;
                if (mode == Dispatch.ROUND_ROBIN && sentTo[id] >= 0) {
                    suspected[sentTo[id]] = true;
                }
            }
        }
    }

    private void dispatch(Context ctx, int id) {
        ServiceMsg.Request r = new ServiceMsg.Request(id, input(id));
        if (mode == Dispatch.VOTING) {
            for (int s = 0; s < servers; s++) {
                ctx.send(s, r);
            }
            return;
        }
        sentTo[id] = -1;
        for (int k = 0; k < servers; k++) {
            int s = (turn + k) % servers;
            if (!suspected[s]) {
                turn = s + 1;
                sentTo[id] = s;
                ctx.send(s, r);
                return;
            }
        }
    }

    @Override
    public void onMessage(Context ctx, int from, Message m) {
        if (!(m instanceof ServiceMsg.Response r)) {
            return;
        }
        int id = (int) r.id();
        if (outcome[id] != PENDING) {
            return;
        }
        if (mode == Dispatch.ROUND_ROBIN) {
            decide(ctx, id, r.value());
            return;
        }
        replies[id][replyCount[id]++] = r.value();
        int agree = 0;
        for (int i = 0; i < replyCount[id]; i++) {
            agree += replies[id][i] == r.value() ? 1 : 0;
        }
        if (2 * agree > servers) {
            decide(ctx, id, r.value());
        } else if (replyCount[id] == servers) {
            outcome[id] = UNAVAILABLE;
        }
    }

    private void decide(Context ctx, int id, long value) {
        outcome[id] = value == Server.function(input(id)) ? CORRECT : WRONG;
        latency[id] = ctx.now() - arrivals[id];
    }

    int[] outcomes() {
        return Arrays.copyOf(outcome, next);
    }
}
