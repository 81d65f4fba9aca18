/**
 * The faults a simulation injects: crashes, omissions, partitions and bit flips
 * ({@link dev.tmrkit.stateful.sim.fault.Fault}), drawn at given rates ({@link dev.tmrkit.stateful.sim.fault.FaultRates})
 * into a {@link dev.tmrkit.stateful.sim.fault.FaultSchedule}.
 */
package dev.tmrkit.stateful.sim.fault;
