package dev.tmrkit.circuits.io;

import dev.tmrkit.circuits.faults.Adjacency;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a placement of fault sites as rows of physical neighbours ({@link Adjacency}). The format: one row
 * per line, the net names of its sites (flip-flop outputs for SEUs) separated by blanks, in physical order;
 * {@code #} starts a comment; blank lines are skipped. An upset of K adjacent sites strikes K consecutive
 * names of one line. Example, two register banks of a TMR netlist:
 * <pre>
 * # bank 0, replica A then B side by side
 * $tmr$A$q0 $tmr$A$q1 $tmr$A$q2
 * $tmr$B$q0 $tmr$B$q1 $tmr$B$q2
 * </pre>
 * Lines are checked like netlist sources ({@link SourceLines}); names are resolved against the netlist
 * later ({@link Adjacency#resolve}), still with their positions.
 */
public final class AdjacencyReader {
    private AdjacencyReader() {
    }

    /** @throws ParseException for a control character or an over-long line, or a file without any row */
    public static Adjacency read(String source, Reader in) throws IOException {
        SourceLines lines = new SourceLines(source, in);
        List<List<Adjacency.Cell>> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = lines.next()) != null) {
            number++;
            int hash = line.indexOf('#');
            String text = hash >= 0 ? line.substring(0, hash) : line;
            List<Adjacency.Cell> row = new ArrayList<>();
            for (int[] w : SourceLines.words(text)) {
                row.add(new Adjacency.Cell(text.substring(w[0], w[1]), number, w[0] + 1));
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new ParseException(source, Math.max(1, number), 1, "no row of sites (one line of net names per row)");
        }
        return Adjacency.of(source, rows);
    }
}
