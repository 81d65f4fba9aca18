package dev.tmrkit.circuits.campaign.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.stats.Normal;
import dev.tmrkit.gates.stats.Wilson;
import dev.tmrkit.gates.vote.MajorityVoter;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo reliability against closed forms that hold exactly for these circuits. Seeds are fixed; the
 * {@value #COMPARISONS} interval checks of this class are made at the Bonferroni level 1 − 0.01/{@value #COMPARISONS}
 * each, so a correct simulation fails any of them with probability at most 1%.
 */
class MonteCarloTest {
    /** Simulated reliabilities compared with a closed form in this class. */
    private static final int COMPARISONS = 7;
    private static final double Z_FAMILY = Normal.twoSided(1 - 0.01 / COMPARISONS);

    /** A chain of k inverters: correct iff an even number of them flipped, R = (1 + (1-2p)^k) / 2. */
    private static NetlistBuilder chain(NetlistBuilder b, String in, String out, int k, String prefix) {
        String prev = in;
        for (int i = 1; i <= k; i++) {
            String net = i == k ? out : prefix + i;
            b.gate(GateType.NOT, net, prev);
            prev = net;
        }
        return b;
    }

    private static void assertWithinFamilyInterval(double expected, MonteCarlo.Result r) {
        Wilson w = Wilson.of(r.successes(), r.trials(), Z_FAMILY);
        assertTrue(w.low() <= expected && expected <= w.high(),
                () -> "expected " + expected + " within the CI [" + w.low() + ", " + w.high() + "] (z = " + Z_FAMILY + "), got "
                        + r.reliability());
    }

    @Test
    void aChainOfInvertersMatchesTheParityFormula() {
        Netlist n = chain(Netlist.builder("chain").input("a").output("y"), "a", "y", 5, "n").build();
        MonteCarlo mc = new MonteCarlo(n, OutputCheck.EXACT, g -> true, -1);
        for (double p : new double[] {0.001, 0.01, 0.05, 0.2}) {
            MonteCarlo.Result r = mc.run(p, 200_000, 11, 2, ProgressListener.NONE);
            assertWithinFamilyInterval((1 + Math.pow(1 - 2 * p, 5)) / 2, r);
        }
    }

    @Test
    void tmrOfASingleOutputWithAPerfectVoterIsThreeRSquaredMinusTwoRCubed() {
        NetlistBuilder b = Netlist.builder("tmr-chain").input("a").output("y");
        for (String r : new String[] {"A", "B", "C"}) {
            chain(b, "a", "y" + r, 4, "n" + r + "_");
        }
        MajorityVoter.instantiate(b, "yA", "yB", "yC", "y", "$v");
        Netlist n = b.build();
        MonteCarlo perfectVoter = new MonteCarlo(n, OutputCheck.EXACT, g -> !n.netName(n.gate(g).output()).startsWith("$v")
                && !n.netName(n.gate(g).output()).equals("y"), -1);
        assertEquals(12, perfectVoter.eligibleGates());
        for (double p : new double[] {0.01, 0.05, 0.15}) {
            double r = (1 + Math.pow(1 - 2 * p, 4)) / 2;
            assertWithinFamilyInterval(3 * r * r - 2 * r * r * r, perfectVoter.run(p, 200_000, 5, 2, ProgressListener.NONE));
        }
    }

    @Test
    void sameSeedSameResultWhateverTheThreadCount() {
        Netlist n = chain(Netlist.builder("chain").input("a").output("y"), "a", "y", 7, "n").build();
        MonteCarlo mc = new MonteCarlo(n, OutputCheck.EXACT, g -> true, -1);
        assertEquals(mc.run(0.03, 100_000, 99, 1, ProgressListener.NONE), mc.run(0.03, 100_000, 99, 2, ProgressListener.NONE));
        assertTrue(mc.run(0.03, 100_000, 99, 1, ProgressListener.NONE).successes()
                != mc.run(0.03, 100_000, 100, 1, ProgressListener.NONE).successes(), "a different seed draws differently");
    }

    @Test
    void zeroProbabilityNeverFailsAndCertainFailureOfOneInverterAlwaysDoes() {
        Netlist n = chain(Netlist.builder("one").input("a").output("y"), "a", "y", 1, "n").build();
        MonteCarlo mc = new MonteCarlo(n, OutputCheck.EXACT, g -> true, -1);
        assertEquals(5000, mc.run(0, 5000, 1, 1, ProgressListener.NONE).successes());
        assertEquals(0, mc.run(1, 5000, 1, 1, ProgressListener.NONE).successes());
    }
}
