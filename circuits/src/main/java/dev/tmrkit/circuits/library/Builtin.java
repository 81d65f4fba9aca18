package dev.tmrkit.circuits.library;

/**
 * One entry of the built-in circuit catalogue.
 *
 * @param name the lower-case name, e.g. {@code ripple-adder}
 * @param parameters the parameter syntax appended to the name, e.g. {@code [:N]}; empty when the circuit
 *     takes no parameters
 * @param description what the circuit is, its parameters' defaults and ranges, and its ports
 * @param source where it comes from: {@link #LIBRARY} for circuits built in code, else the suite and the
 *     repository file it was bundled from, e.g. {@code ISCAS-85, benchmarks/iscas85/c432.bench}
 */
public record Builtin(String name, String parameters, String description, String source) {
    /** The source of the circuits built gate by gate in code. */
    public static final String LIBRARY = "library";

    /** The name with its parameter syntax, e.g. {@code comparator[:N[:K]]}. */
    public String usage() {
        return name + parameters;
    }
}
