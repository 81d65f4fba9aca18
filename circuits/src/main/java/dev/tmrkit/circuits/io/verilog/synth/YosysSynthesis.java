package dev.tmrkit.circuits.io.verilog.synth;

import dev.tmrkit.circuits.io.ClockedNetlist;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.yosys.YosysJsonReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Behavioural Verilog through Yosys: {@code yosys -q -p 'read_verilog FILE; <keep-safe script with hierarchy -top
 * TOP>; write_json ...'} in a temporary folder, then the JSON read by {@link YosysJsonReader}. The script
 * ({@link YosysScript#keepSafe}) maps to gates without merging identical logic. Yosys is looked up on the
 * {@code PATH} (or where the system property {@value #EXECUTABLE_PROPERTY} says); without it the synthesis fails
 * with {@link Unavailable}.
 */
public final class YosysSynthesis {
    /** The system property naming the Yosys executable (a path, or a name looked up on the PATH); default {@code yosys}. */
    public static final String EXECUTABLE_PROPERTY = "tmrkit.yosys";
    private static final long TIMEOUT_MINUTES = 10;
    private static final Pattern ERROR = Pattern.compile("(?m)^(?:.*?:(\\d+): )?ERROR: (.*)$");

    /** Yosys is not installed (not on the PATH). */
    public static final class Unavailable extends IOException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    private YosysSynthesis() {
    }

    /** The script run on {@code file} with top module {@code top}, as it is printed to the user. */
    public static String script(Path file, String top, String json) {
        return "read_verilog " + file + "; " + YosysScript.keepSafe(top) + "; write_json " + json;
    }

    /**
     * Synthesises {@code file} with top module {@code top} and reads the result (undriven nets as inputs and a required
     * clock as {@link YosysJsonReader} takes them). Yosys's own errors are {@link ParseException}s at the line it names.
     */
    public static ClockedNetlist run(Path file, String top, boolean undrivenAsInputs, String clock) throws IOException {
        String name = System.getProperty(EXECUTABLE_PROPERTY, "yosys");
        Path yosys = name.contains(File.separator) ? (Files.isExecutable(Path.of(name)) ? Path.of(name) : null) : onPath(name);
        if (yosys == null) {
            throw new Unavailable("synthesising behavioural Verilog needs yosys, which is not installed (not on the PATH):"
                    + " apt-get install yosys, or convert the file elsewhere: yosys -p '" + script(file, top, "design.json")
                    + "'");
        }
        Path dir = Files.createTempDirectory("tmrkit-yosys");
        try {
            Path json = dir.resolve("design.json");
            Path log = dir.resolve("yosys.log");
            Process p = new ProcessBuilder(yosys.toString(), "-q", "-p", script(file.toAbsolutePath(), top, json.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            try {
                if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new IOException("yosys did not finish within " + TIMEOUT_MINUTES + " minutes on " + file);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while yosys synthesised " + file, e);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0 || !Files.exists(json)) {
                Matcher m = ERROR.matcher(output);
                if (m.find()) {
                    int line = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
                    throw new ParseException(file.toString(), line, 1, "yosys: " + m.group(2).strip());
                }
                throw new IOException("yosys failed on " + file + " (exit code " + p.exitValue() + "): " + output.strip());
            }
            try {
                return new YosysJsonReader().withUndrivenAsInputs(undrivenAsInputs).withClock(clock).readClocked(json);
            } catch (ParseException e) {
                throw new ParseException(file.toString(), 1, 1, "after synthesis by yosys: " + e.reason());
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
