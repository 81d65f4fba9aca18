package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tmrkit prove} and {@code tmrkit tmr} on netlists with flip-flops: induction, bounded checks, counterexamples. */
class ProveSequentialCommandTest {
    @TempDir
    Path tmp;

    private static Path s27() {
        return Path.of(System.getProperty("tmrkit.root", "."), "benchmarks/iscas89/s27.bench");
    }

    @Test
    void tmrOfS27IsProvenByInductionByTmrAndByProve() {
        Path tmr = tmp.resolve("s27-tmr.bench");
        Cli t = Cli.run("tmr", s27().toString(), "-o", tmr.toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("proven equivalent to the original (induction over the register correspondence, 3 classes "
                + "of 12 flip-flops); before it no difference in 100000 random sequences of 32 cycles"), t.out());
        Cli r = Cli.run("prove", s27().toString(), tmr.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("verdict         equivalent (proven by induction)"), r.out());
    }

    @Test
    void aMutantGetsASequenceThatTheReferenceEvaluatorConfirms() throws IOException {
        Netlist s27 = NetlistFiles.read(s27());
        Netlist mutant = changed(s27, "G11", GateType.NAND);
        Path file = tmp.resolve("mutant.bench");
        NetlistFiles.write(mutant, file);
        Cli r = Cli.run("prove", s27().toString(), file.toString(), "--format", "json");
        assertEquals(3, r.code(), r.err());
        Matcher m = Pattern.compile("\"counterexample\":\\s*\\[([^\\]]*)\\].*\"cycle\":\\s*(\\d+).*\"output\":\\s*\"([^\"]*)\"",
                Pattern.DOTALL).matcher(r.out());
        assertTrue(m.find(), r.out());
        List<boolean[]> seq = new ArrayList<>();
        for (String v : m.group(1).replace("\"", "").split(",")) {
            boolean[] bits = new boolean[s27.inputCount()];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = v.strip().charAt(i) == '1';
            }
            seq.add(bits);
        }
        int cycle = Integer.parseInt(m.group(2));
        int out = s27.outputNames().indexOf(m.group(3));
        assertEquals(cycle + 1, seq.size());
        assertNotEquals(new ReferenceEvaluator(s27).run(seq).get(cycle)[out], new ReferenceEvaluator(mutant).run(seq).get(cycle)[out]);
    }

    /** Equal outputs for 6 cycles from reset, different in cycle 6, registers that correspond but outputs that don't. */
    @Test
    void aBoundedCheckSaysBoundedAndNeverProven() throws IOException {
        Path plain = tmp.resolve("sr.bench");
        Path tapped = tmp.resolve("tapped.bench");
        NetlistFiles.write(shiftRegister("sr", false), plain);
        NetlistFiles.write(shiftRegister("tapped", true), tapped);
        Cli shallow = Cli.run("prove", plain.toString(), tapped.toString(), "--depth", "6", "--patterns", "1");
        assertEquals(4, shallow.code(), shallow.out() + shallow.err());
        assertTrue(shallow.out().contains("no difference in the first 6 cycles from reset (bounded to depth 6, not proven)"),
                shallow.out());
        assertTrue(!shallow.out().contains("proven by"), shallow.out());
        Cli deep = Cli.run("prove", plain.toString(), tapped.toString(), "--depth", "7", "--patterns", "1");
        assertEquals(3, deep.code(), deep.out());
        assertTrue(deep.out().contains("in cycle 6 after inputs"), deep.out());
        assertEquals(2, Cli.run("prove", plain.toString(), tapped.toString(), "--depth", "0").code());
    }

    private static Netlist shiftRegister(String name, boolean tapped) {
        NetlistBuilder b = Netlist.builder(name).input("d").output("y");
        String prev = "d";
        List<String> all = new ArrayList<>(List.of("d"));
        for (int k = 0; k < 6; k++) {
            b.gate(GateType.DFF, "r" + k, prev);
            prev = "r" + k;
            all.add(prev);
        }
        if (tapped) {
            b.gate(GateType.AND, "all", all.toArray(String[]::new)).gate(GateType.XOR, "y", prev, "all");
        } else {
            b.gate(GateType.BUF, "y", prev);
        }
        return b.build();
    }

    private static Netlist changed(Netlist n, String net, GateType type) {
        NetlistBuilder b = Netlist.builder(n.name() + "-changed");
        n.inputNames().forEach(b::input);
        n.outputNames().forEach(b::output);
        for (int g = 0; g < n.gateCount(); g++) {
            String[] ins = new String[n.gateArity(g)];
            for (int p = 0; p < ins.length; p++) {
                ins[p] = n.netName(n.gateInput(g, p));
            }
            String out = n.netName(n.gateOutput(g));
            b.gate(out.equals(net) ? type : n.gateType(g), out, ins);
        }
        return b.build();
    }
}
