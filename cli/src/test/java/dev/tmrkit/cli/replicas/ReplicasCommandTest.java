package dev.tmrkit.cli.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.run.Cluster;
import dev.tmrkit.stateful.run.RunResult;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tmrkit replicas run} and {@code compare}, through the command line. */
class ReplicasCommandTest {
    private static final String[] SHORT = {"--duration", "2s", "--rate", "200"};

    @TempDir
    Path tmp;

    private static String[] args(String... more) {
        return Stream.concat(Stream.of(more), Stream.of(SHORT)).toArray(String[]::new);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^,\"}]*)").matcher(json);
        assertTrue(m.find(), "no field " + name + " in " + json);
        return m.group(1);
    }

    @Test
    void singleSimulationCommandsRefuseThreadsTheyCouldNotUse() {
        for (String sub : List.of("run", "compare", "transparency")) {
            Cli r = Cli.run(args("replicas", sub, "--threads", "2"));
            assertEquals(2, r.code(), sub + ": " + r.out());
            assertTrue(r.err().contains("--threads"), sub + ": " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        Cli missions = Cli.run("replicas", "missions", "--missions", "200", "--threads", "2");
        assertEquals(0, missions.code(), "missions runs in parallel and keeps --threads: " + missions.err());
    }

    @Test
    void runPrintsTheDefinitionTheScenarioTheSeedTheTraceHashAndTheMetrics() {
        Cli r = Cli.run(args("replicas", "run", "--seed", "7", "--crash", "0@1s"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(ReplicasReport.STATIC), r.out());
        assertTrue(r.out().contains("seed       7"), r.out());
        assertTrue(r.out().contains("n0 crashes at 1.00 s"), r.out());
        Scenario s = Scenario.builder().seed(7).duration(2 * Time.S)
                .workload(dev.tmrkit.stateful.run.scenario.Workload.DEFAULT.withRate(200))
                .faults(List.of(Fault.Crash.stop(0, Time.S))).build();
        RunResult expected = Cluster.run(s);
        assertTrue(r.out().contains("trace      hash " + ReplicasReport.hash(expected) + ", " + expected.events() + " events"),
                "the command runs exactly the library's scenario: " + r.out());
        for (String metric : List.of("reads equal to the true count", "reads with no majority", "unavailable operations",
                "lost increments", "messages per operation", "propagation delay (commit to apply) p50 / p99 / max", "missed crossings > 10 (watching)",
                "first wrong or unavailable read", "spares consumed")) {
            assertTrue(r.out().contains(metric), metric);
        }
    }

    @Test
    void runAsJsonCarriesTheSameHashAndIsTheSameForTheSameSeed() {
        Cli a = Cli.run(args("replicas", "run", "--redundancy", "dynamic", "--mode", "log", "--idempotent", "--crash", "0@1s",
                "--flip", "1@1.5s", "--format", "json"));
        Cli b = Cli.run(args("replicas", "run", "--redundancy", "dynamic", "--mode", "log", "--idempotent", "--crash", "0@1s",
                "--flip", "1@1.5s", "--format", "json"));
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        assertEquals(1, a.jsonLong("seed"));
        assertEquals(2, a.jsonLong("sparesConsumed"), "one for the crashed leader, one for the outvoted flipped replica");
        assertEquals(field(a.out(), "traceHash"), field(a.out().substring(a.out().indexOf("\"result\"")), "traceHash"));
        Cli other = Cli.run(args("replicas", "run", "--redundancy", "dynamic", "--format", "json", "--seed", "2"));
        assertNotEquals(field(a.out(), "traceHash"), field(other.out(), "traceHash"));
    }

    @Test
    void compareRunsStaticAndDynamicOnTheSameSeedSideBySide() {
        Cli r = Cli.run(args("replicas", "compare", "--crash", "0@1s"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(ReplicasReport.STATIC) && r.out().contains(ReplicasReport.DYNAMIC), r.out());
        assertTrue(r.out().matches("(?s).*\\nmetric +static +dynamic\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\nspares consumed +0 +1\\n.*"), r.out());
        Scenario s = Scenario.builder().duration(2 * Time.S).workload(dev.tmrkit.stateful.run.scenario.Workload.DEFAULT.withRate(200))
                .faults(List.of(Fault.Crash.stop(0, Time.S))).build();
        String staticHash = ReplicasReport.hash(Cluster.run(s.with(Redundancy.STATIC)));
        String dynamicHash = ReplicasReport.hash(Cluster.run(s.with(Redundancy.DYNAMIC)));
        assertTrue(r.out().matches("(?s).*\\ntrace hash +" + staticHash + " +" + dynamicHash + "\\n.*"), r.out());
    }

    @Test
    void compareAsCsvAndJson() {
        Cli csv = Cli.run(args("replicas", "compare", "--format", "csv"));
        assertEquals(0, csv.code(), csv.err());
        String[] lines = csv.out().split("\n");
        assertEquals("metric,static,dynamic", lines[0]);
        assertTrue(Stream.of(lines).anyMatch(l -> l.startsWith("noMajorityReads,")), csv.out());
        Cli json = Cli.run(args("replicas", "compare", "--format", "json", "--seed", "3"));
        assertEquals(0, json.code(), json.err());
        assertEquals(3, json.jsonLong("seed"));
        assertTrue(json.out().contains("\"definitions\":{\"static\":") && json.out().contains("\"dynamic\":{\"redundancy\":\"dynamic\""),
                json.out());
        assertEquals(1, json.out().trim().split("\n").length);
    }

    @Test
    void traceWritesOneJsonObjectPerEventAndNoTemporaryFileRemains() throws IOException {
        Path trace = tmp.resolve("trace.jsonl");
        Cli r = Cli.run(args("replicas", "run", "--trace", trace.toString(), "--flip", "2@1s:3", "--format", "json"));
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(trace);
        assertEquals(r.jsonLong("events"), lines.size());
        Pattern object = Pattern.compile("\\{\"t\":\\d+,\"seq\":\\d+,\"kind\":\"(start|deliver|timer|crash|recover|flip)\",\"node\":\"\\w+\""
                + "(,\"from\":\"\\w+\")?(,\"impaired\":true)?(,\"what\":\"([^\"\\\\]|\\\\.)*\")?\\}");
        for (String line : lines) {
            assertTrue(object.matcher(line).matches(), line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"kind\":\"flip\",\"node\":\"n2\"")));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(trace), files.toList(), "only the trace");
        }
    }

    @Test
    void aTraceIntoAMissingFolderOrABadScenarioLeavesNoFileAndExitsTwo() throws IOException {
        Cli missing = Cli.run(args("replicas", "run", "--trace", tmp.resolve("nope/trace.jsonl").toString()));
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        Cli bad = Cli.run(args("replicas", "run", "--trace", tmp.resolve("t.jsonl").toString(), "--transfer", "replay"));
        assertEquals(2, bad.code());
        assertEquals("", bad.out());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        String[][] cases = {
            {"replicas", "run", "--topology", "ring"},
            {"replicas", "run", "--crash", "0@soon"},
            {"replicas", "run", "--crash", "9@1s"},
            {"replicas", "run", "--flip", "1@1s:99"},
            {"replicas", "run", "--partition", "0,1@1s-2s"},
            {"replicas", "compare", "--write-quorum", "4"},
            {"replicas", "compare", "--loss", "1.5"},
            {"replicas", "run", "--redundancy", "tmr"},
            {"replicas", "compare", "--frobnicate"},
        };
        for (String[] c : cases) {
            Cli r = Cli.run(c);
            assertEquals(2, r.code(), String.join(" ", c) + ": " + r.err());
            assertEquals("", r.out(), String.join(" ", c));
            assertFalse(r.err().contains("\tat "), "no stack trace");
            assertTrue(r.err().strip().split("\n").length <= 2, r.err());
        }
        assertTrue(Cli.run("replicas", "run", "--crash", "9@1s").err().contains("node 9"));
    }
}
