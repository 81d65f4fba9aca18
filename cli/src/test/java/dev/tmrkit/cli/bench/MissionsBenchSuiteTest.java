package dev.tmrkit.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissionsBenchSuiteTest {
    @Test
    void measuresMissionsPerSecondAndTheTimeForTenThousandAgainstTheGoal() throws Exception {
        MissionsBenchSuite suite = new MissionsBenchSuite();
        assertEquals("missions", suite.name());
        List<BenchRow> rows = suite.run(new BenchContext(Path.of("."), new Measurement(0, 1, 1), 1, 2), 1);
        assertEquals(6, rows.size(), rows.toString());
        BenchRow rate = rows.get(0);
        assertEquals("missions/s", rate.unit());
        assertTrue(rate.median() > 0 && rate.min() <= rate.median() && rate.median() <= rate.max(), rate.toString());
        BenchRow time = rows.get(1);
        assertEquals("s", time.unit());
        assertEquals("≤ 10 s", time.goal());
        assertEquals(MissionsBenchSuite.MISSIONS / rate.median(), time.median(), 1e-9 * time.median());
        assertTrue(time.median() < MissionsBenchSuite.GOAL_SECONDS, "10,000 missions in " + time.median() + " s");
        assertTrue(rows.get(2).subject().contains("2 threads"), rows.get(2).subject());
        for (BenchRow r : rows) {
            assertEquals("missions", r.suite());
        }
    }
}
