/**
 * One run from a description: a {@link dev.tmrkit.stateful.run.Scenario} (the cluster, workload,
 * network, faults, duration and seed) is wired into a simulator by {@link dev.tmrkit.stateful.run.Cluster},
 * run, checked and measured into a {@link dev.tmrkit.stateful.run.RunResult};
 * {@link dev.tmrkit.stateful.run.Comparison} runs static and dynamic redundancy on the same seed and
 * fault schedule.
 */
package dev.tmrkit.stateful.run;
