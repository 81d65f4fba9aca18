package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.faults.FaultCollapsing;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code tmrkit inject} with the TMR pass, fault kinds, sampling and Monte Carlo, through the command line. */
class InjectCommandTest {
    /** The counts of one region in the JSON report. */
    private static long[] region(Cli r, String region) {
        Matcher m = Pattern.compile("\"" + region + "\":\\{\"masked\":(\\d+),\"detected\":(\\d+),\"silent\":(\\d+)\\}").matcher(r.out());
        if (!m.find()) {
            return new long[3];
        }
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    @Test
    void withDefaultTmrOnlySharedInputsAndReductionVotersEscape() {
        Cli r = Cli.run("inject", "c17", "--tmr", "triplicated", "--format", "json");
        assertEquals(0, r.code(), r.err());
        Netlist tmr = new TmrPass(TmrOptions.defaults()).apply(BuiltinCircuits.byName("c17").orElseThrow());
        assertEquals(FaultLists.allStuckAt(tmr).size(), r.jsonLong("faults"));
        assertEquals(0, region(r, "replica")[2], "no fault inside a replica escapes");
        long escapes = region(r, "shared input")[2] + region(r, "reduction voter")[2];
        assertEquals(r.jsonLong("silent"), escapes);
        assertTrue(region(r, "shared input")[2] > 0 && region(r, "reduction voter")[2] > 0, r.out());
    }

    @Test
    void fullTmrMasksEverySingleStuckAtFault() {
        Cli r = Cli.run("inject", "full-adder", "--tmr", "triplicated", "--inputs", "triplicated", "--outputs", "triplicated",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(0, r.jsonLong("silent"));
        assertEquals(r.jsonLong("faults"), r.jsonLong("masked"));
        assertEquals(8, r.jsonLong("patterns"), "tied input copies: 2^3 logical patterns, not 2^9");
    }

    @Test
    void singleVotersAfterEveryGateAreTheEscapesInsideTheLogic() {
        Cli r = Cli.run("inject", "c17", "--tmr", "single", "--scope", "gates", "--inputs", "triplicated", "--mismatch",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"mismatchOutput\":\"$tmr$mismatch\""), r.out());
        assertEquals(0, region(r, "replica")[2], "a replica fault is out-voted");
        assertTrue(region(r, "voter")[2] > 0, "a single voter read by all three replicas is a single point of failure");
        assertEquals(r.jsonLong("silent"), region(r, "voter")[2] + region(r, "reduction voter")[2]);
    }

    @Test
    void aMismatchOutputTurnsTwoReplicaFailuresIntoDetections() {
        String[] common = {"inject", "full-adder", "--tmr", "triplicated", "--faults", "flip", "--multi", "2", "--spread", "random",
            "--sets", "300", "--format", "json"};
        Cli with = Cli.run(concat(common, "--mismatch"));
        Cli without = Cli.run(common);
        assertEquals(0, with.code(), with.err());
        assertTrue(with.jsonLong("detected") > 0, with.out());
        assertEquals(0, without.jsonLong("detected"), "nothing can flag a failure without a mismatch output");
        assertTrue(with.jsonLong("silent") < without.jsonLong("silent"));
    }

    @Test
    void feedbackVotersScrubAnUpsetThatOtherwiseWaitsForASecond() {
        String[] common = {"inject", "counter:3", "--tmr", "triplicated", "--faults", "seu", "--multi", "2", "--spread", "random",
            "--sets", "36", "--cycle", "2", "--second-cycle", "6", "--format", "json"};
        Cli outputsOnly = Cli.run(concat(common, "--scope", "outputs"));
        Cli registers = Cli.run(concat(common, "--scope", "registers"));
        assertEquals(0, outputsOnly.code(), outputsOnly.err());
        // all C(9, 2) = 36 pairs of the TMR counter's flip-flops, each once: 27 pairs span two replicas
        assertEquals(27, outputsOnly.jsonLong("silent"), "two upsets in two replicas out-vote the good one");
        assertEquals(0, registers.jsonLong("silent"), "the first upset was scrubbed at the next clock");
        assertEquals(36, registers.jsonLong("faults"));
    }

    @Test
    void collapsedFaultsAreTheRepresentatives() {
        Cli r = Cli.run("inject", "c17", "--collapsed", "--format", "json");
        assertEquals(FaultCollapsing.collapse(BuiltinCircuits.byName("c17").orElseThrow()).collapsed(), r.jsonLong("faults"));
        assertEquals(22, r.jsonLong("faults"));
    }

    @Test
    void theLeveugleSampleSizeIsPrintedAndUsed() {
        Cli r = Cli.run("inject", "ripple-adder:8", "--margin", "0.05", "--confidence", "0.95", "--format", "json");
        assertEquals(0, r.code(), r.err());
        long population = FaultLists.allStuckAt(BuiltinCircuits.byName("ripple-adder:8").orElseThrow()).size();
        double t = 1.959963984540054;
        long expected = (long) Math.ceil(population / (1 + 0.05 * 0.05 * (population - 1) / (t * t * 0.25)));
        assertEquals(expected, r.jsonLong("faults"));
        assertTrue(r.out().contains("Leveugle"), r.out());
    }

    @Test
    void transientFlipsOnEveryNet() {
        Cli r = Cli.run("inject", "full-adder", "--faults", "flip", "--format", "json");
        Netlist fa = BuiltinCircuits.byName("full-adder").orElseThrow();
        assertEquals(fa.netCount(), r.jsonLong("faults"));
        assertEquals(0, r.jsonLong("masked"), "in a full adder every net reaches an output for some input");
    }

    @Test
    void monteCarloReportsAReliabilityWithItsInterval() {
        Cli r = Cli.run("inject", "c17", "--montecarlo", "0", "--trials", "1000", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(1000, r.jsonLong("correct"));
        Cli bad = Cli.run("inject", "c17", "--montecarlo", "2");
        assertEquals(2, bad.code());
    }

    @Test
    void exhaustiveEnumerationIsRefusedBeyondTwoToTheTwentyFourWithAWayOut() {
        Cli r = Cli.run("inject", "ripple-adder:12", "--exhaustive");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("2^25") && r.err().contains("random patterns"), r.err());
        Cli ok = Cli.run("inject", "ripple-adder:10", "--exhaustive", "--collapsed", "--format", "json");
        assertEquals(0, ok.code(), ok.err());
        assertEquals(1L << 21, ok.jsonLong("patterns"), "21 inputs, every combination");
    }

    @Test
    void misuseIsRefusedWithExitTwo() {
        assertEquals(2, Cli.run("inject", "c17", "--faults", "cosmic").code());
        assertEquals(2, Cli.run("inject", "c17", "--collapsed", "--faults", "flip").code());
        assertEquals(2, Cli.run("inject", "c17", "--faults", "seu").code(), "c17 has no flip-flops");
        assertEquals(2, Cli.run("inject", "c17", "--tmr", "quintuple").code());
        assertEquals(2, Cli.run("inject", "c17", "--faults", "flip", "--cycle", "3").code());
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
