package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.sat.EquivalenceProver;
import dev.tmrkit.circuits.sat.Mutations;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.check.Counterexample;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.testing.Corpus;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tmrkit's SAT equivalence verdicts against ABC {@code cec} on every ISCAS-85 circuit, its TMR and a mutant. */
class SatAgainstAbcTest {
    private static final EquivalenceProver.Settings SAT = new EquivalenceProver.Settings(1, 1, Duration.ofSeconds(60));

    @Test
    void satAndAbcCecAgreeOnTmrNetlistsAndMutants(@TempDir Path dir) throws IOException {
        ExternalTool.require(ExternalTool.ABC);
        TmrPass tmr = new TmrPass(TmrOptions.defaults());
        SplittableRandom random = new SplittableRandom(5);
        int checked = 0;
        int different = 0;
        for (Path bench : Corpus.files("iscas85", "bench")) {
            Netlist n = new BenchReader().read(bench);
            Netlist t = tmr.apply(n);
            assertTrue(EquivalenceProver.bySat(n, t, SAT).proven(), n.name() + " TMR");
            Netlist m = Mutations.mutated(n, random);
            Path file = dir.resolve(n.name() + "-mutant.blif");
            NetlistFiles.write(m, file);
            ExternalTool.Result abc = ExternalTool.abc(dir, "cec " + bench.toAbsolutePath() + " " + file.getFileName());
            boolean abcEquivalent = abc.output().contains("Networks are equivalent");
            assertTrue(abcEquivalent || abc.output().contains("NOT EQUIVALENT"), abc.output());
            EquivalenceProver.Result r = EquivalenceProver.bySat(n, m, SAT);
            assertEquals(abcEquivalent ? EquivalenceProver.Status.PROVEN : EquivalenceProver.Status.DIFFERENT, r.status(), n.name());
            if (!abcEquivalent) {
                different++;
                Counterexample c = r.counterexample().orElseThrow();
                boolean[] v = new boolean[n.inputCount()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = c.inputs().get(0).charAt(i) == '1';
                }
                assertNotEquals(new ReferenceEvaluator(n).evaluate(v)[c.output()], new ReferenceEvaluator(m).evaluate(v)[c.output()],
                        n.name() + ": the counterexample distinguishes");
            }
            checked++;
        }
        assertEquals(11, checked);
        assertTrue(different >= 6, "most mutants differ: " + different);
    }
}
