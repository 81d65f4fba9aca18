package dev.tmrkit.circuits.tmr.hierarchy;

import dev.tmrkit.circuits.io.verilog.write.KeptModule;
import dev.tmrkit.circuits.io.verilog.write.KeptVerilogWriter;
import dev.tmrkit.circuits.io.verilog.write.VerilogOptions;
import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.circuits.tmr.TmrNames;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kept instances of a TMR netlist, read from its net names ({@link TmrRoles}): one per replica (every gate
 * whose output is replica X's copy, flip-flops included) and one per voter (its AND terms and its OR, reduction
 * voters included), so that {@link #writer()} writes Verilog whose replicas and voters synthesis cannot merge.
 * Module names start with the netlist's name ({@code c17$tmr$A}, {@code c17$tmr$voter}); all voters of the same
 * structure share one module. Instance names are in the generated namespace: {@code $tmr$A}, {@code $tmr$B},
 * {@code $tmr$C} and {@code $tmr$u$<k>} for the k-th voter. The mismatch detector and excluded gates stay in the
 * top module. A netlist without generated names has no groups: it is written flat.
 */
public final class TmrModules {
    /** The instance-name prefix of voters. */
    public static final String VOTER_INSTANCE = TmrNames.PREFIX + "u$";

    private TmrModules() {
    }

    /** The Verilog writer that keeps a TMR netlist's replicas and voters. */
    public static KeptVerilogWriter writer() {
        return new KeptVerilogWriter(TmrModules::of);
    }

    /** The same, with the top module's interface as {@code options} say (its name, clock and bus ports). */
    public static KeptVerilogWriter writer(VerilogOptions options) {
        return new KeptVerilogWriter(TmrModules::of, options);
    }

    /**
     * The EDIF writer for a TMR netlist: every replica and voter instance (the gates {@link #of} groups) carries
     * {@code (property DONT_TOUCH (string "TRUE"))}, which Vivado honours; the design cell is named {@code cellName}
     * (null: the netlist's name).
     */
    public static dev.tmrkit.circuits.io.edif.EdifWriter edifWriter(String cellName) {
        return new dev.tmrkit.circuits.io.edif.EdifWriter((tmr, g) -> {
            TmrRoles.Region region = TmrRoles.regionOf(tmr, tmr.gate(g).output());
            boolean kept = region == TmrRoles.Region.REPLICA || region == TmrRoles.Region.VOTER
                    || region == TmrRoles.Region.REDUCTION_VOTER;
            return kept ? Map.of("DONT_TOUCH", "TRUE") : Map.of();
        }, cellName);
    }

    /** The replica groups (in replica order) then the voter groups (in order of their first gate). */
    public static List<KeptModule> of(Netlist tmr) {
        Map<Replica, List<Integer>> replicas = new LinkedHashMap<>();
        for (Replica r : Replica.values()) {
            replicas.put(r, new ArrayList<>());
        }
        Map<String, List<Integer>> voters = new LinkedHashMap<>();
        for (int g = 0; g < tmr.gateCount(); g++) {
            int net = tmr.gate(g).output();
            String name = tmr.netName(net);
            TmrRoles.Region region = TmrRoles.regionOf(tmr, net);
            TmrRoles.Role role = TmrRoles.roleOf(name);
            if (region == TmrRoles.Region.REPLICA) {
                replicas.get(role.replica().orElseThrow()).add(g);
            } else if (region == TmrRoles.Region.VOTER || region == TmrRoles.Region.REDUCTION_VOTER) {
                String key = region + "/" + role.replica().map(Replica::name).orElse("") + "/" + role.original();
                voters.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            }
        }
        // a module name is one Verilog identifier: blanks and non-ASCII of the netlist's name become '_'
        String base = tmr.name().replaceAll("[^\\x21-\\x7E]", "_") + TmrNames.PREFIX;
        List<KeptModule> groups = new ArrayList<>();
        replicas.forEach((r, gates) -> {
            if (!gates.isEmpty()) {
                groups.add(new KeptModule(base + r.name(), TmrNames.PREFIX + r.name(), false, ints(gates)));
            }
        });
        int k = 0;
        for (List<Integer> gates : voters.values()) {
            groups.add(new KeptModule(base + "voter", VOTER_INSTANCE + k++, true, ints(gates)));
        }
        return groups;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The instance names of {@link #of}, for constraint files. */
    public static List<String> instances(Netlist tmr) {
        List<String> names = new ArrayList<>();
        for (KeptModule m : of(tmr)) {
            names.add(m.instance());
        }
        return names;
    }
}
