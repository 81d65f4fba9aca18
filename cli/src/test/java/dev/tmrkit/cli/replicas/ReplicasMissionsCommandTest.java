package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.Cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicasMissionsCommandTest {
    @Test
    void jsonCarriesEveryConfigurationItsFormulasAndTheSeed() {
        Cli r = Cli.run("replicas", "missions", "--missions", "20000", "--seed", "4", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(4, r.jsonLong("seed"));
        assertEquals(20000, r.jsonLong("missions"));
        assertEquals(2, r.jsonLong("spares"));
        assertEquals(25, r.jsonLong("figures"));   // 5 configurations × (MTTF + 4 default times)
        for (String key : List.of("\"lambda\":0.001", "\"mu\":0.1", "\"times\":[100.0,500.0,1000.0,2000.0]",
            "\"name\":\"simplex\"", "\"name\":\"TMR\"", "\"name\":\"TMR with repair (μ = 0.1)\"",
            "\"name\":\"TMR with 2 cold spares\"", "\"name\":\"simplex with 1 cold spare\"",
            "\"redundancy\":\"static\"", "\"redundancy\":\"hybrid\"", "\"redundancy\":\"dynamic\"",
            "\"formula\":\"5/(6λ)\"", "\"formula\":\"3e^(−2λt) − 2e^(−3λt)\"", "\"formula\":\"(5λ+μ)/(6λ²)\"",
            "\"formula\":\"(S+1)/(3λ) + 1/(2λ)\"", "\"formula\":\"e^(−λt)(1+λt)\"", "\"exact\":833.3333333333334",
            "\"exact\":17500.0", "\"exact\":1500.0", "\"mttf\":{\"level\":0.99,\"value\":", "\"alive\":", "\"withinCi\":true",
            "\"closedForm\":true")) {
            assertTrue(r.out().contains(key), key + " in " + r.out());
        }
    }

    @Test
    void theSameSeedGivesTheSameReportWhateverTheThreadCount() {
        String[] args = {"replicas", "missions", "--missions", "30000", "--mu", "0.02", "--spares", "3", "--format", "json"};
        Cli one = Cli.run(concat(args, "--threads", "1"));
        Cli four = Cli.run(concat(args, "--threads", "4"));
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), four.out());
        Cli other = Cli.run(concat(args, "--threads", "4", "--seed", "2"));
        assertNotEquals(one.out(), other.out());
    }

    @Test
    void theTablePrintsEachFormulaBesideItsFigureWithTheSeedAndDefinitions() {
        Cli r = Cli.run("replicas", "missions", "--missions", "20000", "--lambda", "0.5", "--times", "1,2.5");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("missions   20000 per configuration, seed 1"), out);
        assertTrue(out.contains("λ = 0.5 failures per active replica"), out);
        assertTrue(out.contains("static     redundancy: a fixed set of replicas behind a voter"), out);
        assertTrue(out.contains("dynamic    redundancy: detect a failed replica and replace it"), out);
        assertTrue(out.contains("TMR — static redundancy: 3 active, 2 needed"), out);
        assertTrue(out.contains("TMR with 2 cold spares — hybrid redundancy"), out);
        assertTrue(out.contains("simplex with 1 cold spare — dynamic redundancy"), out);
        for (String row : List.of("5/(6λ)  ", "  1.6667  ", "(5λ+μ)/(6λ²)", "(S+1)/(3λ) + 1/(2λ)", "e^(−λt)(1+λt)")) {
            assertTrue(out.contains(row), row + " in " + out);
        }
        assertTrue(out.matches("(?s).*R\\(2\\.5\\) +0\\.\\d{5} \\[0\\.\\d{5}, 0\\.\\d{5}\\] +3e\\^\\(−2λt\\) − 2e\\^\\(−3λt\\) +0\\.\\d{5} +(ok|MISS).*"), out);
        assertTrue(out.contains("figures within their 99% intervals"), out);
    }

    @Test
    void noRepairAndNoSparesLeaveThoseConfigurationsOut() {
        Cli r = Cli.run("replicas", "missions", "--missions", "2000", "--mu", "0", "--spares", "0", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("with repair"), r.out());
        assertFalse(r.out().contains("cold spares"), r.out());
        assertEquals(15, r.jsonLong("figures"));
    }

    @Test
    void csvHasOneRowPerFigure() {
        Cli r = Cli.run("replicas", "missions", "--missions", "2000", "--times", "100", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("configuration,figure,t,level,value,low,high,formula,exact,closedForm,withinCi", lines[0]);
        assertEquals(1 + 5 * 2, lines.length, r.out());
        assertTrue(lines[3].startsWith("TMR,MTTF,,"), lines[3]);
        assertTrue(lines[4].startsWith("TMR,R(t),100.0,"), lines[4]);
    }

    @Test
    void badOptionsAreRefusedWithExitCodeTwo() {
        for (String[] bad : List.of(new String[] {"--lambda", "0"}, new String[] {"--lambda", "-1"},
            new String[] {"--lambda", "NaN"}, new String[] {"--lambda", "abc"}, new String[] {"--mu", "-0.1"},
            new String[] {"--spares", "-1"}, new String[] {"--missions", "1"}, new String[] {"--times", "5,-1"},
            new String[] {"--threads", "0"}, new String[] {"--format", "xml"})) {
            Cli r = Cli.run(concat(new String[] {"replicas", "missions", "--missions", "100"}, bad));
            assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
            assertTrue(r.err().contains(bad[0]) || r.err().contains("'" + bad[1] + "'"), r.err());
            assertTrue(r.out().isEmpty(), r.out());
        }
        Cli lambda = Cli.run("replicas", "missions", "--lambda", "0");
        assertTrue(lambda.err().contains("--lambda must be a positive, finite failure rate, got 0.0"), lambda.err());
    }

    @Test
    void aRunThatWouldTakeMinutesIsRefusedBeforeItStarts() {
        Cli r = Cli.run("replicas", "missions", "--lambda", "1e-6", "--mu", "10", "--missions", "1000000");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("events to simulate") && r.err().contains("lower --missions"), r.err());
    }

    @Test
    void theReplicasGroupListsMissions() {
        Cli r = Cli.run("replicas", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("missions"), r.out());
        Cli help = Cli.run("replicas", "missions", "--help");
        assertTrue(help.out().contains("5/(6λ)") && help.out().contains("--times"), help.out());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
