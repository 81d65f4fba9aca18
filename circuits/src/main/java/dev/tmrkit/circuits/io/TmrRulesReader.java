package dev.tmrkit.circuits.io;

import dev.tmrkit.circuits.tmr.TmrOptions.RegisterVoting;
import dev.tmrkit.circuits.tmr.TmrRules;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a TMR constraints file ({@link TmrRules}). One directive per line, words separated by blanks,
 * {@code #} to the end of the line a comment:
 * <pre>
 * exclude PATTERN...        # keep these nets single (a gate by its output net, or an input)
 * vote PATTERN...           # vote these nets: the replicas read the voted value
 * vote-registers PATTERN... # a voter after each flip-flop whose output matches (other nets are skipped)
 * registers before|after    # scope registers: voters on the flip-flops' D inputs, or on their outputs
 * </pre>
 * A pattern is a net name or a glob ({@code *}, {@code ?}). Errors are {@code file:line:column: reason}.
 */
public final class TmrRulesReader {
    private TmrRulesReader() {
    }

    /** @throws ParseException for an unknown directive, a directive without patterns, or a bad registers choice */
    public static TmrRules read(String source, Reader in) throws IOException {
        SourceLines lines = new SourceLines(source, in);
        List<TmrRules.Entry> entries = new ArrayList<>();
        Optional<RegisterVoting> registers = Optional.empty();
        String line;
        int number = 0;
        while ((line = lines.next()) != null) {
            number++;
            int hash = line.indexOf('#');
            List<int[]> words = SourceLines.words(hash >= 0 ? line.substring(0, hash) : line);
            if (words.isEmpty()) {
                continue;
            }
            int[] first = words.get(0);
            String keyword = line.substring(first[0], first[1]);
            if (words.size() == 1) {
                throw new ParseException(source, number, first[1] + 1, "'" + keyword + "' needs "
                        + (keyword.equals("registers") ? "before or after" : "at least one net name or pattern"));
            }
            switch (keyword) {
                case "exclude", "vote", "vote-registers" -> {
                    TmrRules.Kind kind = keyword.equals("exclude") ? TmrRules.Kind.EXCLUDE
                            : keyword.equals("vote") ? TmrRules.Kind.VOTE : TmrRules.Kind.VOTE_REGISTERS;
                    for (int[] w : words.subList(1, words.size())) {
                        entries.add(new TmrRules.Entry(kind, line.substring(w[0], w[1]), number, w[0] + 1));
                    }
                }
                case "registers" -> {
                    int[] w = words.get(1);
                    String choice = line.substring(w[0], w[1]);
                    if (words.size() > 2 || !(choice.equals("before") || choice.equals("after"))) {
                        throw new ParseException(source, number, w[0] + 1, "registers takes before or after, not '"
                                + line.substring(w[0], words.get(words.size() - 1)[1]) + "'");
                    }
                    registers = Optional.of(choice.equals("before") ? RegisterVoting.BEFORE : RegisterVoting.AFTER);
                }
                default -> throw new ParseException(source, number, first[0] + 1, "unknown directive '" + keyword
                        + "': expected exclude, vote, vote-registers or registers");
            }
        }
        return new TmrRules(source, entries, registers);
    }
}
