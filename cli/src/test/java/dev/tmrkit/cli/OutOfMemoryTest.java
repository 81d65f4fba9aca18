package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Running out of memory ends in one line with the hint to raise the heap, exit code 2, no stack trace. */
class OutOfMemoryTest {
    @Test
    void aCircuitTooLargeForTheHeapGetsOneLineAndTheHint() throws Exception {
        Path hyp = Path.of(System.getProperty("tmrkit.root", ".")).resolve("benchmarks/epfl/hyp.aig").normalize();
        assertTrue(Files.isRegularFile(hyp), "the EPFL benchmark " + hyp);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx16m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "dev.tmrkit.cli.Main", "info", hyp.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("out of memory") && out.contains("TMRKIT_JAVA_OPTS=-Xmx"), out);
        assertFalse(out.contains("\tat ") || out.contains("Exception in thread"), "no stack trace: " + out);
        assertEquals(1, out.strip().lines().count(), "one line: " + out);
    }
}
