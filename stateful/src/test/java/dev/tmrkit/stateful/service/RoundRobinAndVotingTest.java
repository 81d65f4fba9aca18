package dev.tmrkit.stateful.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-robin composition against voting, on what each must give: round-robin N times the capacity and
 * no masking; voting masking at N times the work.
 */
class RoundRobinAndVotingTest {
    private static ServiceRun.Setup setup(Dispatch d, double rate, List<Fault> faults) {
        return new ServiceRun.Setup(d, 3, rate, Time.MS, 5 * Time.S, 100 * Time.MS, faults, 1);
    }

    @Test
    void votingCostsThreeTimesTheWorkOfRoundRobin() {
        ServiceRun.Result rr = ServiceRun.run(setup(Dispatch.ROUND_ROBIN, 500, List.of()));
        ServiceRun.Result vote = ServiceRun.run(setup(Dispatch.VOTING, 500, List.of()));
        assertEquals(rr.requests(), rr.correct());
        assertEquals(vote.requests(), vote.correct());
        // work per request: the mean service time (1 ms) once, or on each of 3 replicas; the sample mean of ~2500
        // exponential times lies within 5 standard errors (5 * 1 ms / sqrt(2500) = 0.1 ms) of it
        assertEquals(1000, rr.workPerRequest(), 100);
        assertEquals(3000, vote.workPerRequest(), 3 * 100);
        assertEquals(3 * rr.capacity(), 3 * 3 * vote.capacity(), 1e-9, "capacity: N/S against 1/S");
    }

    @Test
    void aWrongReplicaIsMaskedByVotingButServesItsShareUnderRoundRobin() {
        List<Fault> flip = List.of(new Fault.Flip(2, 2 * Time.S, 3));
        ServiceRun.Result rr = ServiceRun.run(setup(Dispatch.ROUND_ROBIN, 500, flip));
        ServiceRun.Result vote = ServiceRun.run(setup(Dispatch.VOTING, 500, flip));
        assertEquals(0, vote.wrong());
        assertEquals(vote.requests(), vote.correct());
        // every third request after the flip goes to the faulty replica (within 1 of a third, and of the arrivals after 2 s)
        assertTrue(rr.wrong() > 0.3 * rr.requests() * 3 / 5 * 0.9 && rr.wrong() < rr.requests() / 3.0 * 3 / 5 * 1.1,
                rr.wrong() + " of " + rr.requests());
    }

    @Test
    void aCrashCostsRoundRobinTheRequestsSentBeforeItIsSuspectedAndVotingNothing() {
        List<Fault> crash = List.of(Fault.Crash.stop(1, 2 * Time.S));
        ServiceRun.Result rr = ServiceRun.run(setup(Dispatch.ROUND_ROBIN, 500, crash));
        ServiceRun.Result vote = ServiceRun.run(setup(Dispatch.VOTING, 500, crash));
        assertEquals(0, vote.unavailable(), "two of three still form a majority");
        // round-robin loses what it sends the dead replica until the first timeout (100 ms at ~500/s, a third of it),
        // plus what was queued there: a few dozen, not more
        assertTrue(rr.unavailable() > 0 && rr.unavailable() < 40, rr.unavailable() + " unavailable");
    }

    @Test
    void aboveItsCapacityVotingCollapsesWhileRoundRobinStillServes() {
        ServiceRun.Result rr = ServiceRun.run(setup(Dispatch.ROUND_ROBIN, 2000, List.of()));
        ServiceRun.Result vote = ServiceRun.run(setup(Dispatch.VOTING, 2000, List.of()));
        assertTrue(2000 > vote.capacity() && 2000 < rr.capacity());
        assertEquals(rr.requests(), rr.correct());
        assertTrue(vote.unavailable() > vote.requests() / 2, vote.unavailable() + " of " + vote.requests());
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        ServiceRun.Setup s = setup(Dispatch.VOTING, 800, List.of(Fault.Crash.stop(0, Time.S)));
        assertEquals(ServiceRun.run(s), ServiceRun.run(s));
    }
}
