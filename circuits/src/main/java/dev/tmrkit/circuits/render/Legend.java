package dev.tmrkit.circuits.render;

import dev.tmrkit.circuits.tmr.TmrRoles.Region;
import dev.tmrkit.gates.GateType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The key printed on every diagram: the gate symbols it uses, then one entry for each kind of mark it
 * shows (voters, mismatch logic, replica clusters and boxes, generated names, values, the fault site and
 * cone), each with a sample drawn in the same colours as the diagram. Entries for marks the diagram does
 * not show are left out, so the key stays short and every entry can be found in the picture.
 */
final class Legend {
    private final List<String[]> entries = new ArrayList<>();

    private Legend() {
    }

    /** The key of {@code diagram} as the inside of an HTML-like label: a borderless table. */
    static String of(Diagram diagram) {
        Legend key = new Legend();
        Set<GateType> types = EnumSet.noneOf(GateType.class);
        boolean voter = false;
        boolean majority = false;
        boolean inner = false;
        boolean reduction = false;
        boolean mismatch = false;
        boolean cluster = false;
        boolean box = false;
        boolean generated = false;
        boolean values = false;
        boolean site = false;
        boolean cone = false;
        for (DiagramNode node : diagram.nodes()) {
            site |= node.mark() == Mark.SITE;
            cone |= node.mark() == Mark.CONE;
            if (node instanceof DiagramNode.Gate g) {
                types.add(g.type());
                voter |= g.isVoter();
                inner |= g.region() == Region.VOTER;
                reduction |= g.region() == Region.REDUCTION_VOTER;
                mismatch |= g.region() == Region.MISMATCH;
                cluster |= g.cluster().isPresent();
                generated |= DotWriter.isToolName(g.name());
                values |= g.value().isPresent();
            } else if (node instanceof DiagramNode.Voter v) {
                majority = true;
                inner |= v.region() == Region.VOTER;
                reduction |= v.region() == Region.REDUCTION_VOTER;
                cluster |= v.cluster().isPresent();
                generated |= DotWriter.isToolName(v.name());
                values |= v.value().isPresent();
            } else if (node instanceof DiagramNode.Box) {
                box = true;
            } else if (node instanceof DiagramNode.Input in) {
                generated |= DotWriter.isToolName(in.name());
                values |= in.value().isPresent();
            }
        }
        boolean inverted = false;
        for (DiagramEdge e : diagram.edges()) {
            site |= e.mark() == Mark.SITE;
            cone |= e.mark() == Mark.CONE;
            inverted |= e.inverted();
        }
        key.symbols(types, inverted);
        String fill = inner ? DotWriter.VOTER_FILL : DotWriter.REDUCTION_FILL;
        if (majority) {
            key.add(sample("≥2 MAJ", fill, "black"), "majority voter (blue, double frame): 1 when at least 2 of its 3 inputs are 1"
                    + " (--expand-voters draws its gates)");
        }
        if (voter) {
            key.add(sample("&amp;", fill, "black"), "gate of a majority voter (blue, double frame)");
        }
        if (reduction && inner) {
            key.add(sample("≥2", DotWriter.REDUCTION_FILL, "black"), "darker blue: the final voter of a primary output");
        }
        if (mismatch) {
            key.add(sample("=1", DotWriter.MISMATCH_FILL, "black"), "mismatch logic (yellow): replicas disagree");
        }
        if (cluster) {
            key.add(sample("replica A", DotWriter.CLUSTER_FILL, DotWriter.CLUSTER_LINE), "the gates of one replica (grey-blue frame)");
        }
        if (box) {
            key.add(sample("replica B", DotWriter.BOX_FILL, "black"), "a whole replica folded into one box");
        }
        if (generated) {
            key.add("<FONT POINT-SIZE=\"8\" COLOR=\"" + DotWriter.MUTED + "\">$tmr$…</FONT>",
                    "grey: names the tool generated, and their wires");
        }
        if (values) {
            key.add("<FONT COLOR=\"" + DotWriter.VALUE + "\"><B>1/0</B></FONT>", "value of the net (blue; good/faulty where a fault changes it)");
        }
        if (site) {
            key.add(sample("site", DotWriter.SITE_FILL, DotWriter.RED), "fault site (red)");
        }
        if (cone) {
            key.add(sample("cone", DotWriter.CONE_FILL, DotWriter.ORANGE), "nets the fault changes (orange)");
        }
        return key.table();
    }

    private void symbols(Set<GateType> types, boolean inverted) {
        List<String> names = new ArrayList<>();
        if (types.contains(GateType.AND) || types.contains(GateType.NAND)) {
            names.add("&amp;&#160;AND");
        }
        if (types.contains(GateType.OR) || types.contains(GateType.NOR)) {
            names.add("≥1&#160;OR");
        }
        if (types.contains(GateType.XOR) || types.contains(GateType.XNOR)) {
            names.add("=1&#160;XOR");
        }
        if (types.contains(GateType.NOT) || types.contains(GateType.BUF)) {
            names.add("1&#160;NOT/BUF");
        }
        if (types.contains(GateType.DFF)) {
            names.add("1D&#160;►C1 D flip-flop (D data input, ► rising clock)");
        }
        if (inverted) {
            names.add("○ at an output: inverted (NAND, NOR, XNOR, NOT)");
        }
        if (!names.isEmpty()) {
            add("<FONT POINT-SIZE=\"9\"><B>gates</B></FONT>", String.join(" · ", names));
        }
    }

    private void add(String sample, String text) {
        entries.add(new String[] {sample, text});
    }

    private static String sample(String text, String fill, String line) {
        return "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLPADDING=\"2\" CELLSPACING=\"0\" COLOR=\"" + line + "\" BGCOLOR=\"" + fill
                + "\"><TR><TD><FONT POINT-SIZE=\"9\">" + text + "</FONT></TD></TR></TABLE>";
    }

    /** One entry a row: the sample, then what it means. */
    private String table() {
        StringBuilder sb = new StringBuilder("<TABLE ID=\"legend\" BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">");
        sb.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"9\"><B>Legend</B></FONT></TD></TR>");
        for (String[] e : entries) {
            sb.append("<TR><TD ALIGN=\"LEFT\">").append(e[0]).append("</TD><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\">")
                    .append(e[1]).append("</FONT></TD></TR>");
        }
        return sb.append("</TABLE>").toString();
    }
}
