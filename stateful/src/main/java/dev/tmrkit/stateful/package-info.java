/**
 * Replicated state: majority voting lifted from bits to the values of replicated counters. This package
 * holds the value voter; {@code sim} is the deterministic simulator, {@code protocol} the vocabulary of
 * the counter protocol, {@code replica} its nodes, {@code check} the Jepsen-style checker and metrics,
 * and {@code run} turns a {@link dev.tmrkit.stateful.run.scenario.Scenario} into a
 * {@link dev.tmrkit.stateful.run.RunResult}.
 */
package dev.tmrkit.stateful;
