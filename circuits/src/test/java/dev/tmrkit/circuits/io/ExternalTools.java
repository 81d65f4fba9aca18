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
 * oracles. {@code .ci/run} installs the tools and sets {@code TMRKIT_REQUIRE_TOOLS=1}: a missing tool then
 * fails the tests, naming the package to install; elsewhere (a fresh machine with only a JDK and Maven) the
 * tests are skipped with that message. Every run has a timeout; ABC's ANSI colour codes are
 * stripped from its output.
 */
final class ExternalTools {
    static final String ABC = "berkeley-abc";
    static final String YOSYS = "yosys";
    static final String REQUIRE_VARIABLE = "TMRKIT_REQUIRE_TOOLS";
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

    private ExternalTools() {
    }

    /** What a run printed (standard output and error together, colour codes removed) and its exit code. */
    record Result(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    /** Fails (when tools are required) or skips the calling tests unless every tool answers. */
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
            String message = "these tests need " + String.join(" and ", missing) + " on the PATH: install them with"
                    + " `apt-get install -y yosys berkeley-abc iverilog` (as .ci/run does)";
            if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
                fail(message);
            }
            org.junit.jupiter.api.Assumptions.abort(message);
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
