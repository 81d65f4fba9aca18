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
}
