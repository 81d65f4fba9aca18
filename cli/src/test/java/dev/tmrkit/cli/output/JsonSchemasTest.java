package dev.tmrkit.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tmrkit.cli.Cli;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every {@code --format json} output conforms to its schema in {@code docs/schemas/}. */
class JsonSchemasTest {
    private static void conforms(String schema, String... args) throws Exception {
        conforms(0, schema, args);
    }

    private static void conforms(int code, String schema, String... args) throws Exception {
        Cli r = Cli.run(args);
        assertEquals(code, r.code(), r.err());
        assertEquals(List.of(), JsonSchemaCheck.problems(JsonSchemaCheck.schema(schema), r.out()), String.join(" ", args));
    }

    @Test
    void info() throws Exception {
        conforms("info", "info", "c17", "--format", "json");
        conforms("info", "info", "counter:4", "--format", "json");
        conforms("info-list", "info", "--list", "--format", "json");
    }

    @Test
    void faults() throws Exception {
        conforms("faults", "faults", "c17", "--format", "json");
        conforms("faults", "faults", "c17", "--list", "--format", "json");
        conforms("faults", "faults", "ripple-adder:4", "--collapsed", "--format", "json");
    }

    @Test
    void tmr() throws Exception {
        conforms("tmr", "tmr", "c17", "--format", "json");
        conforms("tmr", "tmr", "counter:3", "--scope", "registers", "--mismatch", "--voters", "single", "--format", "json");
    }

    @Test
    void inject() throws Exception {
        conforms("inject", "inject", "--format", "json");
        conforms("inject", "inject", "c17", "--format", "json");
        conforms("inject", "inject", "c17", "--per-fault", "--format", "json");
        conforms("inject", "inject", "c17", "--tmr", "triplicated", "--mismatch", "--per-fault", "--confidence", "0.99", "--format", "json");
        conforms("inject", "inject", "s27", "--faults", "seu", "--cycle", "random", "--per-fault", "--format", "json");
        conforms("inject", "inject", "c17", "--tmr", "triplicated", "--faults", "flip", "--multi", "2", "--spread", "random", "--sets", "5", "--per-fault",
                "--format", "json");
        conforms("inject-montecarlo", "inject", "c17", "--montecarlo", "0.01", "--trials", "1000", "--format", "json");
        conforms("inject-prove", "inject", "c17", "--prove", "--format", "json");
        conforms("inject-prove", "inject", "c17", "--tmr", "triplicated", "--prove", "--format", "json");
        conforms("inject-prove-sequential", "inject", "s27", "--tmr", "single", "--scope", "registers", "--prove", "--format", "json");
        conforms("inject-prove-sequential", "inject", "s27", "--tmr", "triplicated", "--scope", "registers", "--faults", "seu",
                "--prove", "--depth", "4", "--format", "json");
    }

    @Test
    void reliabilityProveAtpgEval() throws Exception {
        conforms("reliability", "reliability", "c17", "--trials", "200", "--format", "json");
        conforms("prove", "prove", "c17", "c17", "--format", "json");
        String changed = java.nio.file.Path.of(System.getProperty("tmrkit.root", "."), "docs/examples/c17-one-gate-changed.bench").toString();
        conforms(3, "prove", "prove", "c17", changed, "--format", "json");
        conforms("atpg", "atpg", "c432", "--format", "json");
        conforms("eval", "eval", "c17", "--truth-table", "--format", "json");
        conforms("eval", "eval", "counter:3", "--cycles", "5", "--fault", "q0=sa1", "--format", "json");
    }

    @Test
    void replicas() throws Exception {
        conforms("replicas-run", "replicas", "run", "--duration", "1s", "--crash", "1@200ms", "--flip", "2@300ms", "--format", "json");
        conforms(1, "replicas-run", "replicas", "run", "--duration", "2s", "--loss", "0.3", "--seed", "14", "--format", "json");
        conforms("replicas-compare", "replicas", "compare", "--duration", "1s", "--crash", "0@200ms", "--format", "json");
        conforms("replicas-missions", "replicas", "missions", "--missions", "1000", "--times", "1,2", "--format", "json");
        conforms("replicas-sweep", "replicas", "sweep", "--seeds", "1..3", "--duration", "1s", "--format", "json");
        conforms(1, "replicas-sweep", "replicas", "sweep", "--seeds", "1..30", "--duration", "2s", "--loss", "0.3", "--format", "json");
        conforms("replicas-service", "replicas", "service", "--duration", "1s", "--crash", "1@100ms", "--format", "json");
        conforms("replicas-transparency", "replicas", "transparency", "--duration", "1s", "--format", "json");
    }

    @Test
    void bench() throws Exception {
        conforms("bench", "bench", "--suite", "replicas", "--runs", "1", "--warmups", "0", "--min-time", "0.000001", "--format", "json");
    }

    /** Every schema in docs/schemas is one this class checks a command against. */
    @Test
    void everySchemaIsChecked() throws Exception {
        java.util.Set<String> checked = java.util.Set.of("info", "info-list", "faults", "tmr", "inject", "inject-montecarlo",
                "inject-prove", "inject-prove-sequential", "reliability", "prove", "atpg", "eval", "replicas-run", "replicas-compare", "replicas-missions",
                "replicas-sweep", "replicas-service", "replicas-transparency", "bench");
        java.util.Set<String> files = new java.util.TreeSet<>();
        try (var list = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("tmrkit.root", "."), "docs/schemas"))) {
            list.forEach(p -> files.add(p.getFileName().toString().replace(".schema.json", "")));
        }
        assertEquals(new java.util.TreeSet<>(checked), files);
    }

    @Test
    void theCheckerRefusesWhatBreaksASchema() throws Exception {
        com.fasterxml.jackson.databind.JsonNode info = JsonSchemaCheck.schema("info");
        assertFalse(JsonSchemaCheck.problems(info, "{\"circuit\":\"x\"}").isEmpty(), "missing keys");
        assertFalse(JsonSchemaCheck.problems(info, "{\"circuit\":1,\"inputs\":1,\"outputs\":1,\"gates\":1,\"dffs\":0,\"depth\":1,"
                + "\"gateTypes\":{}}").isEmpty(), "a number where a string belongs");
        assertFalse(JsonSchemaCheck.problems(info, "{\"circuit\":\"x\",\"inputs\":-1,\"outputs\":1,\"gates\":1,\"dffs\":0,"
                + "\"depth\":1,\"gateTypes\":{},\"extra\":true}").isEmpty(), "below the minimum, and an unknown key");
    }
}
