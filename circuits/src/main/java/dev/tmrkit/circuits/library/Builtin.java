package dev.tmrkit.circuits.library;

/**
 * One entry of the built-in circuit catalogue.
 *
 * @param name the lower-case name, e.g. {@code ripple-adder}
 * @param parameters the parameter syntax appended to the name, e.g. {@code [:N]}; empty when the circuit
 *     takes no parameters
 * @param description what the circuit is, its parameters' defaults and ranges, and its ports
 */
public record Builtin(String name, String parameters, String description) {

    /** The name with its parameter syntax, e.g. {@code comparator[:N[:K]]}. */
    public String usage() {
        return name + parameters;
    }
}
