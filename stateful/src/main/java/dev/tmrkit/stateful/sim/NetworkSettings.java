package dev.tmrkit.stateful.sim;

/**
 * How the network treats every message. Each link is FIFO and delays a message by a uniform draw from
 * {@code [minDelay, maxDelay]}; on top of that, with the given probabilities a message is lost,
 * duplicated (the copy takes its own delay) or reordered (held back by up to ten times
 * {@code maxDelay}, so later messages overtake it); {@code extraDelay} adds a uniform draw from
 * {@code [0, extraDelay]} to every message, as congestion would.
 */
public record NetworkSettings(long minDelay, long maxDelay, double loss, double duplicate, double reorder, long extraDelay) {
    /** 1–3 ms per message, no faults. */
    public static final NetworkSettings DEFAULT = new NetworkSettings(Time.MS, 3 * Time.MS, 0, 0, 0, 0);

    public NetworkSettings {
        if (minDelay < 0 || maxDelay < minDelay || extraDelay < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= min <= max and extra >= 0");
        }
        for (double p : new double[] {loss, duplicate, reorder}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("loss, duplication and reordering are probabilities in [0, 1], got " + p);
            }
        }
    }

    public NetworkSettings withLoss(double p) {
        return new NetworkSettings(minDelay, maxDelay, p, duplicate, reorder, extraDelay);
    }

    public NetworkSettings withDuplicate(double p) {
        return new NetworkSettings(minDelay, maxDelay, loss, p, reorder, extraDelay);
    }

    public NetworkSettings withReorder(double p) {
        return new NetworkSettings(minDelay, maxDelay, loss, duplicate, p, extraDelay);
    }

    public NetworkSettings withExtraDelay(long extra) {
        return new NetworkSettings(minDelay, maxDelay, loss, duplicate, reorder, extra);
    }

    public NetworkSettings withDelay(long min, long max) {
        return new NetworkSettings(min, max, loss, duplicate, reorder, extraDelay);
    }
}
