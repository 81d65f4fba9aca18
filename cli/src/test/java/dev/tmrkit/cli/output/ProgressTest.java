package dev.tmrkit.cli.output;

import dev.tmrkit.cli.Cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void onATerminalItDrawsABarAndClearsItAtTheEnd() {
        StringWriter err = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(err), "inject c17", true)) {
            p.progress(5, 10);
            p.progress(10, 10);
        }
        assertTrue(err.toString().contains("inject c17 ["), err.toString());
        assertTrue(err.toString().contains("100% 10/10"), err.toString());
        assertTrue(err.toString().endsWith("\r\033[K"), "the bar is erased when done");
    }

    @Test
    void otherwiseItStaysQuiet() {
        StringWriter err = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(err), "inject c17", false)) {
            p.progress(5, 10);
            p.progress(10, 10);
        }
        assertEquals("", err.toString());
    }

    @Test
    void commandsRunInTestsPrintNoProgress() {
        Cli r = Cli.run("inject", "c17");
        assertEquals(0, r.code());
        assertEquals("", r.err(), "stderr is not a terminal here");
    }

    @Test
    void theTerminalDecidesUnlessTheUserDoes() {
        assertEquals(Progress.Mode.BAR, Progress.mode(null, true));
        assertEquals(Progress.Mode.OFF, Progress.mode(null, false), "a pipe or a log stays clean");
        assertEquals(Progress.Mode.LINES, Progress.mode(true, false), "--progress on a non-terminal: plain lines");
        assertEquals(Progress.Mode.BAR, Progress.mode(true, true));
        assertEquals(Progress.Mode.OFF, Progress.mode(false, true), "--no-progress even on a terminal");
        assertEquals(Progress.Mode.OFF, Progress.mode(false, false));
    }

    @Test
    void theLaunchersWordOnStderrOverridesTheJvmsGuess() {
        String before = System.getProperty("tmrkit.stderr.terminal");
        try {
            System.setProperty("tmrkit.stderr.terminal", "true");
            assertEquals(System.getenv("TMRKIT_NO_PROGRESS") == null, Progress.stderrIsTerminal());
            System.setProperty("tmrkit.stderr.terminal", "false");
            assertEquals(false, Progress.stderrIsTerminal());
        } finally {
            if (before == null) {
                System.clearProperty("tmrkit.stderr.terminal");
            } else {
                System.setProperty("tmrkit.stderr.terminal", before);
            }
        }
    }

    /** Runs a command as if the launcher had found stderr to be a terminal ({@code terminal}) or not. */
    private static Cli withTerminal(boolean terminal, String... args) {
        String before = System.getProperty("tmrkit.stderr.terminal");
        try {
            System.setProperty("tmrkit.stderr.terminal", String.valueOf(terminal));
            return Cli.run(args);
        } finally {
            if (before == null) {
                System.clearProperty("tmrkit.stderr.terminal");
            } else {
                System.setProperty("tmrkit.stderr.terminal", before);
            }
        }
    }

    @Test
    void progressAndNoProgressOverrideTheTerminalOnEveryLongRunningCommand() {
        boolean bars = System.getenv("TMRKIT_NO_PROGRESS") == null;
        for (String[] command : new String[][] {{"inject", "c17"}, {"reliability", "c17", "--p", "0.01,0.1", "--trials", "100"}}) {
            String label = command[0] + " c17";
            Cli lines = withTerminal(false, concat(command, "--progress"));
            assertEquals(0, lines.code(), lines.err());
            assertTrue(lines.err().lines().anyMatch(l -> l.matches(label + ": (\\d+)/\\1 \\(100%\\)")), "plain lines, the last one done: " + lines.err());
            assertEquals("", withTerminal(false, command).err(), "no terminal, no choice: quiet");
            Cli bar = withTerminal(true, command);
            assertEquals(bars, bar.err().startsWith("\r" + label + " ["), "a terminal draws a bar: " + bar.err());
            Cli quiet = withTerminal(true, concat(command, "--no-progress"));
            assertEquals(0, quiet.code(), quiet.err());
            assertEquals("", quiet.err(), "--no-progress even on a terminal");
            assertEquals(bar.out(), quiet.out(), "the report does not depend on the progress display");
        }
        assertEquals(2, Cli.run("reliability", "c17", "--progress", "--no-progress").code(), "one choice at a time");
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
