package dev.tmrkit.cli.output;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An estimate with its confidence interval as reports write it: the object
 * {@code {"level":0.95,"value":…,"low":…,"high":…}} in JSON, and in CSV the columns {@code NAME.level},
 * {@code NAME.value}, {@code NAME.low}, {@code NAME.high} (see {@link Records}).
 */
public final class Interval {
    private Interval() {
    }

    /** The labelled interval object. */
    public static Map<String, Object> of(double level, double value, double low, double high) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", level);
        m.put("value", value);
        m.put("low", low);
        m.put("high", high);
        return m;
    }
}
