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

    @Test
    void c3540() throws Exception {
        check("c3540", 7080);
    }

    @Test
    void c6288() throws Exception {
        check("c6288", 12576);
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

        Cli inject = Cli.run("inject", bench, "--vectors", tests.toString(), "--no-drop", "--per-fault", "--format", "json");
        assertEquals(0, inject.code(), inject.err());
        com.fasterxml.jackson.databind.JsonNode results = new com.fasterxml.jackson.databind.ObjectMapper().readTree(inject.out())
                .get("results");
        assertEquals(faults, results.size());
        int changed = 0;
        for (com.fasterxml.jackson.databind.JsonNode e : results) {
            String fault = e.get("site").asText() + " " + e.get("fault").asText();
            boolean seen = !e.get("firstFailingPattern").isNull();
            assertEquals(!undetected.contains(fault), seen, "a fault is detected by the tests iff atpg says so: " + e);
            changed += seen ? 1 : 0;
        }
        assertEquals(detected, changed, "the campaign's coverage with the ATPG tests is atpg's coverage");
    }

    private static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Long.parseLong(m.group(1));
    }

    /** The faults listed under {@code key}, as "SITE FAULT". */
    private static Set<String> strings(String json, String key) throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get(key);
        assertTrue(list != null && list.isArray(), key + " in " + json);
        Set<String> s = new HashSet<>();
        for (com.fasterxml.jackson.databind.JsonNode f : list) {
            s.add(f.isObject() ? f.get("site").asText() + " " + f.get("fault").asText() : f.asText());
        }
        return s;
    }
}
