package dev.tmrkit.stateful.service;

import dev.tmrkit.stateful.sim.Context;
import dev.tmrkit.stateful.sim.Corruptible;
import dev.tmrkit.stateful.sim.Message;
import dev.tmrkit.stateful.sim.Node;
import dev.tmrkit.stateful.sim.Timer;
import java.util.ArrayDeque;

/**
 * A replica of the stateless service: it computes {@link #function} for one request at a time, in
 * arrival order, each taking an exponentially distributed service time (drawn from a hash of the
 * request and the server, so the run is the same for a seed). A bit flip is a permanent value fault:
 * from then on every result has that bit inverted (the hardware upset, lifted to a stuck wrong answer).
 */
final class Server implements Node, Corruptible {
    private final long meanService;
    private final ArrayDeque<long[]> queue = new ArrayDeque<>();
    private long corruption;
    long busy;

    Server(long meanService) {
        this.meanService = meanService;
    }

    /** The pure function served: a 32-bit mix of the input (any pure function would do). */
    static long function(long x) {
        long z = x * 0x9E3779B97F4A7C15L;
        return (z ^ (z >>> 29)) & 0xFFFFFFFFL;
    }

    @Override
    public void upset(int bit) {
        corruption ^= 1L << bit;
    }

    @Override
    public void onStart(Context ctx) {
        queue.clear();
    }

    @Override
    public void onMessage(Context ctx, int from, Message m) {
        if (m instanceof ServiceMsg.Request r) {
            queue.add(new long[] {from, r.id(), r.input()});
            if (queue.size() == 1) {
                startNext(ctx);
            }
        }
    }

    @Override
    public void onTimer(Context ctx, Timer timer) {
        if (timer instanceof ServiceMsg.Done) {
            long[] r = queue.poll();
            ctx.send((int) r[0], new ServiceMsg.Response(r[1], function(r[2]) ^ corruption));
            if (!queue.isEmpty()) {
                startNext(ctx);
            }
        }
    }

    private void startNext(Context ctx) {
        long[] r = queue.peek();
        long h = (r[1] + 1) * 0xBF58476D1CE4E5B9L ^ (ctx.self() + 1) * 0x94D049BB133111EBL;
        double u = ((h ^ (h >>> 31)) >>> 11) * 0x1.0p-53;
        long service = Math.max(1, Math.round(-Math.log1p(-u) * meanService));
        busy += service;
        ctx.setTimer(new ServiceMsg.Done(), service);
    }
}
