/**
 * Majority voting, the heart of triple modular redundancy: the voter as a real four-gate netlist that
 * passes can instantiate, and the same function on whole machine words for bit-parallel and
 * replicated-state code.
 */
package dev.tmrkit.gates.vote;
