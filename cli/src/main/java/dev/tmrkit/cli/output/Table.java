package dev.tmrkit.cli.output;

import java.util.ArrayList;
import java.util.List;

/** A text table with aligned columns, or the same rows as CSV. */
public final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... header) {
        this.header = List.of(header);
    }

    public Table row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(String.valueOf(c));
        }
        rows.add(r);
        return this;
    }

    /** Aligned text for a terminal: control characters in cells are shown as escapes (see {@link Terminal}). */
    public String text() {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : this.rows) {
            rows.add(r.stream().map(Terminal::safe).toList());
        }
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width);
        for (List<String> r : rows) {
            line(sb, r, width);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            l.append(i == 0 ? "" : "  ").append(String.format("%-" + width[i] + "s", cells.get(i)));
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    public String csv() {
        StringBuilder sb = new StringBuilder();
        sb.append(csvLine(header));
        for (List<String> r : rows) {
            sb.append(csvLine(r));
        }
        return sb.toString();
    }

    /** One CSV record of these cells (for rows written one at a time), as {@link #csv()} writes each row. */
    public static String csvRecord(List<?> cells) {
        return csvLine(cells.stream().map(String::valueOf).toList());
    }

    /**
     * One RFC 4180 record: a cell with a comma, quote, CR or LF is quoted (quotes doubled); a cell that a
     * spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR, and neither a number nor the
     * lone {@code -} that marks "none") gets a
     * leading apostrophe, as OWASP recommends against CSV injection.
     */
    private static String csvLine(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = csvCell(cells.get(i));
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                c = "\"" + c.replace("\"", "\"\"") + "\"";
            }
            sb.append(i == 0 ? "" : ",").append(c);
        }
        return sb.append('\n').toString();
    }

    static String csvCell(String c) {
        if (c.isEmpty() || "=+-@\t\r".indexOf(c.charAt(0)) < 0 || NUMBER.matcher(c).matches() || c.equals("-")) {
            return c;
        }
        return "'" + c;
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
}
