package dev.tmrkit.cli.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM while a trace streams to disk: the temporary file goes with the process, no target appears. */
class SignalCleanupTest {
    @TempDir
    Path tmp;

    @Test
    void aKilledTraceLeavesNothingBehind() throws Exception {
        Path trace = tmp.resolve("trace.jsonl");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.tmrkit.cli.Main",
                "replicas", "run", "--duration", "1000s", "--trace", trace.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && !hasTemp()) {
                Thread.sleep(20);
            }
            assertTrue(hasTemp(), "the trace is being written to a temporary file");
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            try (Stream<Path> left = Files.list(tmp)) {
                assertEquals(List.of(), left.toList(), "no temporary file and no partial trace");
            }
        } finally {
            // a failed assertion must not leave a child simulating 100000 s (gigabytes) on a shared machine
            p.destroyForcibly();
        }
    }

    private boolean hasTemp() throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            // a temporary file with events in it: the run is past creating it (and registering it for removal)
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp") && f.toFile().length() > 0);
        }
    }
}
