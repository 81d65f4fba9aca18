package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fault-list FILE} of {@code atpg}, {@code inject} and {@code inject --prove}, read in the forms {@code tmrkit faults} writes. */
class FaultListOptionTest {
    @TempDir
    Path tmp;

    @Test
    void atpgOnTheListedFaultsOfFaultsListEqualsTheUncollapsedRun() throws Exception {
        Path list = tmp.resolve("c17.csv");
        Cli faults = Cli.run("faults", "c17", "--list", "--format", "csv");
        assertEquals(0, faults.code(), faults.err());
        Files.writeString(list, faults.out());
        Cli listed = Cli.run("atpg", "c17", "--fault-list", list.toString(), "--format", "json");
        Cli all = Cli.run("atpg", "c17", "--uncollapsed", "--format", "json");
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().contains("\"faults\":34,"), listed.out());
        assertEquals(field(all.out(), "detected"), field(listed.out(), "detected"));
        assertEquals(field(all.out(), "tests"), field(listed.out(), "tests"));
        assertEquals(2, Cli.run("atpg", "c17", "--fault-list", list.toString(), "--uncollapsed").code());
    }

    @Test
    void injectProveDecidesTheListedFaultsAsItDecidesTheWholeList() throws Exception {
        Path tmr = tmp.resolve("t.bench");
        Cli t = Cli.run("tmr", "c17", "--voters", "single", "--scope", "gates", "-o", tmr.toString());
        assertEquals(0, t.code(), t.err());
        Cli faults = Cli.run("faults", tmr.toString(), "--collapsed");
        assertEquals(0, faults.code(), faults.err());
        Path list = tmp.resolve("collapsed.txt");
        Files.writeString(list, faults.out());
        Cli listed = Cli.run("inject", tmr.toString(), "--prove", "--fault-list", list.toString(), "--format", "json");
        Cli whole = Cli.run("inject", tmr.toString(), "--prove", "--format", "json");
        assertEquals(0, listed.code(), listed.err());
        Map<String, String> wholeVerdicts = verdicts(whole.out());
        Map<String, String> listedVerdicts = verdicts(listed.out());
        assertEquals(faults.out().strip().split("\n").length - 1, listedVerdicts.size(), "one result per listed fault");
        assertTrue(listedVerdicts.size() < wholeVerdicts.size());
        listedVerdicts.forEach((fault, verdict) -> assertEquals(wholeVerdicts.get(fault), verdict, fault));
        assertTrue(listedVerdicts.containsValue("silent"), "the single voter's faults are among them");
    }

    @Test
    void injectSimulatesTheListedFaultsAsItSimulatesThemInTheWholeList() throws Exception {
        Path tmr = tmp.resolve("t.bench");
        assertEquals(0, Cli.run("tmr", "c17", "--voters", "single", "--scope", "gates", "-o", tmr.toString()).code());
        Cli faults = Cli.run("faults", tmr.toString(), "--collapsed");
        assertEquals(0, faults.code(), faults.err());
        Path list = tmp.resolve("collapsed.txt");
        Files.writeString(list, faults.out());
        Cli listed = Cli.run("inject", tmr.toString(), "--fault-list", list.toString(), "--format", "json", "--per-fault");
        Cli whole = Cli.run("inject", tmr.toString(), "--format", "json", "--per-fault");
        assertEquals(0, listed.code(), listed.err());
        com.fasterxml.jackson.databind.JsonNode l = new com.fasterxml.jackson.databind.ObjectMapper().readTree(listed.out());
        Map<String, String> all = outcomes(whole.out());
        Map<String, String> mine = outcomes(listed.out());
        assertEquals(faults.out().strip().split("\n").length - 1, mine.size(), "one fault set per listed fault");
        assertEquals(mine.size(), l.get("faults").asInt());
        assertTrue(mine.size() < all.size());
        mine.forEach((fault, outcome) -> assertEquals(all.get(fault), outcome, fault));
        assertTrue(mine.values().stream().anyMatch(o -> o.startsWith("silent ")), "the single voter's faults are among them");
        assertTrue(l.get("population").asText().contains("listed in " + list), l.get("population").asText());
    }

    /** Each result's outcome, first failing pattern and failing count by "SITE FAULT". */
    private static Map<String, String> outcomes(String json) throws java.io.IOException {
        Map<String, String> v = new HashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode e : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("results")) {
            v.put(e.get("site").asText() + " " + e.get("fault").asText(),
                    e.get("outcome").asText() + " " + e.get("firstFailingPattern") + " " + e.get("failingPatterns"));
        }
        return v;
    }

    @Test
    void malformedListsAndOptionsThatCannotApplyAreRefused() throws Exception {
        Path bad = tmp.resolve("bad.txt");
        Files.writeString(bad, "# faults\n1=sa0\n  nosuch=sa1\n");
        Cli r = Cli.run("inject", "c17", "--prove", "--fault-list", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(bad + ":3:3:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
        Cli atpg = Cli.run("atpg", "c17", "--fault-list", bad.toString());
        assertEquals(2, atpg.code());
        assertTrue(atpg.err().contains(bad + ":3:3:"), atpg.err());
        Path good = tmp.resolve("good.txt");
        Files.writeString(good, "1=sa0\n");
        for (String[] other : new String[][] {{"--sample", "1"}, {"--margin", "0.1"}, {"--montecarlo", "0.01"}, {"--faults", "stuck-at"}}) {
            Cli refused = Cli.run("inject", "c17", "--fault-list", good.toString(), other[0], other[1]);
            assertEquals(2, refused.code(), other[0]);
            assertTrue(refused.err().contains("--fault-list") && refused.err().contains(other[0]), refused.err());
        }
        assertEquals(2, Cli.run("inject", "c17", "--prove", "--fault-list", tmp.resolve("none.txt").toString()).code());
    }

    private static String field(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([^,}]*)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return m.group(1);
    }

    /** Each result's verdict by "SITE FAULT". */
    private static Map<String, String> verdicts(String json) throws java.io.IOException {
        Map<String, String> v = new HashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode e : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("results")) {
            v.put(e.get("site").asText() + " " + e.get("fault").asText(), e.get("verdict").asText());
        }
        return v;
    }
}
