/**
 * The statistics both library modules report with: the Wilson score interval of a proportion and the
 * quantiles of the standard normal distribution. Pure functions, no I/O. They live in {@code gates}
 * because it is the only module that both {@code circuits} (fault-injection and Monte Carlo campaigns)
 * and {@code stateful} (mission simulations) depend on.
 */
package dev.tmrkit.gates.stats;
