package dev.tmrkit.stateful.compare;

import java.util.List;

/**
 * Why one metric of the compare report differs between static and dynamic redundancy.
 *
 * @param metric     the metric's key (as in the report's JSON)
 * @param mechanisms the mechanisms behind it, short names (for example {@code no-failover}, {@code detection-delay})
 * @param why        the explanation in words, with the figures it rests on
 */
public record Difference(String metric, List<String> mechanisms, String why) {
    public Difference {
        mechanisms = List.copyOf(mechanisms);
    }
}
