/**
 * What a run is made from: a {@link dev.tmrkit.stateful.run.scenario.Scenario} (the cluster, workload,
 * network, faults, duration and seed) with its {@link dev.tmrkit.stateful.run.scenario.Workload}, the named
 * scenarios' defaults, the standard replication configurations, and the nemesis that draws fault schedules
 * for sweeps. Nothing here runs a simulation.
 */
package dev.tmrkit.stateful.run.scenario;
