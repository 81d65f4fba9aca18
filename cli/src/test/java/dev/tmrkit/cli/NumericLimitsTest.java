package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.options.Limits;
import org.junit.jupiter.api.Test;

/** Numbers the machine cannot honour are refused before any work, with the limit named. */
class NumericLimitsTest {
    private static void refused(String expected, String... args) {
        Cli r = Cli.run(args);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    void patternsCyclesAndThreadsHaveNamedBounds() {
        refused("--patterns must be at most " + Limits.MAX_PATTERNS + " (2^30), got 100000000000000",
                "tmr", "c17", "--patterns", "100000000000000");
        refused("--patterns must be at least 1, got 0", "tmr", "c17", "--patterns", "0");
        refused("--cycles must be at most " + Limits.MAX_CYCLES, "eval", "counter:3", "--cycles", "2000000000");
        refused("--cycles must be at least 1, got -5", "eval", "counter:3", "--cycles", "-5");
        refused("--threads must be at least 1, got 0", "inject", "c17", "--threads", "0");
        refused("--threads must be at most " + Limits.MAX_THREADS, "inject", "c17", "--threads", "2147483647");
    }

    @Test
    void numbersBeyondTheirTypeAreUsageErrors() {
        Cli r = Cli.run("eval", "counter:3", "--cycles", "99999999999999999999");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--cycles"), r.err());
    }
}
