package dev.tmrkit.circuits.campaign;

import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.tmr.TmrNames;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcomes of a campaign on a TMR netlist grouped by where each fault set's first fault sits
 * ({@link TmrRoles.Region}: shared input, replica, voter, ...), and its escapes: the silent fault sets,
 * where the redundancy was defeated.
 *
 * @param counts per region label (in {@link TmrRoles.Region} order, regions without faults left out), the
 *               number of fault sets of each outcome
 */
public record RegionBreakdown(Map<String, Map<Outcome, Integer>> counts, List<FaultResult> escapes) {
    public RegionBreakdown {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        escapes = List.copyOf(escapes);
    }

    /** Whether {@code netlist} has nets the TMR pass generated, so that regions mean something. */
    public static boolean applies(Netlist netlist) {
        for (int net = 0; net < netlist.netCount(); net++) {
            if (TmrNames.isTmrName(netlist.netName(net))) {
                return true;
            }
        }
        return false;
    }

    /** The region of a result's (first) fault, as a label: "replica", "reduction voter", ... */
    public static String label(Netlist tmr, FaultResult f) {
        return TmrRoles.regionOf(tmr, f.fault().site()).name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static RegionBreakdown of(Netlist tmr, CampaignResult r) {
        Map<String, Map<Outcome, Integer>> m = new LinkedHashMap<>();
        for (TmrRoles.Region region : TmrRoles.Region.values()) {
            m.put(region.name().toLowerCase(Locale.ROOT).replace('_', ' '), new EnumMap<>(Outcome.class));
        }
        List<FaultResult> escapes = new ArrayList<>();
        for (FaultResult f : r.results()) {
            m.get(label(tmr, f)).merge(f.outcome(), 1, Integer::sum);
            if (f.outcome() == Outcome.SILENT) {
                escapes.add(f);
            }
        }
        m.values().removeIf(Map::isEmpty);
        return new RegionBreakdown(m, escapes);
    }

    /** The number of fault sets in {@code region} with {@code outcome}. */
    public int count(String region, Outcome outcome) {
        return counts.getOrDefault(region, Map.of()).getOrDefault(outcome, 0);
    }
}
