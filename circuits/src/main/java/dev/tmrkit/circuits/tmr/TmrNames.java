package dev.tmrkit.circuits.tmr;

import dev.tmrkit.gates.Netlist;

/**
 * The names {@link TmrPass} gives the nets it creates. Every generated name starts with {@link #PREFIX}
 * ({@code $tmr$}), then a keyword that says what the net is, then (for most) the name of the original net
 * it stands for; {@link TmrRoles} reads them back. With {@code n} an original net name and {@code X} a
 * replica letter:
 * <pre>
 * $tmr$X$n              replica X's copy of gate n, or replica X's copy of primary input n (triplicated inputs)
 * $tmr$voteX$n          voter X of net n (triplicated voters), read by replica X
 * $tmr$majX$n$ab|bc|ac  the three AND terms inside voter X of n
 * $tmr$vote$n           the single voter of net n (single voters, or feeding an excluded gate)
 * $tmr$maj$n$ab|bc|ac   its AND terms
 * $tmr$reduce$n$ab|...  the AND terms of the reduction voter of primary output n, whose OR drives n itself
 * $tmr$diff$n$ab|bc     the disagreement XORs of net n's replicas (mismatch output)
 * $tmr$mismatch         the mismatch output; $tmr$mismatch$k the k-th node of its OR tree
 * </pre>
 * A voter's output and its AND terms use different keywords ({@code vote} and {@code maj}), so the terms of
 * net {@code x} ({@code $tmr$maj$x$ab}) can never be mistaken for the output of a voter of a user net called
 * {@code x$ab} ({@code $tmr$vote$x$ab}): each keyword either never has a suffix or always has one of a fixed
 * set, so every generated name stands for exactly one original net and role.
 */
public final class TmrNames {
    /** The namespace of every generated name; user nets may not start with it. */
    public static final String PREFIX = "$tmr$";
    /** The name of the mismatch output. */
    public static final String MISMATCH = PREFIX + "mismatch";

    static final String VOTE = "vote";
    static final String MAJ = "maj";
    static final String REDUCE = "reduce";
    static final String DIFF = "diff";
    static final String MISMATCH_KEYWORD = "mismatch";

    private TmrNames() {
    }

    /** Replica {@code r}'s copy of original net {@code net}. */
    public static String replica(Replica r, String net) {
        return PREFIX + r.name() + "$" + net;
    }

    /** The output of voter {@code r} of net {@code net} (triplicated voters). */
    public static String voter(Replica r, String net) {
        return PREFIX + VOTE + r.name() + "$" + net;
    }

    /** The output of the single voter of net {@code net}. */
    public static String singleVoter(String net) {
        return PREFIX + VOTE + "$" + net;
    }

    /** The {@link dev.tmrkit.gates.vote.MajorityVoter} prefix of voter {@code r} of {@code net}. */
    static String voterTerms(Replica r, String net) {
        return PREFIX + MAJ + r.name() + "$" + net;
    }

    /** The {@link dev.tmrkit.gates.vote.MajorityVoter} prefix of the single voter of {@code net}. */
    static String singleVoterTerms(String net) {
        return PREFIX + MAJ + "$" + net;
    }

    /** The {@link dev.tmrkit.gates.vote.MajorityVoter} prefix of the reduction voter of output {@code net}. */
    static String reductionTerms(String net) {
        return PREFIX + REDUCE + "$" + net;
    }

    /** A disagreement XOR of {@code net}'s replicas: {@code pair} is {@code "ab"} or {@code "bc"}. */
    static String diff(String net, String pair) {
        return PREFIX + DIFF + "$" + net + "$" + pair;
    }

    /** Node {@code k} of the mismatch OR tree (the root is {@link #MISMATCH}). */
    static String mismatchNode(int k) {
        return MISMATCH + "$" + k;
    }

    /**
     * True for a name in the TMR pass's namespace {@value #PREFIX}; not every {@code $} name is one (readers
     * generate {@code $blif$...} and {@code $aig$...} names too).
     */
    public static boolean isTmrName(String netName) {
        return netName.startsWith(PREFIX);
    }

    /**
     * Refuses a netlist that already uses the generated namespace: its nets could collide with the pass's
     * and {@link TmrRoles} could not tell them apart (applying TMR to a TMR netlist is the usual cause).
     *
     * @throws IllegalArgumentException naming the first such net
     */
    static void checkUserNames(Netlist netlist) {
        for (int net = 0; net < netlist.netCount(); net++) {
            String name = netlist.netName(net);
            if (isTmrName(name)) {
                throw new IllegalArgumentException("net '" + name + "' is in the namespace '" + PREFIX
                        + "' that the TMR pass reserves for the nets it generates; rename it"
                        + " (is '" + netlist.name() + "' already a TMR netlist?)");
            }
        }
    }
}
