package dev.tmrkit.cli.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import dev.tmrkit.stateful.service.Dispatch;
import dev.tmrkit.stateful.service.ServiceRun;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tmrkit replicas service}: round-robin and voting side by side, the library's figures. */
class ReplicasServiceCommandTest {
    @Test
    void printsBothDispatchersAsTheLibraryRunsThem() {
        Cli r = Cli.run("replicas", "service", "--duration", "2s", "--flip", "2@1s:3", "--format", "json");
        assertEquals(0, r.code(), r.err());
        ServiceRun.Setup s = new ServiceRun.Setup(Dispatch.ROUND_ROBIN, 3, 500, Time.MS, 2 * Time.S, 100 * Time.MS,
                List.of(new Fault.Flip(2, Time.S, 3)), 1);
        ServiceRun.Result rr = ServiceRun.run(s);
        ServiceRun.Result vote = ServiceRun.run(s.with(Dispatch.VOTING));
        assertTrue(rr.wrong() > 0 && vote.wrong() == 0);
        assertTrue(r.out().contains("\"round-robin\":{\"requests\":" + rr.requests() + ",\"correct\":" + rr.correct() + ",\"wrong\":"
                + rr.wrong()), r.out());
        assertTrue(r.out().contains("\"voting\":{\"requests\":" + vote.requests() + ",\"correct\":" + vote.correct() + ",\"wrong\":0"),
                r.out());
    }

    @Test
    void aMissingReplicaOrARecoveringCrashIsRefused() {
        assertEquals(2, Cli.run("replicas", "service", "--crash", "5@1s").code());
        Cli r = Cli.run("replicas", "service", "--crash", "1@1s-2s");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("crash-stop"), r.err());
    }
}
