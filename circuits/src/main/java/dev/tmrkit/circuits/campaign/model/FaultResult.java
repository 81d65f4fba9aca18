package dev.tmrkit.circuits.campaign.model;

import dev.tmrkit.gates.fault.Fault;

/**
 * The outcome of one fault: {@code site} and {@code kind} as people read them, and for an unmasked fault
 * the first failing pattern (index in the campaign's pattern set) and, when the campaign ran every
 * pattern, how many patterns failed (-1 when fault dropping stopped early).
 */
public record FaultResult(Fault fault, String site, String kind, Outcome outcome, long firstFailingPattern, long failingPatterns) {
}
