package dev.tmrkit.gates;

/**
 * Where something was declared in a source text: 1-based line and column. {@link #NONE} for netlists
 * built in code.
 */
public record Location(int line, int column) {
    public static final Location NONE = new Location(0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return isKnown() ? line + ":" + column : "?";
    }
}
