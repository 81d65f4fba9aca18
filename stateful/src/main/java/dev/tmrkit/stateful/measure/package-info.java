/**
 * What a replica run measures beside the checker's verdict: replication lag (inherent and imposed, per replica
 * and over time) and client latency, as percentiles.
 */
package dev.tmrkit.stateful.measure;
