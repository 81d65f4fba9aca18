package dev.tmrkit.circuits.render;

import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.circuits.tmr.TmrNames;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.circuits.tmr.TmrRoles.Region;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The overview drawn instead of a circuit too large to read gate by gate: one node per part with its gate
 * count, and one wire per pair of parts that are connected, labelled with how many wires it stands for.
 * The parts of a TMR netlist are its regions (each replica, the voters, the final voters, the mismatch
 * logic, the unreplicated gates); a plain netlist is cut into bands of consecutive logic levels. The
 * caption says how large the full drawing would be and which options draw it.
 */
public final class SummaryDiagram {
    /** Level bands a plain netlist is cut into, at most. */
    static final int BANDS = 6;

    /** One part: its node id, label, gate and flip-flop counts, fill colour. */
    record Part(String id, String label, int gates, int dffs, String fill) {
    }

    private final Netlist n;
    private final Map<String, Part> parts = new LinkedHashMap<>();
    /** Wires between parts, "from>to" to count, in first-seen order. */
    private final Map<String, Integer> wires = new LinkedHashMap<>();
    private final String[] partOf;
    private final boolean tmr;

    private SummaryDiagram(Netlist n) {
        this.n = n;
        this.partOf = new String[n.netCount()];
        boolean generated = false;
        for (int net = 0; net < n.netCount() && !generated; net++) {
            generated = TmrNames.isTmrName(n.netName(net));
        }
        this.tmr = generated;
    }

    /**
     * The DOT text of the overview of {@code n}.
     *
     * @param wouldDraw how many gates the full diagram would draw
     * @param limit     the limit it exceeds
     * @param howToDraw a sentence saying how to get the full drawing, printed in the caption
     */
    public static String dot(Netlist n, int wouldDraw, int limit, String howToDraw) {
        SummaryDiagram s = new SummaryDiagram(n);
        s.partition();
        return s.write(List.of(n.name() + ": overview",
                wouldDraw + " gates are more than the limit of " + limit + " for a gate-level drawing; "
                        + (s.tmr ? "one box per region of the TMR netlist" : "one box per band of logic levels")
                        + " with its gate count, wires labelled with how many wires they stand for.",
                howToDraw));
    }

    /** The parts and the wire counts between them. */
    Map<String, Part> parts() {
        return parts;
    }

    Map<String, Integer> wires() {
        return wires;
    }

    static SummaryDiagram of(Netlist n) {
        SummaryDiagram s = new SummaryDiagram(n);
        s.partition();
        return s;
    }

    private void partition() {
        parts.put("inputs", new Part("inputs", n.inputCount() + " inputs", 0, 0, "white"));
        for (int k = 0; k < n.inputCount(); k++) {
            partOf[n.input(k)] = "inputs";
        }
        int depth = Math.max(1, n.depth());
        int band = (depth + BANDS - 1) / BANDS;
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String[]> looks = new LinkedHashMap<>();
        for (Gate g : n.gates()) {
            int out = g.output();
            String[] look = tmr ? region(out) : levels(out, band, depth);
            partOf[out] = look[0];
            looks.putIfAbsent(look[0], look);
            int[] c = counts.computeIfAbsent(look[0], k -> new int[2]);
            c[g.type() == GateType.DFF ? 1 : 0]++;
        }
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            String[] look = looks.get(e.getKey());
            parts.put(e.getKey(), new Part(e.getKey(), look[1], e.getValue()[0], e.getValue()[1], look[2]));
        }
        parts.put("outputs", new Part("outputs", n.outputCount() + " outputs", 0, 0, "white"));
        for (Gate g : n.gates()) {
            for (int p = 0; p < g.arity(); p++) {
                wire(partOf[g.input(p)], partOf[g.output()]);
            }
        }
        for (int k = 0; k < n.outputCount(); k++) {
            wire(partOf[n.output(k)], "outputs");
        }
    }

    private void wire(String from, String to) {
        if (!from.equals(to)) {
            wires.merge(from + ">" + to, 1, Integer::sum);
        }
    }

    /** Key (sortable), label and fill of a TMR net's region. */
    private String[] region(int net) {
        Region r = TmrRoles.regionOf(n, net);
        Replica replica = TmrRoles.roleOf(n.netName(net)).replica().orElse(null);
        switch (r) {
            case REPLICA: return new String[] {"1" + replica.name(), "replica " + replica.name(), DotWriter.CLUSTER_FILL};
            case VOTER: return replica == null ? new String[] {"2", "single voters", DotWriter.VOTER_FILL}
                    : new String[] {"2" + replica.name(), "voters " + replica.name(), DotWriter.VOTER_FILL};
            case REDUCTION_VOTER: return new String[] {"3", "final voters", DotWriter.REDUCTION_FILL};
            case MISMATCH: return new String[] {"4", "mismatch logic", DotWriter.MISMATCH_FILL};
            default: return new String[] {"5", "unreplicated", "white"};
        }
    }

    /** Key, label and fill of a plain net's band of logic levels; flip-flops (level 0) in the first band. */
    private String[] levels(int net, int band, int depth) {
        int level = Math.max(1, n.level(net));
        int b = (level - 1) / band;
        int first = b * band + 1;
        int last = Math.min(depth, first + band - 1);
        String key = String.format("%04d", b);
        return new String[] {key, first == last ? "level " + first : "levels " + first + "–" + last, "white"};
    }

    private String write(List<String> caption) {
        StringBuilder out = new StringBuilder(2048);
        out.append("digraph ").append(DotWriter.quote(n.name())).append(" {\n");
        out.append("  graph [id=\"diagram\", rankdir=LR, nodesep=0.3, ranksep=0.8, fontname=\"Helvetica\", fontsize=11, "
                + "labelloc=t, labeljust=l, label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">");
        for (int i = 0; i < caption.size(); i++) {
            // Graphviz drops a space before "--" in HTML labels: a no-break space keeps it
            String text = DotWriter.html(caption.get(i).replace(" --", "\u00a0--"));
            out.append("<TR><TD ALIGN=\"LEFT\">").append(i == 0 ? "<B>" + text + "</B>" : "<FONT POINT-SIZE=\"10\">" + text + "</FONT>")
                    .append("</TD></TR>");
        }
        out.append("<TR><TD ALIGN=\"LEFT\"><TABLE ID=\"legend\" BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">")
                .append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\"><B>Legend</B></FONT></TD></TR><TR><TD ALIGN=\"LEFT\">")
                .append("<FONT POINT-SIZE=\"9\">each box: a part of the circuit and how many gates (and flip-flops) it holds; ")
                .append(tmr ? "grey-blue: a replica, blue: voters, darker blue: final voters, yellow: mismatch logic; " : "")
                .append("a wire's number: how many wires between the two parts</FONT></TD></TR></TABLE></TD></TR></TABLE>>];\n");
        out.append("  node [fontname=\"Helvetica\", fontsize=11, shape=box, style=\"rounded,filled\", fillcolor=white, margin=\"0.2,0.1\"];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#404040\", arrowsize=0.6];\n");
        for (Part p : parts.values()) {
            String counts = p.gates() + p.dffs() == 0 ? "" : "<BR/><FONT POINT-SIZE=\"9\">" + p.gates() + " gate" + (p.gates() == 1 ? "" : "s")
                    + (p.dffs() > 0 ? ", " + p.dffs() + " flip-flop" + (p.dffs() == 1 ? "" : "s") : "") + "</FONT>";
            String shape = p.id().equals("inputs") || p.id().equals("outputs") ? ", shape=cds, style=filled" : "";
            boolean voter = p.fill().equals(DotWriter.VOTER_FILL) || p.fill().equals(DotWriter.REDUCTION_FILL);
            out.append("  ").append(DotWriter.quote("part-" + p.id())).append(" [id=").append(DotWriter.quote("part-" + p.id()))
                    .append(shape).append(voter ? ", peripheries=2" : "").append(", fillcolor=\"").append(p.fill())
                    .append("\", label=<").append(DotWriter.html(p.label())).append(counts).append(">];\n");
        }
        out.append("  { rank=source; \"part-inputs\"; }\n  { rank=sink; \"part-outputs\"; }\n");
        for (Map.Entry<String, Integer> w : wires.entrySet()) {
            String[] ends = w.getKey().split(">");
            out.append("  ").append(DotWriter.quote("part-" + ends[0])).append(" -> ").append(DotWriter.quote("part-" + ends[1]))
                    .append(" [label=\"").append(w.getValue()).append("\", penwidth=")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", Math.min(4.0, 1 + Math.log10(w.getValue()))))
                    .append("];\n");
        }
        return out.append("}\n").toString();
    }
}
