/**
 * Judging a run: the operation {@link dev.tmrkit.stateful.check.History}, a counter checker in the
 * manner of Jepsen's (every read within the sum of increments acknowledged before it and the sum
 * attempted, since the last reset; lost and double-counted increments), replication lag split into
 * inherent and imposed, and the threshold monitor's missed crossings. Nothing here knows the protocol.
 */
package dev.tmrkit.stateful.check;
