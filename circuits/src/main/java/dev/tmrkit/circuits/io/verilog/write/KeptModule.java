package dev.tmrkit.circuits.io.verilog.write;

import java.util.Objects;

/**
 * A group of gates that {@link KeptVerilogWriter} writes as one instance of its own module, marked so that
 * synthesis keeps the instance and does not optimise across its boundary.
 *
 * @param module   the module's name; groups asking for the same name whose bodies are identical share the module
 * @param instance the instance's name in the top module (unique among the groups, distinct from every net name)
 * @param shared   write the body with positional names ({@code i0, o0, w0, ...}) so that identical groups can share
 *                 one module (voters); otherwise the body keeps the netlist's net names (replicas)
 * @param gates    the gate indices of the group; a copy is kept
 */
public record KeptModule(String module, String instance, boolean shared, int[] gates) {
    public KeptModule {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(instance, "instance");
        gates = gates.clone();
    }

    @Override
    public int[] gates() {
        return gates.clone();
    }
}
