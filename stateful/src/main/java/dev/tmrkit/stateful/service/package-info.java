/**
 * Round-robin composition beside voting: a stateless replicated service (the chapter's gate, lifted: a
 * pure function served by N replicas) behind a dispatcher that either spreads requests round-robin
 * (availability and throughput, no masking of wrong values) or sends each to every replica and votes
 * (masking, at N times the work), simulated on the same discrete-event simulator as the counters.
 */
package dev.tmrkit.stateful.service;
