/**
 * The vocabulary of a deterministic discrete-event simulation in the manner of dslabs: nodes only react — to a
 * {@link dev.tmrkit.stateful.sim.Message} or a {@link dev.tmrkit.stateful.sim.Timer} — and their only effects
 * are {@link dev.tmrkit.stateful.sim.Context#send sending} and {@link dev.tmrkit.stateful.sim.Context#setTimer
 * setting timers}; {@link dev.tmrkit.stateful.sim.Time}, the network's settings, and the seed split per
 * subsystem ({@link dev.tmrkit.stateful.sim.Streams}) so a seed replays a run exactly. The faults are in
 * {@code sim.fault}, the simulator itself in {@code sim.engine}.
 */
package dev.tmrkit.stateful.sim;
