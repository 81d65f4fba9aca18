package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import dev.tmrkit.testing.Corpus;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Berkeley ABC as an independent oracle (needs {@code berkeley-abc}; see {@link ExternalTool}):
 * <ul>
 *   <li>ABC's simulator and tmrkit's compiled evaluator agree, vector by vector, on 10 000 random vectors for
 *       every ISCAS-85 circuit, ABC reading both the original {@code .bench} (its own reader) and the BLIF tmrkit
 *       writes: {@code read_bench X.bench; strash; sim -m -A vectors.txt -v};</li>
 *   <li>ABC's combinational equivalence checker proves each TMR netlist (TmrPass defaults) equivalent to its
 *       original: {@code cec X.bench X-tmr.blif}, and finds the difference in a deliberately broken one.</li>
 * </ul>
 */
class AbcCrossCheckTest {
    private static final int VECTORS = 10_000;

    @BeforeAll
    static void tools() {
        ExternalTool.requireWorking(ExternalTool.ABC);
    }

    @Test
    void abcSimulatesEveryIscas85CircuitAsTmrkitEvaluatesIt(@TempDir Path dir) throws IOException {
        int circuits = 0;
        for (Path bench : Corpus.files("iscas85", "bench")) {
            Netlist n = new BenchReader().read(bench);
            SplittableRandom random = new SplittableRandom(bench.getFileName().toString().hashCode());
            boolean[][] vectors = new boolean[VECTORS][n.inputCount()];
            StringBuilder text = new StringBuilder();
            for (boolean[] v : vectors) {
                for (int i = 0; i < v.length; i++) {
                    v[i] = random.nextBoolean();
                    text.append(v[i] ? '1' : '0');
                }
                text.append('\n');
            }
            Files.writeString(dir.resolve("vectors.txt"), text);
            List<String> expected = tmrkitOutputs(n, vectors);
            Path blif = dir.resolve(n.name() + ".blif");
            NetlistFiles.write(n, blif);
            assertEquals(expected, abcOutputs(dir, "read_bench " + bench.toAbsolutePath(), n.outputCount()),
                    n.name() + ": ABC reading the original .bench");
            assertEquals(expected, abcOutputs(dir, "read_blif " + blif.getFileName(), n.outputCount()),
                    n.name() + ": ABC reading tmrkit's BLIF");
            circuits++;
        }
        assertEquals(11, circuits);
    }

    /** One line of 0/1 per vector, outputs in declared order: what ABC's {@code sim -A ... -v} prints. */
    private static List<String> tmrkitOutputs(Netlist n, boolean[][] vectors) {
        int words = (vectors.length + 63) / 64;
        Simulation sim = CompiledEvaluator.compile(n).newSimulation(words);
        for (int i = 0; i < n.inputCount(); i++) {
            long[] bits = new long[words];
            for (int v = 0; v < vectors.length; v++) {
                if (vectors[v][i]) {
                    bits[v / 64] |= 1L << (v % 64);
                }
            }
            sim.setInput(i, bits);
        }
        sim.evaluate();
        List<String> lines = new ArrayList<>(vectors.length);
        StringBuilder line = new StringBuilder();
        for (int v = 0; v < vectors.length; v++) {
            line.setLength(0);
            for (int o = 0; o < n.outputCount(); o++) {
                line.append((sim.output(o, v / 64) >>> (v % 64) & 1) == 1 ? '1' : '0');
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> abcOutputs(Path dir, String read, int outputs) throws IOException {
        ExternalTool.Result r = ExternalTool.abc(dir, read + "; strash; sim -m -A vectors.txt -v");
        List<String> lines = new ArrayList<>();
        for (String line : r.lines()) {
            if (line.length() == outputs && line.chars().allMatch(c -> c == '0' || c == '1')) {
                lines.add(line);
            }
        }
        assertEquals(VECTORS, lines.size(), "output lines printed by ABC:\n" + r.output().lines().limit(20).toList());
        return lines;
    }

    @Test
    void abcProvesEveryTmrNetlistEquivalentToItsOriginal(@TempDir Path dir) throws IOException {
        TmrPass tmr = new TmrPass(TmrOptions.defaults());
        int proven = 0;
        for (Path bench : Corpus.files("iscas85", "bench")) {
            Netlist n = new BenchReader().read(bench);
            Netlist t = tmr.apply(n);
            assertEquals(n.inputNames(), t.inputNames());
            assertEquals(n.outputNames(), t.outputNames());
            Path file = dir.resolve(n.name() + "-tmr.blif");
            NetlistFiles.write(t, file);
            ExternalTool.Result r = ExternalTool.abc(dir, "cec " + bench.toAbsolutePath() + " " + file.getFileName());
            assertTrue(r.output().contains("Networks are equivalent"), n.name() + ":\n" + r.output());
            proven++;
        }
        assertEquals(11, proven);
    }

    @Test
    void abcFindsTheDifferenceWhenATmrNetlistIsWrong(@TempDir Path dir) throws IOException {
        Netlist c17 = new BenchReader().read(Corpus.file("iscas85", "c17.bench"));
        Netlist t = new TmrPass(TmrOptions.defaults()).apply(c17);
        // gate 10 = NAND(1, 3) becomes AND(1, 3) in all three replicas: no voter can mask that
        NetlistBuilder broken = Netlist.builder("broken");
        int changed = 0;
        t.inputNames().forEach(broken::input);
        t.outputNames().forEach(broken::output);
        for (int g = 0; g < t.gateCount(); g++) {
            String out = t.netName(t.gateOutput(g));
            String[] ins = new String[t.gateArity(g)];
            for (int p = 0; p < ins.length; p++) {
                ins[p] = t.netName(t.gateInput(g, p));
            }
            boolean replicaOf10 = out.matches("\\$tmr\\$[ABC]\\$10");
            broken.gate(replicaOf10 ? GateType.AND : t.gateType(g), out, ins);
            changed += replicaOf10 ? 1 : 0;
        }
        assertEquals(3, changed);
        Path file = dir.resolve("broken.blif");
        NetlistFiles.write(broken.build(), file);
        ExternalTool.Result r = ExternalTool.abc(dir, "cec " + Corpus.file("iscas85", "c17.bench").toAbsolutePath() + " broken.blif");
        assertTrue(r.output().contains("Networks are NOT EQUIVALENT"), r.output());
    }
}
