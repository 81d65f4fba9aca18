package dev.tmrkit.stateful.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardMissionsTest {
    @Test
    void theStandardComparisonLeavesOutRepairWithoutARateAndSparesWithoutSpares() {
        assertEquals(List.of(Configuration.simplexWithSpares(0), Configuration.tmr(), Configuration.tmrWithRepair(0.1),
                Configuration.tmrWithSpares(2), Configuration.simplexWithSpares(1)), StandardMissions.configurations(0.1, 2));
        assertEquals(List.of(Configuration.simplexWithSpares(0), Configuration.tmr(), Configuration.simplexWithSpares(1)),
                StandardMissions.configurations(0, 0));
    }

    @Test
    void theDefaultTimesAreFractionsAndMultiplesOfTheMeanLifetime() {
        assertEquals(List.of(100.0, 500.0, 1000.0, 2000.0), StandardMissions.defaultTimes(0.001));
    }

    @Test
    void theCurvesSpanThreeMeanLifetimesInEvenSteps() {
        StandardMissions.StaticVsDynamic m = StandardMissions.StaticVsDynamic.run(0.5, 1, 200, 3);
        for (MissionResult r : List.of(m.staticRun(), m.dynamicRun())) {
            assertEquals(StandardMissions.CURVE_POINTS, r.survival().size());
            for (int j = 0; j < StandardMissions.CURVE_POINTS; j++) {
                assertEquals(6.0 * (j + 1) / StandardMissions.CURVE_POINTS, r.survival().get(j).time(), 1e-12);
                assertEquals(200, r.survival().get(j).missions());
            }
        }
        assertEquals(Configuration.tmrWithSpares(1), m.dynamicRun().configuration());
        // closed forms at t = 0: everything is up
        assertEquals(1.0, m.staticFormula(0), 1e-12);
        assertEquals(1.0, m.dynamicFormula(0), 1e-12);
    }
}
