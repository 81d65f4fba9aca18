/**
 * Replicated state: majority voting lifted from bits to the values of replicated counters. This module
 * grows into a deterministic discrete-event simulation of replicas; so far it holds the value voter.
 */
package dev.tmrkit.stateful;
