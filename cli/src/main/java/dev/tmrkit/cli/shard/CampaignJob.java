package dev.tmrkit.cli.shard;

import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A planned campaign: the netlist, the campaign over its patterns, the fault sets in list order, the plan
 * settings that decide results (seed, patterns, population, output check, dropping) and the options that
 * define it ({@code args}: as given, without the ones that cannot change a result, such as --threads).
 */
public record CampaignJob(Netlist netlist, FaultSetCampaign campaign, List<List<Fault>> sets, Map<String, Object> plan,
                          List<String> args) {
    public CampaignJob {
        sets = List.copyOf(sets);
        plan = Map.copyOf(new java.util.LinkedHashMap<>(plan));
        args = List.copyOf(args);
    }

    /** SHA-256 (hex) of the netlist's structure, the plan settings and every fault set: equal digests, equal campaigns. */
    public String digest() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("netlist ").append(netlist.name()).append('\n')
                .append("inputs ").append(netlist.inputNames()).append('\n')
                .append("outputs ").append(netlist.outputNames()).append('\n');
        for (int g = 0; g < netlist.gateCount(); g++) {
            sb.append(netlist.gateType(g)).append(' ').append(netlist.netName(netlist.gateOutput(g)));
            for (int p = 0; p < netlist.gateArity(g); p++) {
                sb.append(' ').append(netlist.netName(netlist.gateInput(g, p)));
            }
            sb.append('\n');
            flush(md, sb);
        }
        new java.util.TreeMap<>(plan).forEach((k, v) -> sb.append("plan ").append(k).append('=').append(v).append('\n'));
        for (List<Fault> set : sets) {
            sb.append("set");
            for (Fault f : set) {
                sb.append(' ').append(f);
            }
            sb.append('\n');
            flush(md, sb);
        }
        md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    private static void flush(MessageDigest md, StringBuilder sb) {
        if (sb.length() > 1 << 15) {
            md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            sb.setLength(0);
        }
    }
}
