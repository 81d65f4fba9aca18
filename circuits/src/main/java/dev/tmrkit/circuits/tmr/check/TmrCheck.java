package dev.tmrkit.circuits.tmr.check;

import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.circuits.tmr.TmrNames;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.circuits.tmr.hierarchy.TmrModules;
import dev.tmrkit.gates.Netlist;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a netlist is still a TMR netlist: recognised by the names tmrkit gives replicas and voters, both as the
 * TMR pass writes them ({@code $tmr$A$n}, {@code $tmr$voteA$n}, {@code $tmr$reduce$n$ab}; see {@link TmrNames})
 * and as a synthesis tool leaves them after flattening the kept instances of {@link TmrModules}
 * ({@code $tmr$A.<net>}, {@code $tmr$u$3.<net>}). Synthesis that merges the replicas ({@code opt_merge}, ABC's
 * structural hashing) keeps one name per merged net, so replicas B and C lose their nets, or some of them.
 *
 * <p>The redundancy is {@link Verdict#INTACT} when all three replicas have gates, the same number of gates, the
 * same number of flip-flops and the same set of net names (each replica's names with the replica prefix removed),
 * no gate or flip-flop is in the logic of two replicas, and at least one voter (found by structure) is present; {@link Verdict#MERGED} when replica names are present
 * but that fails, or when none is left in a netlist named like a TMR netlist ({@code c17-tmr}: a tool merged the
 * replicas and kept one name per merged net); and {@link Verdict#NOT_TMR} otherwise. The name survives a module
 * named after the original: tmrkit's Verilog carries it in the module attribute
 * {@link dev.tmrkit.circuits.io.NetlistNameAttribute}, which synthesis keeps and the Verilog and Yosys JSON readers
 * read; in Yosys's BLIF and {@code write_verilog -noattr}, which drop module attributes, the replica names that Yosys
 * keeps as aliases of the merged nets ({@code opt_clean} keeps public wire names; {@code opt_clean -purge} does not)
 * are what is left.
 *
 * <p>A replica's gates and flip-flops are found by structure, not by the names of their output nets (synthesis keeps
 * a name for some nets only and adds buffers named for ports and aliases): they are the logic of that replica alone,
 * buffers and constants not counted and an inverter counted once per net it inverts ({@link ReplicaLogic}), so the
 * same synthesis read as JSON, BLIF or Verilog gives the same figures, and an unsynthesised TMR netlist the
 * original's.
 *
 * @param replicas per replica: its logic gates and flip-flops ({@link ReplicaLogic}) and the net names named for it
 *                 (prefix removed)
 * @param voters   nets that compute the majority of one net of each replica, a copy of one (a buffer) not counted
 *                 again ({@link VoterCones})
 * @param shared   gates and flip-flops in the logic of two or more replicas ({@link ReplicaLogic#shared}): none in a
 *                 TMR netlist; a tool that merged part of the replicas' logic leaves some, even where the replicas'
 *                 named nets, and so their sizes, stay equal
 * @param namedTmr whether the netlist has the name the TMR pass gives ({@code <original>-tmr})
 */
public record TmrCheck(Map<Replica, Part> replicas, int voters, int shared, boolean namedTmr) {
    private static final Pattern KEPT_REPLICA = Pattern.compile("\\$tmr\\$([ABC])\\.(.*)");

    /** The verdict on a netlist's redundancy. */
    public enum Verdict {
        /** Three distinct replicas of the same size and at least one voter. */
        INTACT,
        /** Replica names are there, but replicas or voters are missing or unequal: a tool merged them. */
        MERGED,
        /** No replica names: not a TMR netlist written by tmrkit (or every name was lost). */
        NOT_TMR
    }

    /** One replica's share of the netlist. */
    public record Part(int gates, int dffs, Set<String> nets) {
        public Part {
            nets = Set.copyOf(nets);
        }
    }

    /** Analyses {@code netlist}. */
    public static TmrCheck of(Netlist netlist) {
        Function<Integer, Optional<Replica>> replicaOfNet = net -> replicaOf(netlist.netName(net));
        Map<Replica, Set<String>> nets = new EnumMap<>(Replica.class);
        for (Replica r : Replica.values()) {
            nets.put(r, new TreeSet<>());
        }
        for (int g = 0; g < netlist.gateCount(); g++) {
            String name = netlist.netName(netlist.gateOutput(g));
            replicaOf(name).ifPresent(r -> nets.get(r).add(withoutReplica(name)));
        }
        Set<Integer> majority = VoterCones.majorityNets(netlist, replicaOfNet);
        Set<Integer> voterNets = VoterCones.withoutCopies(netlist, majority, replicaOfNet);
        int[] reached = ReplicaLogic.reached(netlist, replicaOfNet, majority);
        Map<Replica, int[]> counts = ReplicaLogic.count(netlist, reached);
        Map<Replica, Part> parts = new EnumMap<>(Replica.class);
        for (Replica r : Replica.values()) {
            parts.put(r, new Part(counts.get(r)[0], counts.get(r)[1], nets.get(r)));
        }
        return new TmrCheck(Map.copyOf(parts), voterNets.size(), ReplicaLogic.shared(netlist, reached),
                netlist.name().endsWith("-tmr"));
    }

    /** The verdict (see the class comment). */
    public Verdict verdict() {
        boolean any = replicas.values().stream().anyMatch(p -> p.gates() + p.dffs() > 0);
        if (!any) {
            return namedTmr ? Verdict.MERGED : Verdict.NOT_TMR;
        }
        Part a = replicas.get(Replica.A);
        for (Part p : replicas.values()) {
            if (p.gates() + p.dffs() == 0 || p.gates() != a.gates() || p.dffs() != a.dffs() || !p.nets().equals(a.nets())) {
                return Verdict.MERGED;
            }
        }
        return voters > 0 && shared == 0 ? Verdict.INTACT : Verdict.MERGED;
    }

    /** One sentence on the verdict, naming what is missing. */
    public String describe() {
        switch (verdict()) {
            case NOT_TMR:
                return "not recognised as a TMR netlist: no net has a replica name ($tmr$A$..., $tmr$A.<net>) and the"
                        + " netlist is not named <design>-tmr (tmrkit's Verilog carries that name in the module attribute "
                        + dev.tmrkit.circuits.io.NetlistNameAttribute.NAME + ")";
            case INTACT:
                return "redundancy intact: three distinct replicas of " + replicas.get(Replica.A).gates() + " gates and "
                        + replicas.get(Replica.A).dffs() + " flip-flops each, " + voters + (voters == 1 ? " voter" : " voters");
            default:
                StringBuilder sb = new StringBuilder("redundancy merged away:");
                for (Replica r : Replica.values()) {
                    Part p = replicas.get(r);
                    sb.append(' ').append(r.name()).append(" has ").append(p.gates()).append(" gates, ").append(p.dffs())
                            .append(" flip-flops;");
                }
                sb.append(" ").append(voters).append(voters == 1 ? " voter" : " voters");
                if (shared > 0) {
                    sb.append("; ").append(shared).append(shared == 1 ? " gate" : " gates").append(" shared by replicas");
                }
                return sb.toString();
        }
    }

    /**
     * The replica a net belongs to. A name left by flattening a kept replica instance, {@code $tmr$A.<inner>},
     * belongs to replica A unless {@code <inner>} is a generated name of something else (a voter output that the
     * replica reads through a port).
     */
    private static Optional<Replica> replicaOf(String name) {
        Matcher kept = KEPT_REPLICA.matcher(name);
        if (kept.matches()) {
            String inner = kept.group(2);
            return TmrNames.isTmrName(inner) ? replicaOf(inner) : Optional.of(Replica.valueOf(kept.group(1)));
        }
        TmrRoles.Role role = role(name);
        return role != null && role.region() == TmrRoles.Region.REPLICA ? role.replica() : Optional.empty();
    }

    /** The name without its replica: {@code $tmr$B$n} and {@code $tmr$B.$tmr$B$n} are both {@code n}. */
    private static String withoutReplica(String name) {
        Matcher kept = KEPT_REPLICA.matcher(name);
        if (kept.matches()) {
            return TmrNames.isTmrName(kept.group(2)) ? withoutReplica(kept.group(2)) : kept.group(2);
        }
        return name.substring(TmrNames.PREFIX.length() + 2);
    }

    /** The role a name encodes, or null for a name in the generated namespace that the pass never makes. */
    private static TmrRoles.Role role(String name) {
        try {
            return TmrRoles.roleOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
