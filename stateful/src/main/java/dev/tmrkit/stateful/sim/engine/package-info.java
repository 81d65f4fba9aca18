/**
 * The simulator: {@link dev.tmrkit.stateful.sim.engine.Simulator} owns the clock, the event queue (ordered by
 * time, then by a sequence number), the network and the fault schedule; a
 * {@link dev.tmrkit.stateful.sim.engine.TraceListener} sees every event, and
 * {@link dev.tmrkit.stateful.sim.engine.Simulator#traceHash()} fingerprints the trace.
 */
package dev.tmrkit.stateful.sim.engine;
