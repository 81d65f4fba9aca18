package dev.tmrkit.stateful.run.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmrkit.stateful.protocol.Timing;
import dev.tmrkit.stateful.sim.Time;
import org.junit.jupiter.api.Test;

class ScenarioDefaultsTest {
    @Test
    void retriesComeFourTimesPerTimeoutButNoLessOftenThanByDefault() {
        Timing t = ScenarioDefaults.timing(10 * Time.MS, 50 * Time.MS, 40 * Time.MS, 0);
        assertEquals(10 * Time.MS, t.retry(), "a quarter of 40 ms");
        assertEquals(Timing.DEFAULT.retry(), ScenarioDefaults.timing(10 * Time.MS, 50 * Time.MS, 1000 * Time.MS, 0).retry());
        assertEquals(1, ScenarioDefaults.timing(10 * Time.MS, 50 * Time.MS, 3, 0).retry(), "at least 1 µs");
    }

    @Test
    void aRunSettlesForFourTimeoutsAndAtLeastHalfASecond() {
        assertEquals(500 * Time.MS, ScenarioDefaults.settle(Timing.DEFAULT), "4 x 100 ms < 500 ms");
        assertEquals(800 * Time.MS, ScenarioDefaults.settle(ScenarioDefaults.timing(10 * Time.MS, 50 * Time.MS, 200 * Time.MS, 0)));
    }
}
