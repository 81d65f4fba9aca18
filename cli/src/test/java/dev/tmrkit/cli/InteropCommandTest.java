package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command reads AIGER and Yosys JSON by extension, tmr writes Verilog, and the directions not supported say so. */
class InteropCommandTest {
    @TempDir
    Path tmp;

    private static String epfl(String name) {
        return Corpus.file("epfl", name).toString();
    }

    @Test
    void infoReadsBinaryAiger() {
        Cli r = Cli.run("info", epfl("ctrl.aig"), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(7, r.jsonLong("inputs"));
        assertEquals(26, r.jsonLong("outputs"));
        assertTrue(r.out().contains("\"AND\":174"), r.out());
    }

    @Test
    void evalStepsAnAsciiAigerLatch() throws IOException {
        Path aag = tmp.resolve("delay.aag");
        Files.writeString(aag, "aag 2 1 1 1 0\n2\n4 2\n4\ni0 d\nl0 q\n");
        Path vectors = tmp.resolve("v.txt");
        Files.writeString(vectors, "1\n0\n1\n1\n");
        Cli r = Cli.run("eval", aag.toString(), "--vectors", vectors.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("0\n1\n0\n1\n", r.out().replace("\r", ""));
    }

    @Test
    void tmrWritesVerilog() throws IOException {
        Path out = tmp.resolve("c17-tmr.v");
        Cli r = Cli.run("tmr", "c17", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String v = Files.readString(out);
        assertTrue(v.contains("module c17 (\\1 , \\2 , \\3 , \\6 , \\7 , \\22 , \\23 );"), v);
        assertTrue(v.contains("wire \\$tmr$A$10 ;"), v);
    }

    @Test
    void readOnlyAndWriteOnlyFormatsSayHowToConvert() throws IOException {
        Path aig = tmp.resolve("out.aig");
        Cli w = Cli.run("tmr", "c17", "-o", aig.toString());
        assertEquals(2, w.code());
        assertTrue(w.err().contains("tmrkit does not write AIGER; write BLIF (.blif) and convert with berkeley-abc"), w.err());
        assertFalse(Files.exists(aig));

        Path v = tmp.resolve("top.v");
        Files.writeString(v, "module top(input a, output y); assign y = a; endmodule\n");
        Cli r = Cli.run("info", v.toString());
        assertEquals(0, r.code(), "structural Verilog is read directly: " + r.err());
        Files.writeString(v, "module top(input [1:0] a, output [1:0] y); assign y = a - 2'd1; endmodule\n");
        Cli rtl = Cli.run("info", v.toString());
        assertEquals(2, rtl.code());
        assertTrue(rtl.err().startsWith(v + ":1:57: the operator '-' is behavioural Verilog"), rtl.err());

        Path vhd = tmp.resolve("top.vhd");
        Files.writeString(vhd, "entity top is end;\n");
        Cli u = Cli.run("info", vhd.toString());
        assertEquals(2, u.code(), "an unknown extension is bad input, not an internal error: " + u.err());
        assertTrue(u.err().contains("unknown netlist format"), u.err());
    }

    @Test
    void aBrokenJsonFileGetsFileLineColumn() throws IOException {
        Path json = tmp.resolve("bad.json");
        Files.writeString(json, "{\"modules\": {\n  \"m\": {\"ports\": {} \"cells\": {}}}}\n");
        Cli r = Cli.run("info", json.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(json + ":2:21: not valid JSON"), r.err());
    }
}
