package dev.tmrkit.gates;

import java.util.List;

/** One reason a netlist is not well formed, with the nets involved and where it was declared. */
public record Problem(Kind kind, String message, List<String> nets, Location location) {
    /** The kinds of defect {@link NetlistBuilder#build()} detects. */
    public enum Kind {
        UNDRIVEN_NET,
        MULTIPLE_DRIVERS,
        COMBINATIONAL_CYCLE,
        WRONG_ARITY,
        DUPLICATE_NAME,
        EMPTY_NAME
    }

    public Problem {
        nets = List.copyOf(nets);
    }

    @Override
    public String toString() {
        return (location.isKnown() ? location + ": " : "") + message;
    }
}
