package dev.tmrkit.cli.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tmrkit replicas scenario}: the named scenarios, each the command it says it runs. */
class ReplicasScenarioCommandTest {
    @Test
    void listNamesTheChaptersScenarios() {
        Cli r = Cli.run("replicas", "scenario", "--list");
        assertEquals(0, r.code(), r.err());
        for (String name : List.of("zero-two-five", "missed-threshold", "partition-lag", "leader-crash-async")) {
            assertTrue(r.out().contains(name + " "), name);
        }
    }

    @Test
    void zeroTwoFiveShowsValuesShippedStateBasedAndOperationsLogBased() {
        Cli r = Cli.run("replicas", "scenario", "zero-two-five");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("state-based: the leader sends n1\n  state: value 2, version 1\n  state: value 5, version 2\n"
                + "  read -> 5\nlog-based: the leader sends n1\n  operation: increment(2)\n  operation: increment(3)\n  read -> 5\n"),
                r.out());
    }

    @Test
    void eachOtherScenarioPrintsWhatToLookAtThenExactlyTheCommandItNames() {
        for (NamedScenarios.Named n : NamedScenarios.ALL) {
            if (n.args().isEmpty()) {
                continue;
            }
            Cli r = Cli.run("replicas", "scenario", n.name(), "--seed", "3");
            List<String> args = new ArrayList<>(List.of("replicas", n.command()));
            args.addAll(n.args());
            args.addAll(List.of("--seed", "3"));
            Cli direct = Cli.run(args.toArray(new String[0]));
            assertEquals(direct.code(), r.code(), n.name());
            assertTrue(r.out().startsWith("scenario   " + n.name() + ": "), r.out());
            assertTrue(r.out().contains("look at    " + n.lookAt()), r.out());
            assertTrue(r.out().endsWith(direct.out()), n.name() + ": the scenario's report is the command's");
        }
    }

    @Test
    void anUnknownScenarioIsRefused() {
        Cli r = Cli.run("replicas", "scenario", "nope");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no scenario 'nope'; there are zero-two-five"), r.err());
    }
}
