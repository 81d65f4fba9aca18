/**
 * One run from a description: a {@link dev.tmrkit.stateful.run.scenario.Scenario} is wired into a simulator by
 * {@link dev.tmrkit.stateful.run.Cluster}, run, checked and measured into a
 * {@link dev.tmrkit.stateful.run.RunResult}; {@link dev.tmrkit.stateful.run.Comparison} runs static and dynamic
 * redundancy on the same seed and fault schedule, {@link dev.tmrkit.stateful.run.Sweep} searches seeds for a
 * failing run and shrinks it, and {@link dev.tmrkit.stateful.run.SimulatedCounter} hides a cluster behind the
 * client library's {@link dev.tmrkit.stateful.run.ReplicatedCounter}.
 */
package dev.tmrkit.stateful.run;
