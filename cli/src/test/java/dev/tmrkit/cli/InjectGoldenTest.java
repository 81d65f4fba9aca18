package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code tmrkit inject} reports equal, byte for byte, the reports the command wrote before the campaign
 * planning moved into the library ({@code CampaignPlan}): captured with the jar of commit 64f7732 and kept
 * in {@code golden/inject/}, one file per line of {@code runs.txt} ({@code name|arguments}; a path
 * argument is relative to the repository root). Same seed, same report. (No CSV case: CSV cells are
 * escaped since issue 14, RFC 4180 with formula neutralisation, a change of the output layer made after the
 * capture; the same campaigns are compared as tables and JSON.) Changed on purpose since (issue 12): the JSON
 * names the confidence level of its intervals ({@code "confidence":0.95,"rates"} for {@code "rates95"},
 * {@code "ci"} for {@code "ci95"}); {@code c17table} runs {@code --tmr triplicated}, because {@code --tmr single}
 * built the byte-identical netlist and is now refused; {@code s27multi} draws its random upset sets without
 * replacement, so it was captured again, with 30 sets (s27's TMR has only C(9, 2) = 36 pairs of flip-flops).
 * Since issue 16 the JSON has another shape (labelled
 * interval objects, null for none, every key present, the cycle of a flip): a report is rewritten in the captured
 * shape by {@link #captured} and then compared value by value, numbers to 1e-9 (the z of 95% is now computed
 * from the level by Normal.twoSided, within 1e-10 of the constant used before); the bare run's table gains the two closing lines that explain it.
 */
class InjectGoldenTest {
    private static final String DIR = "/dev/tmrkit/cli/golden/inject/";

    static List<String> runs() throws IOException {
        return List.of(read("runs.txt").split("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theReportEqualsTheOneCapturedBeforeTheRefactoring(String run) throws IOException {
        String[] parts = run.split("\\|", -1);
        List<String> args = new ArrayList<>(List.of("inject"));
        for (String a : parts[1].isBlank() ? new String[0] : parts[1].trim().split(" +")) {
            args.add(a.startsWith("benchmarks/") ? Path.of(System.getProperty("tmrkit.root", ".")).resolve(a).toString() : a);
        }
        Cli r = Cli.run(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        String golden = read(parts[0] + ".out");
        if (!golden.startsWith("{")) {
            String explained = parts[1].isBlank() ? "\n" + dev.tmrkit.cli.campaign.FirstRun.TEXT : "";
            assertEquals(golden + explained, r.out());
            return;
        }
        same(parse(golden), captured(parse(r.out())), "$");
    }

    private static Object parse(String json) {
        try { // whole numbers as Long, the others as Double
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .configure(com.fasterxml.jackson.databind.DeserializationFeature.USE_LONG_FOR_INTS, true).readValue(json, Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A report of today rewritten in the shape captured at commit 64f7732. */
    @SuppressWarnings("unchecked")
    private static Object captured(Object report) {
        Map<String, Object> m = (Map<String, Object>) report;
        if (m.get("reliability") instanceof Map<?, ?> rel) { // Monte Carlo
            Map<String, Object> old = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (k.equals("reliability")) {
                    old.put("reliability", rel.get("value"));
                    old.put("confidence", rel.get("level"));
                    old.put("ci", List.of(rel.get("low"), rel.get("high")));
                } else {
                    old.put(k, v);
                }
            });
            return old;
        }
        Map<String, Object> old = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (k.equals("rates")) {
                Map<String, Object> rates = new LinkedHashMap<>();
                ((Map<String, Map<String, Object>>) v).forEach((o, i) -> {
                    rates.put(o, List.of(i.get("value"), i.get("low"), i.get("high")));
                    old.put("confidence", i.get("level"));
                });
                old.put("rates", rates);
            } else if (k.equals("escapes") && v != null) {
                old.put(k, ((List<Map<String, Object>>) v).stream().map(e -> e.get("site") + " " + e.get("fault")).toList());
            } else if (k.equals("results") && v != null) {
                List<Object> rows = new ArrayList<>();
                for (Map<String, Object> e : (List<Map<String, Object>>) v) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    e.forEach((f, x) -> {
                        if (f.equals("firstFailingPattern")) {
                            row.put(f, x == null ? -1L : x);
                        } else if (x != null && !f.equals("cycle")) {
                            row.put(f, x);
                        }
                    });
                    rows.add(row);
                }
                old.put(k, rows);
            } else if (v != null || !List.of("regions", "escapes", "results").contains(k)) {
                old.put(k, v);
            }
        });
        return old;
    }

    /** Equal values, keys in the same order; numbers equal to 1e-9 (integers exactly). */
    private static void same(Object expected, Object actual, String path) {
        if (expected instanceof Long e && actual instanceof Long a) {
            assertEquals(e, a, path);
        } else if (expected instanceof Number e && actual instanceof Number a) {
            assertEquals(e.doubleValue(), a.doubleValue(), 1e-9, path);
        } else if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            assertEquals(List.copyOf(e.keySet()), List.copyOf(a.keySet()), path);
            e.forEach((k, v) -> same(v, a.get(k), path + "." + k));
        } else if (expected instanceof List<?> e && actual instanceof List<?> a) {
            assertEquals(e.size(), a.size(), path);
            for (int i = 0; i < e.size(); i++) {
                same(e.get(i), a.get(i), path + "[" + i + "]");
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = InjectGoldenTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("no test resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
