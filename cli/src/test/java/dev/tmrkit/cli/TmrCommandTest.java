package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.TmrNames;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmrCommandTest {
    @TempDir
    Path tmp;

    private final Netlist c17 = BuiltinCircuits.byName("c17").orElseThrow();

    @Test
    void writesAnEquivalentDropInReplacementAndReportsTheCheck() throws IOException {
        Path out = tmp.resolve("out.bench");
        Cli r = Cli.run("tmr", "c17", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        Netlist back = NetlistFiles.read(out);
        assertEquals(c17.inputNames(), back.inputNames());
        assertEquals(c17.outputNames(), back.outputNames());
        assertTrue(Equivalence.check(c17, back).isEmpty());
        assertTrue(r.out().contains("equivalent to the original, exhaustive (32 patterns)"), r.out());
        assertTrue(r.out().contains("primary output 22"), r.out());
        assertTrue(r.out().contains("26 (+20, 4.33x the original)"), r.out());
    }

    @Test
    void writesBlifByExtensionWithEveryOption() throws IOException {
        Path out = tmp.resolve("counter.blif");
        Cli r = Cli.run("tmr", "counter:3", "-o", out.toString(), "--scope", "registers", "--voters", "single",
                "--inputs", "triplicated", "--outputs", "triplicated", "--mismatch", "--exclude", "nreset,c1");
        assertEquals(0, r.code(), r.err());
        Netlist counter = BuiltinCircuits.byName("counter:3").orElseThrow();
        Netlist back = NetlistFiles.read(out);
        assertTrue(Equivalence.check(counter, back).isEmpty());
        assertEquals(TmrNames.MISMATCH, back.outputNames().get(back.outputCount() - 1));
        assertEquals(3 * 3 + 1, back.outputCount());
        assertEquals(GateType.NOT, back.gate(back.driver(back.netId("nreset"))).type(), "excluded: kept single, same name");
        assertTrue(r.out().contains("100000 random sequences of 32 cycles from reset, seed 1"), r.out());
    }

    @Test
    void theJsonReportAddsUp() {
        Cli r = Cli.run("tmr", "c17", "--scope", "gates", "--mismatch", "--format", "json");
        assertEquals(0, r.code(), r.err());
        long total = r.jsonLong("tmrGates");
        assertEquals(6, r.jsonLong("originalGates"));
        assertEquals(total, r.jsonLong("replicaGates") + r.jsonLong("unreplicatedGates") + r.jsonLong("voterGates")
                + r.jsonLong("reductionGates") + r.jsonLong("mismatchGates"));
        assertEquals(18, r.jsonLong("replicaGates"));
        assertEquals(12, r.jsonLong("triplicated"), "internal gates 10, 11, 16, 19, three voters each");
        assertEquals(4 * 12, r.jsonLong("voterGates"));
        assertEquals(2, r.jsonLong("reduction"));
        assertEquals(32, r.jsonLong("patterns"));
        assertEquals(1, r.jsonLong("seed"));
        assertTrue(r.out().contains("\"equivalent\":true"), r.out());
        assertTrue(r.out().contains("\"scope\":\"gates\""), r.out());
        assertTrue(r.out().contains("\"output\":null"), r.out());
        String placement = "{\"net\":\"10\",\"kind\":\"triplicated\",\"reason\":\"after gate 10 (scope gates)\"}";
        assertTrue(r.out().contains(placement), r.out());
    }

    @Test
    void dashWritesBenchToStandardOutputAndTheReportToStandardError() {
        Cli r = Cli.run("tmr", "c17", "-o", "-");
        assertEquals(0, r.code(), r.err());
        Netlist back = new BenchReader().parse(r.out());
        assertTrue(Equivalence.check(c17, back).isEmpty());
        assertTrue(r.err().contains("equivalent to the original"), r.err());
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        Cli scope = Cli.run("tmr", "c17", "--scope", "everywhere");
        assertEquals(2, scope.code());
        assertTrue(scope.err().contains("'everywhere' is not one of gates, outputs, registers"), scope.err());
        assertEquals(2, Cli.run("tmr", "c17", "--voters", "double").code());
        assertEquals(2, Cli.run("tmr", "c17", "--format", "csv").code());
        Cli exclude = Cli.run("tmr", "c17", "--exclude", "nope");
        assertEquals(2, exclude.code());
        assertTrue(exclude.err().contains("'nope'"), exclude.err());
        assertEquals(2, Cli.run("tmr", "no-such-circuit").code());
        Cli ext = Cli.run("tmr", "c17", "-o", tmp.resolve("out.txt").toString());
        assertEquals(2, ext.code());
        assertTrue(ext.err().contains(".bench"), ext.err());
    }

    @Test
    void aCircuitAlreadyInTheGeneratedNamespaceIsRefused() throws IOException {
        Path once = tmp.resolve("once.bench");
        assertEquals(0, Cli.run("tmr", "c17", "-o", once.toString()).code());
        Path twice = tmp.resolve("twice.bench");
        Cli r = Cli.run("tmr", once.toString(), "-o", twice.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("$tmr$"), r.err());
        assertFalse(Files.exists(twice));
    }

    @Test
    void anUnwritableOutputExitsTwoAndLeavesNoFile() throws IOException {
        Path missing = tmp.resolve("no-such-dir").resolve("out.bench");
        Cli r = Cli.run("tmr", "c17", "-o", missing.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cannot write"), r.err());
        assertFalse(Files.exists(missing));
        assertFalse(Files.exists(missing.getParent()));
        Path readOnly = Files.createDirectory(tmp.resolve("read-only"));
        assertTrue(readOnly.toFile().setWritable(false));
        try {
            Cli denied = Cli.run("tmr", "c17", "-o", readOnly.resolve("out.bench").toString());
            if (!readOnly.toFile().canWrite()) { // root may write anywhere
                assertEquals(2, denied.code(), denied.err());
                try (Stream<Path> left = Files.list(readOnly)) {
                    assertEquals(List.of(), left.toList());
                }
            }
        } finally {
            readOnly.toFile().setWritable(true);
        }
    }

    @Test
    void helpDocumentsTheOptions() {
        Cli r = Cli.run("tmr", "--help");
        assertEquals(0, r.code());
        for (String s : List.of("--scope", "--voters", "--inputs", "--outputs", "--mismatch", "--exclude", "-o -")) {
            assertTrue(r.out().contains(s), s);
        }
    }
}
