package dev.tmrkit.cli.tmr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tmr -o FILE.v} writes kept replica and voter modules; {@code -c} names exactly those instances. */
class KeptOutputTest {
    @TempDir
    Path tmp;

    @Test
    void verilogKeepsReplicasAndVotersAndTheConstraintsNameEachInstance() throws IOException {
        Path v = tmp.resolve("t.v");
        Path xdc = tmp.resolve("t.xdc");
        Path sdc = tmp.resolve("t.sdc");
        Cli r = Cli.run("tmr", "c17", "-o", v.toString(), "-c", xdc.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(0, Cli.run("tmr", "c17", "-o", tmp.resolve("u.v").toString(), "-c", sdc.toString()).code());
        String verilog = Files.readString(v);
        // three replicas and one voter module shared by the two outputs' voters
        assertEquals(4, count(verilog, "(* keep_hierarchy, dont_touch = \"true\" *)\nmodule "));
        assertEquals(5, count(verilog, "(* keep, dont_touch = \"true\" *) "));
        List<String> expected = List.of("$tmr$A", "$tmr$B", "$tmr$C", "$tmr$u$0", "$tmr$u$1");
        for (String instance : expected) {
            assertTrue(verilog.contains(" \\" + instance + " ("), instance);
            assertTrue(Files.readString(xdc).contains("set_property DONT_TOUCH true [get_cells -hierarchical {" + instance + "}]\n"));
            assertTrue(Files.readString(sdc).contains("set_dont_touch [get_cells -hierarchical {" + instance + "}]\n"));
        }
        assertEquals(expected.size(), count(Files.readString(xdc), "DONT_TOUCH"));
    }

    @Test
    void flatVerilogHasNoKeptModule() throws IOException {
        Path v = tmp.resolve("t.v");
        assertEquals(0, Cli.run("tmr", "c17", "-o", v.toString(), "--flat-verilog").code());
        assertFalse(Files.readString(v).contains("keep"));
        assertEquals(1, count(Files.readString(v), "module "), "one module");
    }

    @Test
    void constraintsThatCouldNotTakeEffectAreRefused() {
        Path c = tmp.resolve("t.xdc");
        Cli noVerilog = Cli.run("tmr", "c17", "-o", tmp.resolve("t.blif").toString(), "-c", c.toString());
        assertEquals(2, noVerilog.code());
        assertTrue(noVerilog.err().contains("-c needs -o FILE.v"), noVerilog.err());
        Cli flat = Cli.run("tmr", "c17", "-o", tmp.resolve("t.v").toString(), "--flat-verilog", "-c", c.toString());
        assertEquals(2, flat.code());
        Cli badName = Cli.run("tmr", "c17", "-o", tmp.resolve("t.v").toString(), "-c", tmp.resolve("t.txt").toString());
        assertEquals(2, badName.code());
        assertTrue(badName.err().contains(".sdc"), badName.err());
        Cli flatBlif = Cli.run("tmr", "c17", "-o", tmp.resolve("t.blif").toString(), "--flat-verilog");
        assertEquals(2, flatBlif.code());
        assertFalse(Files.exists(c));
        assertFalse(Files.exists(tmp.resolve("t.v")), "nothing written after a refusal");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
