package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProveCommandTest {
    @TempDir
    Path tmp;

    private static String c7552() {
        return Path.of(System.getProperty("tmrkit.root", "."), "benchmarks/iscas85/c7552.bench").toString();
    }

    @Test
    void provesTmrOfC7552BySat() {
        Path tmr = tmp.resolve("c7552-tmr.bench");
        Cli t = Cli.run("tmr", c7552(), "-o", tmr.toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("proven equivalent to the original (SAT); before it no difference in 100000 random patterns"), t.out());
        Cli r = Cli.run("prove", c7552(), tmr.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("verdict         equivalent (proven)"), r.out());
        assertTrue(r.out().contains("method          SAT"), r.out());
    }

    @Test
    void aChangedGateGetsACounterexampleThatBothEvalsDisagreeOn() throws IOException {
        Netlist c7552 = NetlistFiles.read(Path.of(c7552()));
        // one gate of the original changes type: the first AND becomes OR
        NetlistBuilder b = Netlist.builder("c7552-changed");
        c7552.inputNames().forEach(b::input);
        c7552.outputNames().forEach(b::output);
        boolean done = false;
        for (int g = 0; g < c7552.gateCount(); g++) {
            String[] ins = new String[c7552.gateArity(g)];
            for (int p = 0; p < ins.length; p++) {
                ins[p] = c7552.netName(c7552.gateInput(g, p));
            }
            GateType type = c7552.gateType(g);
            if (!done && type == GateType.AND) {
                type = GateType.OR;
                done = true;
            }
            b.gate(type, c7552.netName(c7552.gateOutput(g)), ins);
        }
        Path changed = tmp.resolve("changed.bench");
        NetlistFiles.write(b.build(), changed);
        Cli r = Cli.run("prove", c7552(), changed.toString(), "--patterns", "1");
        assertEquals(3, r.code(), r.out() + r.err());
        Matcher m = Pattern.compile("counterexample  ([01]+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        String vector = m.group(1);
        assertEquals(c7552.inputCount(), vector.length());
        Matcher out = Pattern.compile("output (\\S+) \\(port (\\d+)\\) is (\\d), expected (\\d)").matcher(r.out());
        assertTrue(out.find(), r.out());
        int port = Integer.parseInt(out.group(2));
        Path vectors = tmp.resolve("v.txt");
        Files.writeString(vectors, vector + "\n");
        String good = outputs(Cli.run("eval", c7552(), "--vectors", vectors.toString()));
        String bad = outputs(Cli.run("eval", changed.toString(), "--vectors", vectors.toString()));
        assertNotEquals(good.charAt(port), bad.charAt(port), good + "\n" + bad);
        assertEquals(out.group(4).charAt(0), good.charAt(port));
        assertEquals(out.group(3).charAt(0), bad.charAt(port));
    }

    @Test
    void refusesSequentialCircuitsAndMismatchedPorts() {
        Cli seq = Cli.run("prove", "counter:3", "counter:3");
        assertEquals(2, seq.code());
        assertTrue(seq.err().contains("sequential"), seq.err());
        Cli ports = Cli.run("prove", "c17", "full-adder");
        assertEquals(2, ports.code());
        assertTrue(ports.out().isEmpty(), ports.out());
    }

    @Test
    void smallCircuitsAreProvenExhaustively() {
        Cli r = Cli.run("prove", "c17", "c17");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("method          exhaustive simulation"), r.out());
    }

    /** The output bits of the one line that {@code eval --vectors} prints for one vector. */
    private static String outputs(Cli eval) {
        assertEquals(0, eval.code(), eval.err());
        String[] lines = eval.out().strip().split("\n");
        String[] cols = lines[lines.length - 1].trim().split("\\s+");
        return cols[cols.length - 1];
    }
}
