/**
 * A deterministic discrete-event simulator in the manner of dslabs: nodes only react — to a message or
 * a timer — and their only effects are {@link dev.tmrkit.stateful.sim.Context#send sending} and
 * {@link dev.tmrkit.stateful.sim.Context#setTimer setting timers}; the simulator owns the clock, the
 * event queue (ordered by time, then by a sequence number), the network and the faults. Every random
 * choice comes from one seed, split per subsystem ({@link dev.tmrkit.stateful.sim.Streams}), so a seed
 * replays a run exactly; {@link dev.tmrkit.stateful.sim.Simulator#traceHash()} fingerprints the trace.
 */
package dev.tmrkit.stateful.sim;
