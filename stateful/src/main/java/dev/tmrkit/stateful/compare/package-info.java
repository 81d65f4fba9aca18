/**
 * Why static and dynamic redundancy differ on the same seed: every unavailable or wrong operation is
 * attributed to the situation it met (the leader down, a member down, a reconfiguration, a network
 * fault, none), and each metric of the compare report that differs gets an explanation naming the
 * mechanism behind it (no failover, detection delay, reconfiguration, the voter's masking, heartbeat
 * traffic, state transfers).
 */
package dev.tmrkit.stateful.compare;
