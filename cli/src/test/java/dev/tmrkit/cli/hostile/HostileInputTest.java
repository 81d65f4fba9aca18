package dev.tmrkit.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus ({@link HostileCorpus}) run in a JVM with a 256 MB heap: every case ends with its
 * exit code (2 for bad input, 0 where the safe behaviour is to escape), in at most a few lines of stderr,
 * never a stack trace, and leaves nothing on disk.
 */
class HostileInputTest {
    @TempDir
    Path tmp;

    @Test
    void everyHostileCaseEndsCleanlyUnderA256MegabyteHeap() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), HostileCorpus.class.getName(), tmp.toString());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "the corpus runs in time");
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        assertEquals(HostileCorpus.CASES.size(), lines.size(), out);
        assertTrue(HostileCorpus.CASES.size() >= 60, "a corpus of at least 60 cases, not a sample");
        List<String> problems = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            HostileCorpus.Case c = HostileCorpus.CASES.get(Integer.parseInt(f[0]));
            int code = Integer.parseInt(f[1]);
            long errLines = Long.parseLong(f[2]);
            String what = c.name() + ": exit " + code + ", " + errLines + " stderr lines, first: " + f[5];
            if (code != c.code()) {
                problems.add(what + " (expected exit " + c.code() + ")");
            }
            if (Boolean.parseBoolean(f[3])) {
                problems.add(what + " (stack trace)");
            }
            if (c.code() == 2 && errLines > 22) {
                problems.add(what + " (too many lines)");
            }
            if (!f[4].equals("[]")) {
                problems.add(what + " (left " + f[4] + ")");
            }
            String stdout = f[6].replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t").replace("\\\\", "\\");
            if (c.forbiddenOutput() != null && java.util.regex.Pattern.compile(c.forbiddenOutput()).matcher(stdout).find()) {
                problems.add(what + " (output matches " + c.forbiddenOutput() + ": " + stdout + ")");
            }
            if (c.code() == 0 && stdout.isEmpty()) {
                problems.add(what + " (no output)");
            }
            if (f[5].chars().anyMatch(ch -> ch < 0x20 && ch != '\t')) {
                problems.add(what + " (raw control characters)");
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
