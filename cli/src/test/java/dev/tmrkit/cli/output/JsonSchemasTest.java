package dev.tmrkit.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tmrkit.cli.Cli;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every {@code --format json} output conforms to its schema in {@code docs/schemas/}. */
class JsonSchemasTest {
    private static void conforms(String schema, String... args) throws Exception {
        Cli r = Cli.run(args);
        assertEquals(0, r.code(), r.err());
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
    void theCheckerRefusesWhatBreaksASchema() throws Exception {
        com.fasterxml.jackson.databind.JsonNode info = JsonSchemaCheck.schema("info");
        assertFalse(JsonSchemaCheck.problems(info, "{\"circuit\":\"x\"}").isEmpty(), "missing keys");
        assertFalse(JsonSchemaCheck.problems(info, "{\"circuit\":1,\"inputs\":1,\"outputs\":1,\"gates\":1,\"dffs\":0,\"depth\":1,"
                + "\"gateTypes\":{}}").isEmpty(), "a number where a string belongs");
        assertFalse(JsonSchemaCheck.problems(info, "{\"circuit\":\"x\",\"inputs\":-1,\"outputs\":1,\"gates\":1,\"dffs\":0,"
                + "\"depth\":1,\"gateTypes\":{},\"extra\":true}").isEmpty(), "below the minimum, and an unknown key");
    }
}
