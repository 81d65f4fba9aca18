package dev.tmrkit.stateful.sim.fault;

import dev.tmrkit.stateful.sim.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Faults drawn at random instead of listed: each node crashes as a Poisson process of
 * {@code crashesPerSecond} (crash-stop when {@code downtime} is 0, else it recovers after
 * {@code downtime}, with durable or volatile state), and suffers bit flips as a Poisson process of
 * {@code flipsPerSecond}, each in a bit drawn from {@code [0, flipBits)}.
 */
public record FaultRates(double crashesPerSecond, long downtime, boolean durable, double flipsPerSecond, int flipBits) {
    /** No random faults. */
    public static final FaultRates NONE = new FaultRates(0, 0, true, 0, 16);

    public FaultRates {
        if (!(crashesPerSecond >= 0) || !(flipsPerSecond >= 0) || downtime < 0 || flipBits < 1 || flipBits > 64) {
            throw new IllegalArgumentException("fault rates must be >= 0, the downtime >= 0, flip bits in 1..64");
        }
    }

    /**
     * The faults of {@code nodes} during {@code [0, duration)}: each node draws from its own stream,
     * split from {@code random} in node order.
     */
    public List<Fault> draw(List<Integer> nodes, long duration, SplittableRandom random) {
        List<Fault> faults = new ArrayList<>();
        for (int node : nodes) {
            SplittableRandom r = random.split();
            if (crashesPerSecond > 0) {
                long t = 0;
                while (true) {
                    t += exponential(r, crashesPerSecond);
                    if (t >= duration) {
                        break;
                    }
                    if (downtime == 0) {
                        faults.add(Fault.Crash.stop(node, t));
                        break;
                    }
                    faults.add(new Fault.Crash(node, t, t + downtime, durable));
                    t += downtime;
                }
            }
            if (flipsPerSecond > 0) {
                for (long t = exponential(r, flipsPerSecond); t < duration; t += exponential(r, flipsPerSecond)) {
                    faults.add(new Fault.Flip(node, t, r.nextInt(flipBits)));
                }
            }
        }
        return faults;
    }

    private static long exponential(SplittableRandom r, double perSecond) {
        return 1 + (long) (-Math.log(1 - r.nextDouble()) / perSecond * Time.S);
    }
}
