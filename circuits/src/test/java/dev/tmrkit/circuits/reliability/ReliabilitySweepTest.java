package dev.tmrkit.circuits.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.campaign.engine.MonteCarlo;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilitySweepTest {
    private static final double[] PS = {0.002, 0.01, 0.03, 0.1, 0.3};

    @Test
    void perfectVoterTmrIsWithinItsIntervalOfTheFormulaOrAboveOnMultiOutputCircuits() {
        for (String name : List.of("c17", "full-adder", "ripple-adder:3")) {
            Netlist n = BuiltinCircuits.byName(name).orElseThrow();
            List<ReliabilityPoint> points = new ReliabilitySweep(n).run(PS, 60_000, 3, 2, ProgressListener.NONE);
            for (ReliabilityPoint p : points) {
                assertTrue(p.perfectVoterConsistent(), () -> name + " at p=" + p.p() + ": simulated "
                        + p.r(Variant.TMR_PERFECT_VOTER) + " vs formula " + p.tmrPerfect());
            }
        }
    }

    /** A 4-input parity tree: any flip inverts the output whatever the inputs, so R = (1 + (1-2p)^3) / 2. */
    private static Netlist parity() {
        return Netlist.builder("parity4").input("a").input("b").input("c").input("d").output("y")
                .gate(GateType.XOR, "ab", "a", "b").gate(GateType.XOR, "cd", "c", "d").gate(GateType.XOR, "y", "ab", "cd")
                .build();
    }

    /** Half the width of the formula's uncertainty inherited from R: |d(3R²-2R³)/dR| = 6R(1-R). */
    private static double slack(MonteCarlo.Result simplex) {
        double r = simplex.reliability();
        return 6 * r * (1 - r) * (simplex.interval().high() - simplex.interval().low());
    }

    @Test
    void whenReliabilityDoesNotDependOnTheInputsPerfectVoterTmrIsExactlyTheFormula() {
        for (ReliabilityPoint p : new ReliabilitySweep(parity()).run(PS, 200_000, 8, 2, ProgressListener.NONE)) {
            MonteCarlo.Result tmr = p.simulated().get(Variant.TMR_PERFECT_VOTER);
            double exactR = (1 + Math.pow(1 - 2 * p.p(), 3)) / 2;
            assertEquals(exactR, p.r(Variant.SIMPLEX), 4 * Math.sqrt(exactR * (1 - exactR) / 200_000) + 1e-9);
            double s = slack(p.simulated().get(Variant.SIMPLEX));
            assertTrue(tmr.interval().low() - s <= p.tmrPerfect() && p.tmrPerfect() <= tmr.interval().high() + s,
                    () -> "p=" + p.p() + " simulated " + tmr.reliability() + " formula " + p.tmrPerfect());
        }
    }

    @Test
    void onASingleOutputCircuitInputDependentReliabilityKeepsTmrAtOrBelowTheFormula() {
        // replicas share the input, so their failures are correlated through it: by Jensen's inequality
        // E[3R(x)²-2R(x)³] <= 3E[R]²-2E[R]³ wherever every R(x) > 1/2
        Netlist n = BuiltinCircuits.byName("comparator:4:10").orElseThrow();
        for (ReliabilityPoint p : new ReliabilitySweep(n).run(new double[] {0.003, 0.01, 0.03}, 200_000, 8, 2, ProgressListener.NONE)) {
            MonteCarlo.Result tmr = p.simulated().get(Variant.TMR_PERFECT_VOTER);
            assertTrue(tmr.interval().low() - slack(p.simulated().get(Variant.SIMPLEX)) <= p.tmrPerfect(),
                    () -> "p=" + p.p() + " simulated " + tmr.reliability() + " formula " + p.tmrPerfect());
        }
    }

    @Test
    void tmrHelpsWhileModulesAreReliableAndHurtsPastTheCrossover() {
        List<ReliabilityPoint> points = new ReliabilitySweep(parity()).run(new double[] {0.001, 0.01, 0.1, 0.4, 0.6, 0.8}, 100_000, 2, 2,
                ProgressListener.NONE);
        assertTrue(points.get(0).r(Variant.TMR_PERFECT_VOTER) > points.get(0).r(Variant.SIMPLEX));
        ReliabilityPoint last = points.get(points.size() - 1);
        assertTrue(last.r(Variant.SIMPLEX) < 0.5, "at p=0.8 three chained XORs are worse than a coin");
        assertTrue(last.r(Variant.TMR_PERFECT_VOTER) < last.r(Variant.SIMPLEX));
        double crossover = ReliabilitySweep.crossover(points).orElseThrow();
        assertTrue(crossover > 0.4 && crossover < 0.6, "R(p) = (1 + (1-2p)^3)/2 crosses 1/2 at p = 1/2, found " + crossover);
    }

    @Test
    void theClosedFormsAreWhatTheTextbookSays() {
        assertEquals(0.5, Theory.tmr(0.5), 1e-12, "R = 1/2 is the fixed point");
        assertEquals(3 * 0.81 - 2 * 0.729, Theory.tmr(0.9), 1e-12);
        assertEquals(0.5 * Theory.tmr(0.9), Theory.tmr(0.9, 0.5), 1e-12);
        assertEquals(Math.pow(0.99, 4), Theory.voterStage(0.01, 4), 1e-12);
    }
}
