package dev.tmrkit.circuits.tmr.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.bench.BenchWriter;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.AllOptions;
import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.TmrResult;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.vote.MajorityVoter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guard: a TMR netlist is recognised as intact, a merged one as merged, a plain one as not TMR. */
class TmrCheckTest {
    private static final List<String> CIRCUITS = List.of("c17", "counter:3", "tmr-gate");

    @Test
    void everyTmrNetlistIsIntactAndEveryVoterIsFoundByStructure() {
        for (String name : CIRCUITS) {
            Netlist original = BuiltinCircuits.byName(name).orElseThrow();
            for (TmrOptions o : AllOptions.all()) {
                TmrResult r = new TmrPass(o).run(original);
                TmrCheck check = TmrCheck.of(r.netlist());
                int voters = (r.report().voterGates() + r.report().reductionGates()) / MajorityVoter.GATE_COUNT;
                String what = name + " " + o.describe() + ": " + check.describe();
                assertEquals(voters > 0 ? TmrCheck.Verdict.INTACT : TmrCheck.Verdict.MERGED, check.verdict(), what);
                assertEquals(voters, check.voters(), what);
                for (Replica x : Replica.values()) {
                    assertEquals(r.report().replicaGates() / 3, check.replicas().get(x).gates()
                            + check.replicas().get(x).dffs(), what);
                }
            }
        }
    }

    @Test
    void replicasMergedTheWayOptMergeMergesThemAreReported() {
        Netlist tmr = new TmrPass(TmrOptions.defaults()).run(BuiltinCircuits.byName("c17").orElseThrow()).netlist();
        // what opt_merge does: replicas B and C become replica A, and a voter of three equal nets is its input
        List<String> merged = new ArrayList<>();
        for (String line : new BenchWriter().write(tmr).split("\n")) {
            if (!line.startsWith("$tmr$B$") && !line.startsWith("$tmr$C$")) {
                merged.add(line.replace("$tmr$B$", "$tmr$A$").replace("$tmr$C$", "$tmr$A$"));
            }
        }
        Netlist back = new BenchReader().parse("merged.bench", String.join("\n", merged) + "\n");
        TmrCheck check = TmrCheck.of(back);
        assertEquals(TmrCheck.Verdict.MERGED, check.verdict(), check.describe());
        assertEquals(0, check.voters(), "maj(a, a, a) reads one replica only");
        assertEquals(6, check.replicas().get(Replica.A).gates());
        assertEquals(0, check.replicas().get(Replica.B).gates());
    }

    @Test
    void aPlainNetlistIsNotTmrButOneNamedLikeTmrWithoutReplicasWasMerged() {
        Netlist c17 = BuiltinCircuits.byName("c17").orElseThrow();
        assertEquals(TmrCheck.Verdict.NOT_TMR, TmrCheck.of(c17).verdict());
        Netlist renamed = new BenchReader().parse("c17-tmr.bench", new BenchWriter().write(c17));
        assertEquals("c17-tmr", renamed.name());
        assertEquals(TmrCheck.Verdict.MERGED, TmrCheck.of(renamed).verdict());
    }
}
