package dev.tmrkit.stateful.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissionReportTest {
    @Test
    void everyFigureComesWithItsFormulaInTheOrderOfTheRun() {
        MissionResult r = new MissionSimulator(Configuration.tmr(), 0.03).run(5000, List.of(100 / 3.0, 0.0), 8, 1);
        MissionReport report = MissionReport.of(r);
        assertEquals(List.of("MTTF", "R(33.3333)", "R(0)"), report.comparisons().stream().map(Comparison::quantity).toList());
        assertEquals(5 / (6 * 0.03), report.meanTimeToFailure().formula().value(), 1e-9);
        assertEquals(ClosedForms.tmrReliability(0.03, 100 / 3.0), report.reliability().get(0).formula().value(), 0);
        assertEquals(report.reliability().size() + 1 == report.within(), report.allWithin());
    }

    @Test
    void theVerdictIsWhetherTheExactValueLiesInTheInterval() {
        Formula f = new Formula("x", 1.0, true);
        assertTrue(new Comparison("MTTF", 1.1, 0.9, 1.2, f).within());
        assertTrue(new Comparison("MTTF", 1.1, 1.0, 1.2, f).within());
        assertFalse(new Comparison("MTTF", 1.1, 1.05, 1.2, f).within());
        assertThrows(IllegalArgumentException.class, () -> new Comparison("MTTF", 2, 0.9, 1.2, f));
        assertThrows(IllegalArgumentException.class, () -> new Formula(" ", 1, true));
    }
}
