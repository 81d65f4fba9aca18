package dev.tmrkit.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian tools the tests drive as independent oracles (yosys, berkeley-abc, chromium, dot). {@code .ci/run}
 * installs them and sets {@code TMRKIT_REQUIRE_TOOLS=1}: a missing tool then fails the test, naming the package
 * to install; elsewhere (a machine with only a JDK and Maven) the test is skipped with that message. Every run
 * has a timeout; ANSI colour codes are stripped from the output.
 */
public final class ExternalTool {
    public static final String ABC = "berkeley-abc";
    public static final String YOSYS = "yosys";
    public static final String REQUIRE_VARIABLE = "TMRKIT_REQUIRE_TOOLS";
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

    private ExternalTool() {
    }

    /** What a run printed (standard output and error together, colour codes removed) and its exit code. */
    public record Result(int exitCode, String output) {
        public List<String> lines() {
            return output.lines().toList();
        }
    }

    /** Whether tests must fail, rather than skip, when a tool is missing. */
    public static boolean required() {
        return "1".equals(System.getenv(REQUIRE_VARIABLE));
    }

    /** The tool's path on the PATH, or the test ends: failed when tools are required, skipped otherwise. */
    public static Path require(String name) {
        Path p = find(name);
        if (p == null) {
            missing(name + " is not installed (apt-get install -y " + name + "); .ci/run installs it");
        }
        return p;
    }

    /**
     * Fails (when tools are required) or skips the calling test unless every tool is on the PATH and answers a
     * harmless command (ABC: {@code -c quit}; others: {@code -V}).
     */
    public static void requireWorking(String... tools) {
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
            missing("these tests need " + String.join(" and ", missing) + " on the PATH: install them with"
                    + " `apt-get install -y " + String.join(" ", tools) + "` (as .ci/run does)");
        }
    }

    /** The executable {@code name} in a PATH folder, or null. */
    public static Path find(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static void missing(String message) {
        if (required()) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
    }

    /** Runs a command in {@code dir}; fails the test if it does not finish within {@code timeout}. */
    public static Result run(Path dir, Duration timeout, String... command) throws IOException {
        Path log = Files.createTempFile(dir, "tool", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(devNull())).start();
            try {
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    Assertions.fail(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
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

    private static File devNull() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Runs ABC on one command line ({@code berkeley-abc -c "..."}). */
    public static Result abc(Path dir, String commands) throws IOException {
        return run(dir, Duration.ofSeconds(60), ABC, "-c", commands);
    }

    /** Runs a Yosys script quietly ({@code yosys -q -p "..."}); fails the test, showing the log, if Yosys fails. */
    public static Result yosys(Path dir, String script) throws IOException {
        Result r = run(dir, Duration.ofSeconds(60), YOSYS, "-q", "-p", script);
        if (r.exitCode() != 0) {
            Assertions.fail("yosys -p '" + script + "' failed with exit code " + r.exitCode() + ":\n" + r.output());
        }
        return r;
    }
}
