package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtpgCommandTest {
    @TempDir
    Path tmp;

    @Test
    void c432ReportsFourRedundantFaultsAndWritesTestsThatEvalReads() throws IOException {
        String c432 = Path.of(System.getProperty("tmrkit.root", "."), "benchmarks/iscas85/c432.bench").toString();
        Path tests = tmp.resolve("tests.txt");
        Cli r = Cli.run("atpg", c432, "-o", tests.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 faults proven redundant"), r.out());
        assertTrue(r.out().contains("coverage   99.237 % (520 of 524 detected)"), r.out());
        List<String> lines = Files.readAllLines(tests);
        assertTrue(r.out().contains("tests      " + lines.size() + " vectors written to"), r.out());
        assertTrue(lines.stream().allMatch(l -> l.matches("[01]{36}")), lines.toString());
        Cli eval = Cli.run("eval", c432, "--vectors", tests.toString());
        assertEquals(0, eval.code(), eval.err());
    }

    @Test
    void refusesSequentialCircuits() {
        Cli r = Cli.run("atpg", "counter:3");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("combinational"), r.err());
    }
}
