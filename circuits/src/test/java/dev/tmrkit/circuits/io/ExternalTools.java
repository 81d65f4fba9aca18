package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs Berkeley ABC ({@code berkeley-abc}) and Yosys ({@code yosys}) for the tests that use them as independent
 * oracles. Those tests need the tools: when one is missing they fail, naming the package to install
 * ({@code apt-get install yosys berkeley-abc}, which {@code .ci/run} does), unless the environment variable
 * {@code TMRKIT_SKIP_TOOL_TESTS=1} says to skip them (the classes are then reported as skipped). Every run has a timeout; ABC's ANSI colour codes are
 * stripped from its output.
 */
final class ExternalTools {
    static final String ABC = "berkeley-abc";
    static final String YOSYS = "yosys";
    static final String SKIP_VARIABLE = "TMRKIT_SKIP_TOOL_TESTS";
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

    private ExternalTools() {
    }

    /** What a run printed (standard output and error together, colour codes removed) and its exit code. */
    record Result(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    /**
     * Fails unless every tool answers. (Test classes that use the tools are disabled by
     * {@code @DisabledIfEnvironmentVariable(named = SKIP_VARIABLE, matches = "1")} when asked to skip them.)
     */
    static void require(String... tools) {
        List<String> missing = new ArrayList<>();
        for (String tool : tools) {
            try {
                String[] probe = tool.equals(ABC) ? new String[] {ABC, "-c", "quit"} : new String[] {tool, "-V"};
                if (run(Path.of(System.getProperty("java.io.tmpdir")), Duration.ofSeconds(30), probe).exitCode() != 0) {
                    missing.add(tool + " (runs, but fails)");
                }
            } catch (IOException e) {
                missing.add(tool);
            }
        }
        if (!missing.isEmpty()) {
            fail("these tests need " + String.join(" and ", missing) + " on the PATH: install them with"
                    + " `apt-get install -y yosys berkeley-abc` (as .ci/run does), or set " + SKIP_VARIABLE + "=1 to skip them");
        }
    }

    /** Runs a command in {@code dir}; fails the test if it does not finish within {@code timeout}. */
    static Result run(Path dir, Duration timeout, String... command) throws IOException {
        Path log = Files.createTempFile(dir, "tool", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(devNull())).start();
            try {
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    fail(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + command[0], e);
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            return new Result(p.exitValue(), ANSI.matcher(out).replaceAll(""));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static java.io.File devNull() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Runs ABC on one command line ({@code berkeley-abc -c "..."}). */
    static Result abc(Path dir, String commands) throws IOException {
        return run(dir, Duration.ofSeconds(60), ABC, "-c", commands);
    }

    /** Runs a Yosys script quietly ({@code yosys -q -p "..."}); fails the test, showing the log, if Yosys fails. */
    static Result yosys(Path dir, String script) throws IOException {
        Result r = run(dir, Duration.ofSeconds(60), YOSYS, "-q", "-p", script);
        if (r.exitCode() != 0) {
            fail("yosys -p '" + script + "' failed with exit code " + r.exitCode() + ":\n" + r.output());
        }
        return r;
    }
}
