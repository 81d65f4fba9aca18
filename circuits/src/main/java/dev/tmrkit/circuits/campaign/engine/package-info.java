/**
 * The engines that run campaigns. {@link dev.tmrkit.circuits.campaign.engine.FaultSetCampaign} simulates
 * fault sets against the fault-free circuit, one set at a time, bit-parallel over patterns and spread over
 * threads: single stuck-at faults go through the stem-based block simulator (one fault-free run per chunk,
 * critical-path tracing in fanout-free regions, event-driven stem propagation); the rest through overlays and
 * event-driven cone re-evaluation. {@link dev.tmrkit.circuits.campaign.engine.MonteCarlo} estimates the
 * failure probability under random multi-bit upsets with a Wilson interval.
 */
package dev.tmrkit.circuits.campaign.engine;
