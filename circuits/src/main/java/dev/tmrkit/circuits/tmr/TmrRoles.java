package dev.tmrkit.circuits.tmr;

import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Site;
import java.util.Objects;
import java.util.Optional;

/**
 * What a net of a TMR netlist is, read from its name alone (see {@link TmrNames} for the convention), so
 * a campaign can classify fault sites even after the netlist went through a file. Names outside the
 * generated namespace are user names: a shared primary input, an excluded (unreplicated) gate, or a
 * primary output driven by its reduction voter. Telling those apart needs the netlist: use
 * {@link #regionOf(Netlist, int)}.
 */
public final class TmrRoles {

    /** The part of a TMR netlist a net belongs to. */
    public enum Region {
        /** An original primary input read by all three replicas. */
        SHARED_INPUT,
        /** Part of one replica: a copy of an original gate, or a replica's copy of a triplicated input. */
        REPLICA,
        /** A voter inside the replicated logic (triplicated or single), its AND terms included. */
        VOTER,
        /** A final reduction voter: its AND terms and the original output net its OR drives. */
        REDUCTION_VOTER,
        /** The mismatch output and the XOR/OR logic feeding it. */
        MISMATCH,
        /** An original net kept single: an excluded gate or input, read by all replicas. */
        UNREPLICATED
    }

    /**
     * The role of a net.
     *
     * @param region   the part of the TMR netlist it belongs to (for user names, as far as the name tells:
     *                 {@link Region#UNREPLICATED}; see {@link #regionOf(Netlist, int)})
     * @param replica  the replica it belongs to, if one: a replica copy, or voter X of triplicated voters
     * @param original the original net it stands for; empty for the mismatch output and its OR tree
     */
    public record Role(Region region, Optional<Replica> replica, String original) {
        public Role {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(replica, "replica");
            Objects.requireNonNull(original, "original");
        }
    }

    private TmrRoles() {
    }

    /**
     * The role a net's name encodes.
     *
     * @throws IllegalArgumentException for a name in the {@code $tmr$} namespace that the pass never generates
     */
    public static Role roleOf(String netName) {
        if (!TmrNames.isTmrName(netName)) {
            return new Role(Region.UNREPLICATED, Optional.empty(), netName);
        }
        String rest = netName.substring(TmrNames.PREFIX.length());
        int dollar = rest.indexOf('$');
        String keyword = dollar < 0 ? rest : rest.substring(0, dollar);
        String tail = dollar < 0 ? null : rest.substring(dollar + 1);
        if (keyword.equals(TmrNames.MISMATCH_KEYWORD) && (tail == null || isNumber(tail))) {
            return new Role(Region.MISMATCH, Optional.empty(), "");
        }
        if (tail == null || tail.isEmpty()) {
            throw notGenerated(netName);
        }
        Replica letter = keyword.length() == 1 ? Replica.ofLetter(keyword.charAt(0)) : null;
        if (letter != null) {
            return new Role(Region.REPLICA, Optional.of(letter), tail);
        }
        Optional<Replica> voterLetter = Optional.empty();
        String base = keyword;
        if (keyword.length() == TmrNames.VOTE.length() + 1 || keyword.length() == TmrNames.MAJ.length() + 1) {
            Replica r = Replica.ofLetter(keyword.charAt(keyword.length() - 1));
            if (r != null) {
                voterLetter = Optional.of(r);
                base = keyword.substring(0, keyword.length() - 1);
            }
        }
        switch (base) {
            case TmrNames.VOTE:
                return new Role(Region.VOTER, voterLetter, tail);
            case TmrNames.MAJ:
                return new Role(Region.VOTER, voterLetter, stripSuffix(netName, tail, "ab", "bc", "ac"));
            default:
                break;
        }
        if (voterLetter.isPresent()) {
            throw notGenerated(netName);
        }
        switch (keyword) {
            case TmrNames.REDUCE:
                return new Role(Region.REDUCTION_VOTER, Optional.empty(), stripSuffix(netName, tail, "ab", "bc", "ac"));
            case TmrNames.DIFF:
                return new Role(Region.MISMATCH, Optional.empty(), stripSuffix(netName, tail, "ab", "bc"));
            default:
                throw notGenerated(netName);
        }
    }

    /**
     * The region of net {@code net} of a TMR netlist. Generated names are classified by {@link #roleOf};
     * of the user names, a primary input is {@link Region#SHARED_INPUT}, a net driven by an OR gate whose
     * inputs are all reduction-voter terms ({@code $tmr$reduce$...}) is {@link Region#REDUCTION_VOTER}, and
     * anything else (an excluded gate) is {@link Region#UNREPLICATED}.
     */
    public static Region regionOf(Netlist tmr, int net) {
        String name = tmr.netName(net);
        if (TmrNames.isTmrName(name)) {
            return roleOf(name).region();
        }
        if (tmr.isInput(net)) {
            return Region.SHARED_INPUT;
        }
        int d = tmr.driver(net);
        if (d >= 0 && isReductionOr(tmr, tmr.gate(d))) {
            return Region.REDUCTION_VOTER;
        }
        return Region.UNREPLICATED;
    }

    /** The region of the net a fault site changes: a branch or port is classified by the net it reads. */
    public static Region regionOf(Netlist tmr, Site site) {
        return regionOf(tmr, site.net(tmr));
    }

    /**
     * Whether a single fault on net {@code net} of a TMR netlist is masked by construction: it sits in one
     * replica, in one of three voters, or in the mismatch logic (never judged). Anything else is a single
     * point of failure that a fault may get through: a shared input, an excluded (unreplicated) gate, a single
     * voter, a reduction voter. (Whether it does also depends on the logic: a fault that no input pattern
     * propagates is masked anyway.)
     */
    public static boolean masksSingleFaults(Netlist tmr, int net) {
        Region region = regionOf(tmr, net);
        return region == Region.REPLICA || region == Region.MISMATCH
                || region == Region.VOTER && roleOf(tmr.netName(net)).replica().isPresent();
    }

    private static boolean isReductionOr(Netlist tmr, Gate g) {
        if (g.type() != GateType.OR) {
            return false;
        }
        String terms = TmrNames.PREFIX + TmrNames.REDUCE + "$";
        for (int pin = 0; pin < g.arity(); pin++) {
            if (!tmr.netName(g.input(pin)).startsWith(terms)) {
                return false;
            }
        }
        return true;
    }

    private static String stripSuffix(String netName, String tail, String... suffixes) {
        for (String s : suffixes) {
            if (tail.length() > s.length() + 1 && tail.endsWith("$" + s)) {
                return tail.substring(0, tail.length() - s.length() - 1);
            }
        }
        throw notGenerated(netName);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException notGenerated(String netName) {
        return new IllegalArgumentException("'" + netName + "' is in the " + TmrNames.PREFIX
                + " namespace but is not a name the TMR pass generates");
    }

    /**
     * Ties the triplicated inputs of a TMR netlist: {@code $tmr$A$x}, {@code $tmr$B$x} and {@code $tmr$C$x}
     * are driven by one logical input (numbered in order of first appearance), every other input by its
     * own. For a netlist without triplicated inputs the ties are trivial.
     */
    public static InputTies inputTies(Netlist netlist) {
        java.util.Map<String, Integer> logical = new java.util.LinkedHashMap<>();
        int[] source = new int[netlist.inputCount()];
        for (int i = 0; i < source.length; i++) {
            String name = netlist.netName(netlist.input(i));
            Role role = roleOf(name);
            String key = role.region() == Region.REPLICA && role.replica().isPresent() ? "r:" + role.original() : "n:" + name;
            source[i] = logical.computeIfAbsent(key, k -> logical.size());
        }
        return InputTies.of(source, logical.size());
    }
}
