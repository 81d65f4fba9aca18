package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ATPG test set fed to {@code inject --vectors}: the faults the campaign sees change an output are exactly
 * the faults atpg reports detected (all but the redundant and aborted ones), so both coverages agree.
 */
class AtpgVectorsTest {
    @TempDir
    Path tmp;

    @Test
    void c432() throws Exception {
        check("c432", 864);
    }

    @Test
    void c880() throws Exception {
        check("c880", 1760);
    }

    @Test
    void c1355() throws Exception {
        check("c1355", 2710);
    }

    private void check(String circuit, int faults) throws Exception {
        String bench = Path.of(System.getProperty("tmrkit.root", "."), "benchmarks/iscas85/" + circuit + ".bench").toString();
        Path tests = tmp.resolve(circuit + ".tests");
        Cli atpg = Cli.run("atpg", bench, "--uncollapsed", "-o", tests.toString(), "--format", "json");
        assertEquals(0, atpg.code(), atpg.err());
        assertEquals(faults, number(atpg.out(), "faults"));
        Set<String> undetected = new HashSet<>(strings(atpg.out(), "redundantFaults"));
        undetected.addAll(strings(atpg.out(), "abortedFaults"));
        long detected = number(atpg.out(), "detected");
        assertEquals(faults - undetected.size(), detected);

        Cli inject = Cli.run("inject", bench, "--vectors", tests.toString(), "--no-drop", "--per-fault", "--format", "csv");
        assertEquals(0, inject.code(), inject.err());
        String[] lines = inject.out().split("\n");
        assertEquals(faults + 1, lines.length);
        assertTrue(lines[0].startsWith("site,fault,outcome,first_failing_pattern,"), lines[0]);
        int changed = 0;
        for (int k = 1; k < lines.length; k++) {
            String[] cells = lines[k].split(",");
            String fault = cells[0] + " " + cells[1];
            boolean seen = !cells[3].replace("'-", "-").equals("-");
            assertEquals(!undetected.contains(fault), seen, "a fault is detected by the tests iff atpg says so: " + lines[k]);
            changed += seen ? 1 : 0;
        }
        assertEquals(detected, changed, "the campaign's coverage with the ATPG tests is atpg's coverage");
    }

    private static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Long.parseLong(m.group(1));
    }

    private static Set<String> strings(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\[([^\\]]*)\\]").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        Set<String> s = new HashSet<>();
        Matcher q = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
        while (q.find()) {
            s.add(q.group(1));
        }
        return s;
    }
}
