/**
 * Faults as values: stuck-at and transient bit-flip faults on sites (net stems, gate input pins, output
 * ports), applied as an overlay on an evaluator, never by editing a netlist.
 */
package dev.tmrkit.gates.fault;
