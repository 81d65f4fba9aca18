/**
 * Monte Carlo missions of redundant replicas, checked against the closed forms of reliability theory.
 *
 * <p>A {@link dev.tmrkit.stateful.mission.Configuration} says how many replicas are active, how many
 * must work (the majority threshold of the voter), how many cold spares wait, and how fast a failed
 * replica is repaired. Each replica fails after an exponential time with rate λ. A
 * {@link dev.tmrkit.stateful.mission.Mission} follows one system from time 0 to its failure, event by
 * event (replica failures, spare switch-overs, repair completions); the
 * {@link dev.tmrkit.stateful.mission.MissionSimulator} runs many missions in parallel, mission {@code i}
 * drawing from the {@code i}-th split of the root seed, so results do not depend on the thread count.
 *
 * <p>The simulated mean time to failure and reliability R(t) come back with 99% confidence intervals
 * ({@link dev.tmrkit.stateful.mission.MeanInterval}, {@link dev.tmrkit.gates.stats.Wilson}); a
 * {@link dev.tmrkit.stateful.mission.MissionReport} sets each beside its
 * {@link dev.tmrkit.stateful.mission.ClosedForms closed form} or, where none is known, the exact
 * {@link dev.tmrkit.stateful.mission.FailureChain Markov chain} solution.
 */
package dev.tmrkit.stateful.mission;
