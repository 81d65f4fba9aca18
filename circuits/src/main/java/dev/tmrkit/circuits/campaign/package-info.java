/**
 * Fault lists and fault-injection campaigns: which faults to inject, which patterns to apply, how to
 * judge the outputs, and the per-fault outcomes with their statistics.
 */
package dev.tmrkit.circuits.campaign;
