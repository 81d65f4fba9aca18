package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The launchers are valid shell scripts: a broken launcher fails here, not on a user's first command. */
class LauncherTest {
    private static Process bash(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "bash";
        System.arraycopy(args, 0, command, 1, args.length);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void bothLaunchersParse() throws Exception {
        for (String name : new String[] {"tmrkit", "tmrkit-spark"}) {
            Path script = Corpus.repositoryRoot().resolve(name);
            assertTrue(Files.isExecutable(script), name + " is executable");
            Process p = bash("-n", script.toString());
            String out = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), name + ": " + out);
            assertTrue(Files.readAllLines(script).stream().noneMatch(l -> l.startsWith("<<<<<<<") || l.startsWith(">>>>>>>")),
                    name + " holds no merge conflict");
        }
    }

    @Test
    void installExplainsItselfWithoutBuilding() throws Exception {
        Process p = bash(Corpus.repositoryRoot().resolve("tmrkit").toString(), "install", "--help");
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("Usage: tmrkit install [--prefix DIR]"), out);
        Process bad = bash(Corpus.repositoryRoot().resolve("tmrkit").toString(), "install", "--bogus");
        String err = new String(bad.getInputStream().readAllBytes());
        assertTrue(bad.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, bad.exitValue(), err);
    }
}
