package dev.tmrkit.circuits.io;

import java.util.List;

/**
 * A netlist text that cannot be read, located at a 1-based line and column of a named source. The
 * message reads {@code source:line:column: reason}, like a compiler's. When a reader finds several
 * independent problems (say, three undriven nets) it reports all of them as {@link #diagnostics()},
 * sorted by position; the first one is the main error that {@link #line()}, {@link #column()} and
 * {@link #reason()} describe.
 */
public class ParseException extends RuntimeException {
    /** One problem at a position of the source. */
    public record Diagnostic(int line, int column, String reason) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + reason;
        }
    }

    private final String source;
    private final transient List<Diagnostic> diagnostics;

    /** A single problem. */
    public ParseException(String source, int line, int column, String reason) {
        this(source, List.of(new Diagnostic(line, column, reason)));
    }

    /** Several problems; the first is the main one. */
    public ParseException(String source, List<Diagnostic> diagnostics) {
        super(source + ":" + diagnostics.get(0));
        this.source = source;
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The file name as given, or {@code "<string>"} for text parsed from memory. */
    public String source() {
        return source;
    }

    /** 1-based line of the main problem. */
    public int line() {
        return diagnostics.get(0).line();
    }

    /** 1-based column of the main problem (tabs count as one column). */
    public int column() {
        return diagnostics.get(0).column();
    }

    /** What was expected and what was found, without the location prefix. */
    public String reason() {
        return diagnostics.get(0).reason();
    }

    /** Every problem found, the main one first; never empty. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** At most this many diagnostics are listed by {@link #report()}; the rest are counted. */
    public static final int REPORT_LIMIT = 20;
    /** A reported line is cut after this many characters (a hostile file may have megabyte lines). */
    public static final int LINE_LIMIT = 300;

    /**
     * The diagnostics, one per line, each as {@code source:line:column: reason}: the first
     * {@value #REPORT_LIMIT}, then "… and N more", each line at most {@value #LINE_LIMIT} characters, no
     * trailing line break.
     */
    public String report() {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(REPORT_LIMIT, diagnostics.size());
        for (int k = 0; k < shown; k++) {
            String line = source + ":" + diagnostics.get(k);
            if (line.length() > LINE_LIMIT) {
                line = line.substring(0, LINE_LIMIT) + "… (" + (line.length() - LINE_LIMIT) + " more characters)";
            }
            sb.append(k == 0 ? "" : "\n").append(line);
        }
        if (diagnostics.size() > shown) {
            sb.append("\n… and ").append(diagnostics.size() - shown).append(" more");
        }
        return sb.toString();
    }
}
