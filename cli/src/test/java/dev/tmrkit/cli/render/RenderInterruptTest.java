package dev.tmrkit.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.testing.ExternalTool;
import dev.tmrkit.cli.Interruptible;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) while Graphviz's {@code dot} lays out a large diagram: tmrkit exits with 130, the
 * {@code dot} it started dies with it (no orphan keeps running), its temporary folder is gone, and no
 * picture (partial or temporary) is left.
 */
class RenderInterruptTest {
    @TempDir
    Path tmp;

    @Test
    void ctrlCDuringALayoutKillsDotAndLeavesNothing() throws Exception {
        ExternalTool.require("dot");
        Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + javaTmp, "-cp", System.getProperty("java.class.path"), "dev.tmrkit.cli.Main",
                "render", "c6288", "--max-gates", "100000", "-o", out.resolve("big.svg").toString()));
        Process p = Interruptible.start(command);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Optional<ProcessHandle> dot = Optional.empty();
        while (System.nanoTime() < deadline && dot.isEmpty() && p.isAlive()) {
            dot = p.toHandle().descendants().filter(h -> h.info().commandLine().orElse("").contains("dot")).findFirst();
            Thread.sleep(20);
        }
        assertTrue(dot.isPresent(), "dot runs as a child of tmrkit");
        Thread.sleep(300); // well inside the layout of 2400 gates (several seconds)
        assertTrue(dot.get().isAlive(), "the layout is still running when Ctrl-C comes");
        List<ProcessHandle> tree = new ArrayList<>(p.toHandle().descendants().toList());
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "tmrkit ends on Ctrl-C");
        String console = new String(p.getInputStream().readAllBytes());
        assertEquals(130, p.exitValue(), console);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                h.destroyForcibly();
                throw new AssertionError("orphaned: " + h.info().commandLine().orElse("a child") + " still runs 10 s after tmrkit ended");
            }
            assertFalse(h.isAlive());
        }
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "no picture and no temporary file");
        }
        Path engines = javaTmp.resolve("GraphvizJava");
        if (Files.isDirectory(engines)) {
            try (Stream<Path> left = Files.list(engines)) {
                assertEquals(List.of(), left.toList(), "no DotEngine folder left");
            }
        }
    }
}
