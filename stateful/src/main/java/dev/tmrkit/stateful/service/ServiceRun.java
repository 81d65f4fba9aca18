package dev.tmrkit.stateful.service;

import dev.tmrkit.stateful.measure.LagStats;
import dev.tmrkit.stateful.sim.NetworkSettings;
import dev.tmrkit.stateful.sim.Streams;
import dev.tmrkit.stateful.sim.engine.Simulator;
import dev.tmrkit.stateful.sim.fault.Fault;
import dev.tmrkit.stateful.sim.fault.FaultSchedule;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One run of the stateless service: N replicas ({@code s0..}) behind a dispatcher ({@code d}), requests
 * arriving as a Poisson process of {@code rate} per second for {@code duration}, each replica serving
 * one request at a time in {@code meanService} on average (exponential); faults are crash-stops and bit
 * flips (permanent value faults) of replicas.
 */
public final class ServiceRun {
    private ServiceRun() {
    }

    /** What to run. */
    public record Setup(Dispatch dispatch, int servers, double rate, long meanService, long duration, long timeout,
                        List<Fault> faults, long seed) {
        public Setup {
            faults = List.copyOf(faults);
            if (servers < 1 || !(rate > 0) || meanService < 1 || duration < 1 || timeout < 1) {
                throw new IllegalArgumentException("need servers >= 1 and a positive rate, service time, duration and timeout");
            }
        }

        /** The same with {@code d}. */
        public Setup with(Dispatch d) {
            return new Setup(d, servers, rate, meanService, duration, timeout, faults, seed);
        }
    }

    /**
     * The outcome: requests, correct and wrong answers, unavailable requests, latency of the answered,
     * throughput (correct answers per second), and replica work per request (busy time, µs).
     */
    public record Result(Setup setup, int requests, int correct, int wrong, int unavailable, LagStats latency, double throughput,
                         double workPerRequest, long traceHash) {
        /** The highest request rate the replicas can serve: N / mean service for round-robin, 1 / mean service for voting. */
        public double capacity() {
            double perServer = 1e6 / setup.meanService();
            return setup.dispatch() == Dispatch.ROUND_ROBIN ? setup.servers() * perServer : perServer;
        }
    }

    /** Runs {@code s}. */
    public static Result run(Setup s) {
        Streams streams = Streams.of(s.seed());
        SplittableRandom arrivals = streams.workload();
        long[] times = new long[16];
        int n = 0;
        double t = 0;
        while (true) {
            t += -Math.log1p(-arrivals.nextDouble()) * 1e6 / s.rate();
            if (t >= s.duration()) {
                break;
            }
            if (n == times.length) {
                times = java.util.Arrays.copyOf(times, 2 * n);
            }
            times[n++] = (long) t;
        }
        long[] at = java.util.Arrays.copyOf(times, n);
        Simulator sim = new Simulator(NetworkSettings.DEFAULT, new FaultSchedule(s.faults()), streams.network());
        Server[] servers = new Server[s.servers()];
        for (int i = 0; i < s.servers(); i++) {
            servers[i] = new Server(s.meanService());
            Server fresh = servers[i];
            sim.add("s" + i, servers[i], () -> fresh);
        }
        Dispatcher d = new Dispatcher(s.dispatch(), s.servers(), at, s.timeout());
        sim.add("d", d, () -> {
            throw new IllegalStateException("the dispatcher does not crash");
        });
        sim.run(s.duration() + 2 * s.timeout());
        int correct = 0, wrong = 0, unavailable = 0, answered = 0;
        long[] lat = new long[n];
        for (int i = 0; i < n; i++) {
            switch (d.outcome[i]) {
                case Dispatcher.CORRECT -> correct++;
                case Dispatcher.WRONG -> wrong++;
                default -> unavailable++;
            }
            if (d.outcome[i] == Dispatcher.CORRECT || d.outcome[i] == Dispatcher.WRONG) {
                lat[answered++] = d.latency[i];
            }
        }
        long busy = 0;
        for (Server sv : servers) {
            busy += sv.busy;
        }
        return new Result(s, n, correct, wrong, unavailable, LagStats.of(lat, answered), correct * 1e6 / s.duration(),
                n == 0 ? 0 : (double) busy / n, sim.traceHash());
    }
}
