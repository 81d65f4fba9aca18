package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplicasBenchSuiteTest {
    @Test
    void theBenchCommandRunsTheSuiteByName() {
        Cli r = Cli.run("bench", "--suite", "replicas", "--runs", "1", "--warmups", "0", "--min-time", "0.000001", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("suite,subject,measure,unit,median,min,max,vs_baseline,goal", lines[0]);
        assertEquals(6, lines.length, "the simulator core; static and dynamic, simulation and whole run: " + r.out());
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            assertEquals("replicas", cells[0]);
            assertTrue(Double.parseDouble(cells[4]) > 0, lines[i]);
        }
        assertTrue(lines[2].endsWith(">= 5e+06: met") || lines[2].endsWith(">= 5e+06: NOT met"), lines[2]);
        assertEquals(2, Cli.run("bench", "--suite", "nope").code());
    }
}
