package dev.tmrkit.gates;

/** Input pin {@code pin} of gate {@code gate}: the end of one fanout branch of the net it reads. */
public record Pin(int gate, int pin) {
}
