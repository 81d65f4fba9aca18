package dev.tmrkit.cli.render;

import guru.nidi.graphviz.service.CommandLineExecutor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.exec.CommandLine;

/**
 * Runs the {@code dot} command for graphviz-java (in place of its commons-exec executor) as a child this
 * JVM owns: when the JVM exits — Ctrl-C, SIGTERM — a shutdown hook kills every {@code dot} still running,
 * with its own children (the library starts {@code dot} through a shell), then runs the clean-ups
 * registered for the renders in progress (their temporary folders). No {@code dot} outlives tmrkit.
 */
final class DotProcesses extends CommandLineExecutor {
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final Set<Runnable> CLEANUPS = ConcurrentHashMap.newKeySet();
    /** The work folders (graphviz-java's DotEngine folders) of the dot processes running now. */
    private static final Set<Path> FOLDERS = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(DotProcesses::killAll, "tmrkit-dot-processes"));
        } catch (IllegalStateException shuttingDown) {
            // first used while exiting: nothing will be started
        }
    }

    /** Held while a clean-up runs, so the exit hook waits for one in progress instead of letting the JVM halt in it. */
    private static final Object CLEANING = new Object();

    /** Runs {@code cleanup} if the JVM exits before {@link #finish} runs it. */
    static void onExit(Runnable cleanup) {
        CLEANUPS.add(cleanup);
    }

    /**
     * Runs {@code cleanup} now, once: unless the exit hook already ran it. A JVM exiting meanwhile (Ctrl-C as the
     * render ends) waits for it to complete, so the clean-up is never cut short.
     */
    static void finish(Runnable cleanup) {
        synchronized (CLEANING) {
            if (CLEANUPS.remove(cleanup)) {
                cleanup.run();
            }
        }
    }

    /** How many {@code dot} processes (with their children) are running for this JVM now. */
    static int live() {
        return LIVE.size();
    }

    @Override
    public void execute(CommandLine cmd, File workDir, int timeout) throws InterruptedException, IOException {
        // dot writes its picture to a file; its diagnostics go to a log beside it, read if it fails
        Path log = Files.createTempFile(workDir == null ? null : workDir.toPath(), "dot-", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd.toStrings()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            if (workDir != null) {
                pb.directory(workDir);
            }
            if (workDir != null) {
                FOLDERS.add(workDir.toPath());
            }
            Process p = pb.start();
            LIVE.add(p);
            try {
                p.getOutputStream().close();
                if (!p.waitFor(timeout, TimeUnit.MILLISECONDS)) {
                    throw new IOException("Command took too long to execute, try setting a higher timout: '" + cmd + "'");
                }
                if (p.exitValue() != 0) {
                    String text = Files.readString(log, StandardCharsets.UTF_8);
                    throw new IOException(text.isEmpty() ? "Command didn't succeed: '" + cmd + "'" : text);
                }
            } finally {
                if (p.isAlive()) {
                    kill(p);
                }
                LIVE.remove(p);
            }
        } finally {
            Files.deleteIfExists(log);
            if (workDir != null) {
                synchronized (CLEANING) { // the exit hook, once it holds the lock, still sees the folder of a killed dot
                    FOLDERS.remove(workDir.toPath());
                }
            }
        }
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static void killAll() {
        for (Process p : LIVE) {
            kill(p);
        }
        for (Process p : LIVE) {
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (CLEANING) { // after a clean-up the main thread is running, if any
            for (Runnable r : CLEANUPS) {
                r.run();
            }
            CLEANUPS.clear();
            for (Path folder : FOLDERS) { // a layout cut short: its folder is ours to remove, whatever its DOT file holds
                GraphvizRenderer.deleteTree(folder);
            }
        }
    }
}
