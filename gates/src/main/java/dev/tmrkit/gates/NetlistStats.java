package dev.tmrkit.gates;

import java.util.Map;

/**
 * Size figures of a netlist. {@code gates} counts every combinational cell including NOT, BUF and
 * constants, but not flip-flops, which are counted in {@code dffs}; {@code gateTypes} counts each type
 * (DFF included) in the enum's order.
 */
public record NetlistStats(int inputs, int outputs, int gates, int dffs, int depth, Map<GateType, Integer> gateTypes) {
    public NetlistStats {
        java.util.EnumMap<GateType, Integer> copy = new java.util.EnumMap<>(GateType.class);
        copy.putAll(gateTypes);
        gateTypes = java.util.Collections.unmodifiableMap(copy);
    }
}
