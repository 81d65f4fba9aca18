package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classic suites by name, from any folder; a file always wins; a typo gets the nearest names. */
class BuiltinNamesTest {
    @TempDir
    Path tmp;

    @Test
    void theSuitesResolveByName() {
        Cli info = Cli.run("info", "c6288", "--format", "json");
        assertEquals(0, info.code(), info.err());
        assertEquals(2416, info.jsonLong("gates"), "c6288 as published");
        Cli faults = Cli.run("faults", "s27", "--format", "json");
        assertEquals(52, faults.jsonLong("total"));
        assertEquals(0, Cli.run("faults", "b05").code());
        Cli inject = Cli.run("inject", "s27", "--tmr", "triplicated", "--patterns", "256", "--format", "json");
        assertEquals(0, inject.code(), inject.err());
    }

    @Test
    void theListShowsEveryBuiltInWithItsSource() {
        Cli r = Cli.run("info", "--list", "--format", "csv");
        assertEquals(0, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals("name,parameters,source,description", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("counter,[:N],tmrkit library,")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("c6288,,\"ISCAS-85, benchmarks/iscas85/c6288.bench\",")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("b22,,\"ITC'99, benchmarks/itc99/b22.bench\",")), r.out());
    }

    @Test
    void anUnknownNameListsTheClosestKnownNames() {
        Cli r = Cli.run("info", "c6289");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("did you mean c6288"), r.err());
        Cli counter = Cli.run("info", "countr:3");
        assertTrue(counter.err().contains("did you mean counter"), counter.err());
        Cli far = Cli.run("info", "zzzzzzzzzzzz");
        assertTrue(!far.err().contains("did you mean"), "nothing close: no guess");
    }

    @Test
    void aFileAlwaysWinsOverABuiltInName() throws Exception {
        Files.writeString(tmp.resolve("c432"), "INPUT(a)\nOUTPUT(y)\ny = NOT(a)\n");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "dev.tmrkit.cli.Main", "info", "c432")
                .directory(tmp.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("unknown netlist format for 'c432'"), "the file in the folder was taken, not ISCAS-85 c432: " + out);
    }
}
