package dev.tmrkit.cli.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import dev.tmrkit.stateful.run.Sweep;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.run.scenario.Workload;
import dev.tmrkit.stateful.sim.Time;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@code tmrkit replicas sweep}: the first failing seed, its shrunk schedule, and a command that reproduces it. */
class ReplicasSweepCommandTest {
    @Test
    void theReproducingCommandFailsAsTheSweepSays() {
        Cli r = Cli.run("replicas", "sweep", "--seeds", "1..200", "--duration", "2s", "--rate", "200");
        assertEquals(1, r.code(), r.err() + r.out());
        Scenario base = Scenario.builder().duration(2 * Time.S).workload(Workload.DEFAULT.withRate(200))
                .settle(500 * Time.MS).build();
        Sweep.Result expected = Sweep.run(base, 1, 200);
        assertTrue(r.out().contains("result     seed " + expected.firstFailing() + " fails"), r.out());
        String line = r.out().lines().filter(l -> l.startsWith("reproduce  tmrkit replicas run ")).findFirst().orElseThrow();
        String[] args = line.substring("reproduce  tmrkit ".length()).replace("'", "").split(" ");
        Cli again = Cli.run(args);
        assertEquals(1, again.code(), Arrays.toString(args) + "\n" + again.out() + again.err());
    }

    @Test
    void faultOptionsAndBadRangesAreRefused() {
        Cli crash = Cli.run("replicas", "sweep", "--crash", "0@1s");
        assertEquals(2, crash.code());
        assertTrue(crash.err().contains("--crash is drawn per seed"), crash.err());
        Cli range = Cli.run("replicas", "sweep", "--seeds", "5..2");
        assertEquals(2, range.code());
        assertTrue(range.err().contains("--seeds takes FROM..TO"), range.err());
    }
}
