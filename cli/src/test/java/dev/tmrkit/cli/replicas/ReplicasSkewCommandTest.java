package dev.tmrkit.cli.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --skew} and {@code --pause} of the replica commands, and the {@code clock-skew} scenario that shows what skew does. */
class ReplicasSkewCommandTest {
    @Test
    void theClockSkewScenarioShowsDynamicRedundancyRemovingALiveReplica() {
        Cli r = Cli.run("replicas", "scenario", "clock-skew");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("faults     n1's clock runs at 0.15x 2.00 s-4.00 s"), r.out());
        assertTrue(r.out().matches("(?s).*\\nremoved: silent / deaf / outvoted \\(readmitted\\) +0 / 0 / 0 \\(0\\) +[1-9]\\d* / 0 / 0 .*"),
                r.out());
        assertTrue(r.out().matches("(?s).*\\nspares consumed +0 +[1-9].*"), r.out());
        assertTrue(r.out().contains("why they differ"), r.out());
    }

    @Test
    void skewsParseAsRatesAndJumpsAndBadOnesAreRefusedWithExitCode2() {
        Cli ok = Cli.run("replicas", "run", "--duration", "1s", "--skew", "0@200ms-600ms:x3-50ms", "--skew", "n2@100ms-300ms:+20ms");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("n0's clock jumps back 50.00 ms and runs at 3x 200.00 ms-600.00 ms")
                && ok.out().contains("n2's clock jumps ahead 20.00 ms 100.00 ms-300.00 ms"), ok.out());
        for (List<String> bad : List.of(List.of("0@1s-2s"), List.of("0@1s-2s:"), List.of("0@1s-2s:xfast"), List.of("0@2s-1s:x2"),
                List.of("0@1s-2s:x0"), List.of("9@1s-2s:x2"), List.of("0@1s-3s:x2", "0@2s-4s:x3"))) {
            String[] args = new String[4 + 2 * bad.size()];
            args[0] = "replicas";
            args[1] = "run";
            args[2] = "--duration";
            args[3] = "5s";
            for (int i = 0; i < bad.size(); i++) {
                args[4 + 2 * i] = "--skew";
                args[5 + 2 * i] = bad.get(i);
            }
            Cli r = Cli.run(args);
            assertEquals(2, r.code(), bad + ": " + r.out() + r.err());
            assertTrue(r.out().isEmpty() && !r.err().contains("Exception"), bad + ": " + r.err());
        }
    }

    @Test
    void pausesRunAndABadWindowIsRefused() {
        Cli ok = Cli.run("replicas", "run", "--duration", "2s", "--pause", "1@1s-1200ms");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("faults     n1 pauses 1.00 s-1.20 s"), ok.out());
        Cli bad = Cli.run("replicas", "run", "--duration", "2s", "--pause", "0@1200ms-1s");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--pause 0@1200ms-1s: the window must end after it starts"), bad.err());
    }

    @Test
    void theSweepDrawsSkewsItselfAndRefusesTheOption() {
        Cli r = Cli.run("replicas", "sweep", "--seeds", "1..2", "--skew", "0@1s-2s:x2");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--skew is drawn per seed"), r.err());
    }
}
