/**
 * The nodes of a replicated counter: {@link dev.tmrkit.stateful.replica.Replica} (every topology and
 * replication mode), {@link dev.tmrkit.stateful.replica.Client} (workload, voted and quorum reads),
 * {@link dev.tmrkit.stateful.replica.Observer} (the threshold monitor's eyes) and, in dynamic
 * redundancy, the {@link dev.tmrkit.stateful.replica.ViewService} that detects failures and promotes
 * spares. Nodes only react to messages and timers.
 */
package dev.tmrkit.stateful.replica;
