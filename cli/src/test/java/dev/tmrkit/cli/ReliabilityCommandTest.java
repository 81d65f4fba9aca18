package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReliabilityCommandTest {
    @Test
    void jsonCarriesEveryVariantTheFormulasAndTheSeed() {
        Cli r = Cli.run("reliability", "full-adder", "--p", "0.01,0.1", "--trials", "20000", "--seed", "4", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(4, r.jsonLong("seed"));
        assertEquals(20000, r.jsonLong("trials"));
        for (String key : new String[] {"\"simplex\":[", "\"tmr_single_voter\":[", "\"tmr_perfect_voter\":[",
            "\"tmr_triplicated_voters\":[", "\"tmrFormula\":", "\"tmrImperfectVoterFormula\":", "\"formulaCheck\":\"", "\"confidence\":0.95"}) {
            assertTrue(r.out().contains(key), key + " in " + r.out());
        }
    }

    @Test
    void theSameSeedGivesTheSameReportWhateverTheThreadCount() {
        Cli one = Cli.run("reliability", "c17", "--p", "0.02", "--trials", "30000", "--threads", "1", "--format", "json");
        Cli two = Cli.run("reliability", "c17", "--p", "0.02", "--trials", "30000", "--threads", "2", "--format", "json");
        assertEquals(one.out(), two.out());
    }

    @Test
    void tablePrintsTheCrossoverAndExplainsTheDepartureFromTheFormula() {
        Cli r = Cli.run("reliability", "c17", "--p", "0.01,0.3", "--trials", "5000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("crossover (formula): the simplex R falls below 1/2"), r.out());
        assertTrue(r.out().contains("Jensen"), r.out());
        assertTrue(r.out().contains("assumes three independent replicas"), "every formula states its assumptions");
        assertTrue(r.out().contains("an estimate, not checked"), r.out());
    }

    @Test
    void badProbabilitiesAndSequentialCircuitsAreRefused() {
        assertEquals(2, Cli.run("reliability", "c17", "--p", "1.5").code());
        Cli seq = Cli.run("reliability", "counter:3");
        assertEquals(2, seq.code());
        assertTrue(seq.err().contains("sequential"), seq.err());
    }
}
