package dev.tmrkit.circuits.tmr;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.bench.BenchWriter;
import dev.tmrkit.circuits.tmr.TmrOptions.InputMode;
import dev.tmrkit.circuits.tmr.TmrOptions.OutputMode;
import dev.tmrkit.circuits.tmr.TmrRoles.Region;
import dev.tmrkit.circuits.tmr.TmrRoles.Role;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading roles back from names, with and without the netlist. */
class TmrRolesTest {
    private static Role role(Region region, Replica replica, String original) {
        return new Role(region, Optional.ofNullable(replica), original);
    }

    @Test
    void everyGeneratedFormReadsBack() {
        assertEquals(role(Region.REPLICA, Replica.B, "g"), TmrRoles.roleOf("$tmr$B$g"));
        assertEquals(role(Region.VOTER, Replica.C, "g"), TmrRoles.roleOf("$tmr$voteC$g"));
        assertEquals(role(Region.VOTER, Replica.A, "g"), TmrRoles.roleOf("$tmr$majA$g$bc"));
        assertEquals(role(Region.VOTER, null, "g"), TmrRoles.roleOf("$tmr$vote$g"));
        assertEquals(role(Region.VOTER, null, "g"), TmrRoles.roleOf("$tmr$maj$g$ac"));
        assertEquals(role(Region.REDUCTION_VOTER, null, "y"), TmrRoles.roleOf("$tmr$reduce$y$ab"));
        assertEquals(role(Region.MISMATCH, null, "g"), TmrRoles.roleOf("$tmr$diff$g$bc"));
        assertEquals(role(Region.MISMATCH, null, ""), TmrRoles.roleOf("$tmr$mismatch"));
        assertEquals(role(Region.MISMATCH, null, ""), TmrRoles.roleOf("$tmr$mismatch$12"));
        assertEquals(role(Region.UNREPLICATED, null, "y"), TmrRoles.roleOf("y"));
    }

    @Test
    void originalNamesWithDollarsAndKeywordsReadBackWhole() {
        for (String n : List.of("x$ab", "A$x", "vote$x", "$weird", "a$b$c", "mismatch", "$tmr")) {
            assertEquals(role(Region.REPLICA, Replica.A, n), TmrRoles.roleOf(TmrNames.replica(Replica.A, n)), n);
            assertEquals(role(Region.VOTER, Replica.B, n), TmrRoles.roleOf(TmrNames.voter(Replica.B, n)), n);
            assertEquals(role(Region.VOTER, null, n), TmrRoles.roleOf(TmrNames.singleVoter(n)), n);
            for (String term : List.of("$ab", "$bc", "$ac")) {
                assertEquals(role(Region.VOTER, Replica.C, n), TmrRoles.roleOf(TmrNames.voterTerms(Replica.C, n) + term), n);
                assertEquals(role(Region.REDUCTION_VOTER, null, n), TmrRoles.roleOf(TmrNames.reductionTerms(n) + term), n);
            }
            assertEquals(role(Region.MISMATCH, null, n), TmrRoles.roleOf(TmrNames.diff(n, "ab")), n);
        }
    }

    @Test
    void namesThePassNeverGeneratesAreRefused() {
        for (String bad : List.of("$tmr$", "$tmr$A", "$tmr$A$", "$tmr$D$x", "$tmr$voteD$x", "$tmr$maj$x", "$tmr$maj$x$xy",
                "$tmr$reduce$x", "$tmr$diff$x$ac", "$tmr$diffA$x$ab", "$tmr$mismatch$x", "$tmr$reduceA$x$ab")) {
            assertThrows(IllegalArgumentException.class, () -> TmrRoles.roleOf(bad), bad);
        }
    }

    @Test
    void theNetlistTellsSharedInputsReductionOutputsAndExcludedGatesApart() {
        Netlist n = Netlist.builder("n").input("a").input("b").output("y").output("z")
                .gate(GateType.AND, "y", "a", "b").gate(GateType.OR, "z", "a", "b").build();
        Netlist t = new TmrPass(TmrOptions.defaults().withExclude(Set.of("z"))).apply(n);
        assertEquals(Region.SHARED_INPUT, TmrRoles.regionOf(t, t.netId("a")));
        assertEquals(Region.REDUCTION_VOTER, TmrRoles.regionOf(t, t.netId("y")));
        assertEquals(Region.UNREPLICATED, TmrRoles.regionOf(t, t.netId("z")));
        assertEquals(Region.REPLICA, TmrRoles.regionOf(t, t.netId("$tmr$A$y")));
        // an excluded OR gate reading only inputs is not mistaken for a reduction voter
        assertEquals(GateType.OR, t.gate(t.driver(t.netId("z"))).type());
    }

    @Test
    void regionsSurviveAWriteAndReadBack() {
        qt().withFixedSeed(0x7317_0005L).withExamples(40).forAll(RandomNetlists.sequential(4, 20, 3)).checkAssert(n -> {
            for (TmrOptions o : List.of(TmrOptions.defaults().withMismatch(true),
                    TmrOptions.defaults().withInputs(InputMode.TRIPLICATED).withOutputs(OutputMode.TRIPLICATED)
                            .withScope(TmrOptions.Scope.GATES))) {
                Netlist t = new TmrPass(o).apply(n);
                Netlist back = new BenchReader().parse(new BenchWriter().write(t));
                for (int net = 0; net < t.netCount(); net++) {
                    String name = t.netName(net);
                    assertEquals(TmrRoles.regionOf(t, net), TmrRoles.regionOf(back, back.netId(name)), name);
                }
            }
        });
    }
}
