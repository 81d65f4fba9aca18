/**
 * {@code tmrkit replicas}: runs, comparisons and missions of the replicated-counter simulator, with
 * their reports, traces and timelines.
 */
package dev.tmrkit.cli.replicas;
