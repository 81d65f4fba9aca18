package dev.tmrkit.cli.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.check.Linearizability;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.run.Cluster;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.run.scenario.Workload;
import dev.tmrkit.stateful.sim.Time;
import org.junit.jupiter.api.Test;

/** The checker's verdict through {@code replicas run}: exit codes 0 / 1 like Maelstrom, the verdict and window in JSON. */
class ReplicasVerdictTest {
    @Test
    void aFaultFreeSynchronousRunIsValidAndExitsZero() {
        Cli r = Cli.run("replicas", "run", "--duration", "1s", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"seed\":1,\"verdict\":\"valid\""), r.out());
        assertTrue(r.out().contains("\"linearizability\":{\"verdict\":\"valid\""), r.out());
    }

    @Test
    void asynchronousReplicationWithVotedReadsIsInvalidExitsOneAndPrintsAWindowThatIsAProof() {
        Cli r = Cli.run("replicas", "run", "--duration", "1s", "--replication", "async", "--resets", "0");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\\nverdict \\(exit code\\) +invalid \\(1\\)\\n.*"), r.out());
        assertTrue(r.out().contains("window     the smallest window"), r.out());
        // the window printed is the library's, and it ends with the operation no order explains
        Scenario s = Scenario.builder().duration(Time.S).replication(Replication.ASYNC)
                .workload(Workload.DEFAULT.withMix(Workload.DEFAULT.increments(), 0)).build();
        History[] h = new History[1];
        Cluster.run(s, null, x -> h[0] = x);
        Linearizability.Result l = Linearizability.check(h[0]);
        Linearizability.WindowOp last = l.window().get(l.window().size() - 1);
        assertTrue(r.out().contains("  #" + last.index() + " " + last.what()), r.out());
        assertTrue(l.window().stream().anyMatch(w -> w.index() == l.failedOp()));
        Cli json = Cli.run("replicas", "run", "--duration", "1s", "--replication", "async", "--resets", "0", "--format", "json");
        assertEquals(1, json.code());
        assertTrue(json.out().contains("\"verdict\":\"invalid\""), json.out());
        assertEquals(l.failedOp(), json.jsonLong("failedOp"));
    }
}
