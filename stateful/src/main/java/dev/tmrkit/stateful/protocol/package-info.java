/**
 * The vocabulary replicated counters share: client operations ({@link dev.tmrkit.stateful.protocol.Op}),
 * the messages and timers of the protocol (sealed interfaces of records), views of the membership, the
 * configuration choices (topology, synchronous or asynchronous, state- or log-based, static or dynamic
 * redundancy) and the {@link dev.tmrkit.stateful.protocol.Probe} through which nodes report what the
 * checker needs.
 */
package dev.tmrkit.stateful.protocol;
