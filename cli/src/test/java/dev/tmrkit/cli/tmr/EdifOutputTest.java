package dev.tmrkit.cli.tmr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tmr -o FILE.edf}: EDIF with DONT_TOUCH on every replica and voter instance, read back by every command. */
class EdifOutputTest {
    @TempDir
    Path tmp;

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void tmrWritesEdifWithDontTouchThatReadsBackIntactAndEquivalent() throws IOException {
        Path edf = tmp.resolve("t.edf");
        Cli r = Cli.run("tmr", "s27", "--scope", "registers", "-o", edf.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(edf);
        assertTrue(text.contains("(cell s27 (cellType GENERIC)") && text.contains("(property tmrkit_netlist (string \"s27-tmr\"))"));
        Cli info = Cli.run("info", edf.toString(), "--format", "json");
        assertEquals(0, info.code(), info.err());
        // every gate of the three replicas and of the voters is kept: 3 x (10 gates + 3 flip-flops), 3 x 3 voters of 4
        // gates for the registers and one reduction voter of 4 gates for the output
        assertEquals(3 * 13 + 9 * 4 + 4, count(text, "(property DONT_TOUCH (string \"TRUE\"))"), text);
        Cli check = Cli.run("check-tmr", edf.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().startsWith("circuit  s27-tmr ("), check.out());
        Cli named = Cli.run("tmr", "c17", "--module", "top", "-o", tmp.resolve("c.edf").toString());
        assertEquals(0, named.code(), named.err());
        assertTrue(Files.readString(tmp.resolve("c.edf")).contains("(design top (cellRef top (libraryRef work)))"));
        Cli refused = Cli.run("tmr", "c17", "--scalar-ports", "-o", tmp.resolve("c2.edf").toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("--scalar-ports needs -o FILE.v"), refused.err());
    }

    @Test
    void aCircuitWhoseNameHasABlankIsWrittenInEveryFormat() throws IOException {
        Path in = tmp.resolve("my design.bench");
        Files.writeString(in, "INPUT(a)\nINPUT(b)\nOUTPUT(y)\ny = NAND(a, b)\n");
        for (String ext : new String[] {"bench", "blif", "v", "edf"}) {
            Path out = tmp.resolve("out." + ext);
            Cli r = Cli.run("tmr", in.toString(), "-o", out.toString());
            assertEquals(0, r.code(), ext + ": " + r.err());
            assertEquals(0, Cli.run("info", out.toString()).code(), ext);
        }
        assertTrue(Files.readString(tmp.resolve("out.v")).contains("module my_design ("));
    }
}
