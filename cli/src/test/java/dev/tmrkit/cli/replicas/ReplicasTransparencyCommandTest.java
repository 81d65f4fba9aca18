package dev.tmrkit.cli.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.run.Cluster;
import dev.tmrkit.stateful.run.RunResult;
import dev.tmrkit.stateful.run.scenario.ReplicationConfigurations;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.run.scenario.Workload;
import dev.tmrkit.stateful.sim.Time;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code tmrkit replicas transparency}: one row per configuration and redundancy, the library's figures. */
class ReplicasTransparencyCommandTest {
    @Test
    void everyConfigurationGetsARowWithTheLibrarysTransparency() {
        Cli r = Cli.run("replicas", "transparency", "--duration", "1s", "--rate", "200");
        assertEquals(0, r.code(), r.err());
        Scenario base = Scenario.builder().duration(Time.S).workload(Workload.DEFAULT.withRate(200)).build();
        int rows = 0;
        for (ReplicationConfigurations.Named c : ReplicationConfigurations.standard()) {
            for (Redundancy red : Redundancy.values()) {
                if (!c.takes(red)) {
                    continue;
                }
                RunResult run = Cluster.run(c.of(base, red));
                java.util.List<String> expected = java.util.List.of(c.label(), red.label(),
                        String.format(Locale.ROOT, "%.1f %%", 100 * run.transparency()), run.judgement().verdict().label());
                assertTrue(r.out().lines().map(l -> java.util.List.of(l.split(" {2,}"))).anyMatch(cols -> cols.size() > 4
                        && cols.subList(0, 4).equals(expected)), expected + " in\n" + r.out());
                rows++;
            }
        }
        assertEquals(19, rows, "ten configurations, the CRDT in static redundancy only");
    }

    @Test
    void theOptionsSetPerRowAreRefused() {
        Cli r = Cli.run("replicas", "transparency", "--mode", "log");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--mode is set per configuration"), r.err());
        assertEquals("", r.out());
    }
}
