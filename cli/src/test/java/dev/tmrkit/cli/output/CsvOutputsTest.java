package dev.tmrkit.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every {@code --format csv} output loads with a strict RFC 4180 reader and holds one value per column: a header of
 * unique camelCase names (nested keys joined by '.'), the same number of cells in every row, every cell of a numeric
 * column a number, "none" an empty cell (never {@code -}, {@code none} or a packed {@code "20 (inputs 10100)"} or
 * {@code "0.99 [0.98,1.00]"}).
 */
class CsvOutputsTest {
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\..+)?");
    /** A number followed by more: a value packed with another (an interval, a vector, a unit). */
    private static final Pattern PACKED = Pattern.compile("-?\\d[\\d.eE+-]*(\\s+\\S.*|\\s*[\\[(;].*)|.*\\[-?\\d[\\d.eE+-]*,.*");

    /** The records of a CSV output, header first, checked as the class says; {@code numeric} columns hold numbers. */
    private static List<List<String>> load(Set<String> numeric, String... args) {
        Cli r = Cli.run(args);
        assertTrue(r.code() == 0 || r.code() == 1 && args[0].equals("replicas"), String.join(" ", args) + ": " + r.err());
        List<List<String>> records = StrictCsv.read(r.out());
        assertTrue(records.size() >= 2, "a header and at least one row: " + r.out());
        List<String> header = records.get(0);
        assertEquals(header.size(), new HashSet<>(header).size(), "unique column names " + header);
        for (String h : header) {
            assertTrue(KEY.matcher(h).matches(), "camelCase column name: " + h + " in " + String.join(" ", args));
        }
        assertTrue(header.containsAll(numeric), header + " has " + numeric);
        for (List<String> row : records.subList(1, records.size())) {
            assertEquals(header.size(), row.size(), "cells of " + row);
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                assertFalse(cell.equals("-") || cell.equalsIgnoreCase("none"), "none is an empty cell: " + header.get(i) + " " + row);
                assertFalse(PACKED.matcher(cell).matches(), "one value per cell: " + header.get(i) + " = " + cell);
                if (numeric.contains(header.get(i)) && !cell.isEmpty()) {
                    assertTrue(NUMBER.matcher(cell).matches(), header.get(i) + " is numeric, not " + cell);
                }
            }
        }
        return records;
    }

    /** A two-way table: one metric per row, one column per configuration; every value a number or boolean except {@code text}. */
    private static void metrics(Pattern text, String... args) {
        List<List<String>> records = load(Set.of(), args);
        assertEquals("metric", records.get(0).get(0));
        for (List<String> row : records.subList(1, records.size())) {
            assertTrue(KEY.matcher(row.get(0)).matches(), "camelCase metric " + row.get(0));
            for (String cell : row.subList(1, row.size())) {
                assertTrue(cell.isEmpty() || NUMBER.matcher(cell).matches() || cell.equals("true") || cell.equals("false")
                        || text.matcher(row.get(0)).matches(), row.get(0) + " = " + cell);
            }
        }
    }

    @Test
    void inject() {
        List<List<String>> rows = load(Set.of("index", "firstFailingPattern", "failingPatterns"), "inject", "c17", "--format", "csv");
        assertEquals(List.of("index", "site", "fault", "cycle", "region", "outcome", "firstFailingPattern", "firstFailingInputs",
                "failingPatterns"), rows.get(0));
        assertEquals(List.of("0", "1", "sa0", "", "", "silent", "20", "10100", ""), rows.get(1), "c17's first fault, pattern 20 = 10100");
        load(Set.of("index", "cycle", "firstFailingPattern"), "inject", "s27", "--faults", "seu", "--cycle", "random", "--format", "csv");
        load(Set.of("index", "firstFailingPattern"), "inject", "c17", "--tmr", "triplicated", "--format", "csv");
        load(Set.of("p", "trials", "correct", "reliability.level", "reliability.value", "reliability.low", "reliability.high", "seed"),
                "inject", "c17", "--montecarlo", "0.01", "--trials", "1000", "--format", "csv");
        load(Set.of(), "inject", "c17", "--prove", "--format", "csv");
        load(Set.of("boundedCycles", "failingCycle"), "inject", "s27", "--tmr", "single", "--scope", "registers", "--prove", "--format", "csv");
    }

    @Test
    void reliability() {
        load(Set.of("p", "simplex.level", "simplex.value", "simplex.low", "simplex.high", "tmrSingleVoter.value", "tmrFormula.value", "tmrFormula.low"),
                "reliability", "c17", "--trials", "200", "--format", "csv");
    }

    @Test
    void circuitCommands() {
        load(Set.of(), "info", "c17", "--format", "csv");
        load(Set.of(), "info", "--list", "--format", "csv");
        load(Set.of(), "faults", "c17", "--format", "csv");
        load(Set.of("class"), "faults", "c17", "--list", "--format", "csv");
        load(Set.of("class", "size"), "faults", "c17", "--collapsed", "--format", "csv");
        load(Set.of("inputs.1", "outputs.22"), "eval", "c17", "--truth-table", "--format", "csv");
        load(Set.of("cycle", "outputs.q0", "faultyOutputs.q0"), "eval", "counter:3", "--cycles", "4", "--fault", "q0=sa1", "--format", "csv");
    }

    @Test
    void replicas() {
        Pattern text = Pattern.compile("redundancy|verdict|linearizable|traceHash|linearizability\\.(verdict|reason)|.*\\.kind");
        metrics(text, "replicas", "run", "--duration", "1s", "--format", "csv");
        metrics(text, "replicas", "compare", "--duration", "1s", "--format", "csv");
        metrics(text, "replicas", "service", "--duration", "1s", "--format", "csv");
        load(Set.of("transparency", "latencyP50us", "throughput"), "replicas", "transparency", "--duration", "1s", "--format", "csv");
        load(Set.of("t", "level", "value", "low", "high", "exact"), "replicas", "missions", "--missions", "1000", "--format", "csv");
    }

    @Test
    void bench() {
        load(Set.of("median", "min", "max", "ratio"), "bench", "--suite", "replicas", "--runs", "1", "--warmups", "0", "--min-time",
                "0.000001", "--format", "csv");
    }

    @Test
    void theCheckRefusesWhatItShould() {
        assertTrue(PACKED.matcher("20 (inputs 10100)").matches());
        assertTrue(PACKED.matcher("0.99961 [0.99947,0.99971]").matches());
        assertTrue(PACKED.matcher("7.08 ms / 10.02 ms").matches());
        assertTrue(PACKED.matcher("2 of 292").matches());
        assertTrue(PACKED.matcher("99.3 %").matches());
        assertFalse(PACKED.matcher("0.9935").matches());
        assertFalse(PACKED.matcher("393>429.1").matches(), "a fanout branch is one name");
        assertFalse(PACKED.matcher("1/λ").matches(), "a formula is one value");
        assertFalse(KEY.matcher("first_failing_pattern").matches());
        assertFalse(KEY.matcher("R_simplex").matches());
        assertTrue(KEY.matcher("simplex.low").matches());
    }
}
