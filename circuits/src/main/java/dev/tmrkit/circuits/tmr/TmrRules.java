package dev.tmrkit.circuits.tmr;

import dev.tmrkit.circuits.tmr.TmrOptions.RegisterVoting;
import dev.tmrkit.gates.Netlist;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where voters go, as a constraints file says it (the role of TMRG's {@code tmrg} directives and of
 * SpyDrNet-TMR's exclusion lists): nets to keep single, nets to vote, and whether scope registers votes
 * before or after the flip-flops. Read by {@code dev.tmrkit.circuits.io.TmrRulesReader}; each entry keeps
 * its position so that a pattern matching nothing is reported where it was written.
 *
 * @param source    the file's name
 * @param entries   the exclude and vote patterns, in file order
 * @param registers the register voting the file asks for, if it does
 */
public record TmrRules(String source, List<Entry> entries, Optional<RegisterVoting> registers) {
    /** What an entry does to its nets. */
    public enum Kind {
        /** Keep the nets single ({@link TmrOptions#exclude()}). */
        EXCLUDE,
        /** Vote the nets ({@link TmrOptions#vote()}). */
        VOTE,
        /** Vote the flip-flops whose outputs match ({@link TmrOptions#voteRegisters()}). */
        VOTE_REGISTERS;

        /** The rule's keyword: {@code exclude}, {@code vote}, {@code vote-registers}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One pattern ({@link NetPattern}) at a 1-based line and column of the source. */
    public record Entry(Kind kind, String pattern, int line, int column) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            new NetPattern(pattern);
        }
    }

    public TmrRules {
        Objects.requireNonNull(source, "source");
        entries = List.copyOf(entries);
        Objects.requireNonNull(registers, "registers");
    }

    /** {@code options} with these rules added: their patterns joined to its own, their register voting if given. */
    public TmrOptions applyTo(TmrOptions options) {
        TreeSet<String> exclude = new TreeSet<>(options.exclude());
        TreeSet<String> vote = new TreeSet<>(options.vote());
        TreeSet<String> registerVote = new TreeSet<>(options.voteRegisters());
        for (Entry e : entries) {
            (e.kind() == Kind.EXCLUDE ? exclude : e.kind() == Kind.VOTE ? vote : registerVote).add(e.pattern());
        }
        TmrOptions o = options.withExclude(exclude).withVote(vote).withVoteRegisters(registerVote);
        return registers.isPresent() ? o.withRegisters(registers.get()) : o;
    }

    /**
     * @throws IllegalArgumentException {@code source:line:column: reason} for the first pattern that matches
     *                                  no net of {@code netlist}
     */
    public void check(Netlist netlist) {
        for (Entry e : entries) {
            NetPattern p = new NetPattern(e.pattern());
            boolean registers = e.kind() == Kind.VOTE_REGISTERS;
            java.util.function.IntPredicate counts = n -> !registers
                    || netlist.driver(n) >= 0 && netlist.gate(netlist.driver(n)).type() == dev.tmrkit.gates.GateType.DFF;
            boolean any = p.isLiteral() ? netlist.netId(e.pattern()) >= 0 && counts.test(netlist.netId(e.pattern()))
                    : java.util.stream.IntStream.range(0, netlist.netCount())
                            .anyMatch(n -> p.matches(netlist.netName(n)) && counts.test(n));
            if (!any) {
                throw new IllegalArgumentException(source + ":" + e.line() + ":" + e.column() + ": " + e.kind().label() + " '"
                        + e.pattern() + "' matches no " + (registers ? "flip-flop output" : "net") + " of '" + netlist.name() + "'");
            }
        }
    }
}
