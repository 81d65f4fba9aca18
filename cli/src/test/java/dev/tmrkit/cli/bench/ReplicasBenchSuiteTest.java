package dev.tmrkit.cli.bench;

import dev.tmrkit.cli.Cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplicasBenchSuiteTest {
    /** The cells of a CSV line, quotes honoured. */
    private static String[] cells(String line) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"((?:[^\"]|\"\")*)\"|([^,]*)").matcher(line);
        int at = 0;
        while (at <= line.length() && m.find(at)) {
            out.add(m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2));
            at = m.end() + 1;
        }
        return out.toArray(new String[0]);
    }

    @Test
    void theBenchCommandRunsTheSuiteByName() {
        Cli r = Cli.run("bench", "--suite", "replicas", "--runs", "1", "--warmups", "0", "--min-time", "0.000001", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("suite,subject,measure,unit,median,min,max,ratio,baseline,goal,met", lines[0]);
        assertEquals(6, lines.length, "the simulator core; static and dynamic, simulation and whole run: " + r.out());
        for (int i = 1; i < lines.length; i++) {
            String[] cells = cells(lines[i]);
            assertEquals("replicas", cells[0]);
            assertTrue(Double.parseDouble(cells[4]) > 0, lines[i]);
        }
        assertEquals(11, cells(lines[2]).length, lines[2]);
        assertEquals(">= 5e+06", cells(lines[2])[9], lines[2]);
        assertEquals(String.valueOf(Double.parseDouble(cells(lines[2])[4]) >= 5e6), cells(lines[2])[10], lines[2]);
        assertEquals(Double.parseDouble(cells(lines[2])[4]) / Double.parseDouble(cells(lines[1])[4]),
                Double.parseDouble(cells(lines[2])[7]), 1e-9, "the ratio to the simulator core of the same run");
        assertEquals(2, Cli.run("bench", "--suite", "nope").code());
    }
}
