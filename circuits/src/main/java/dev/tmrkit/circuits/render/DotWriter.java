package dev.tmrkit.circuits.render;

import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.circuits.tmr.TmrRoles.Region;
import dev.tmrkit.gates.GateType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes a {@link Diagram} as Graphviz DOT, left to right: primary inputs in the first column
 * ({@code rank=source}), output ports in the last ({@code rank=sink}), every gate in the column of its logic
 * level (with {@code newrank}, so the columns run through the replica clusters), and the gates of voters
 * in columns of their own. Gates are IEC rectangular symbols ({@code &}, {@code ≥1}, {@code =1},
 * {@code 1}) with an inversion bubble at the output of NAND, NOR, XNOR and NOT, flip-flops {@code 1D ►C1};
 * voters are blue, rounded and double-framed, mismatch logic yellow. Generated names ({@code $...}) are printed small and
 * grey. A fault site is red, the nets it changes orange. The text is a pure function of the diagram.
 */
public final class DotWriter {
    static final String RED = "#d62728";
    static final String ORANGE = "#ff7f0e";
    static final String MUTED = "#8c8c8c";
    private static final String WIRE = "#404040";
    static final String MUTED_WIRE = "#a0a0a0";
    static final String VALUE = "#1f5fbf";
    static final String VOTER_FILL = "#d3e3f8";
    static final String REDUCTION_FILL = "#b3cdf2";
    static final String MISMATCH_FILL = "#fff1c4";
    static final String CLUSTER_FILL = "#f3f6fa";
    static final String CLUSTER_LINE = "#9fb0c3";
    static final String BOX_FILL = "#e4ebf3";
    static final String SITE_FILL = "#fbd5d5";
    static final String CONE_FILL = "#ffe3c2";
    /** The symbol of a 2-of-3 majority voter: IEC 60617's threshold qualifier and its name. */
    static final String MAJORITY = "≥2\nMAJ";

    private DotWriter() {
    }

    /** The DOT text of {@code diagram}. */
    public static String write(Diagram diagram) {
        StringBuilder out = new StringBuilder(4096);
        out.append("digraph ").append(quote(diagram.netlist().name())).append(" {\n");
        out.append("  graph [id=\"diagram\", rankdir=LR, newrank=true, nodesep=0.18, ranksep=0.45, fontname=\"Helvetica\", "
                + "fontsize=11, labelloc=t, labeljust=l, label=").append(caption(diagram.caption(), Legend.of(diagram)))
                .append("];\n");
        out.append("  node [fontname=\"Helvetica\", fontsize=11, shape=box, style=filled, fillcolor=white, width=0.3, "
                + "height=0.3, margin=\"0.06,0.03\"];\n");
        out.append("  edge [arrowsize=0.5, color=\"" + WIRE + "\", tailport=e];\n");
        Map<Replica, List<DiagramNode>> clusters = new TreeMap<>();
        List<DiagramNode> rest = new ArrayList<>();
        for (DiagramNode node : diagram.nodes()) {
            if (node instanceof DiagramNode.Input) {
                out.append("  ").append(node(node)).append('\n');
            } else if (node instanceof DiagramNode.Gate g && g.cluster().isPresent()) {
                clusters.computeIfAbsent(g.cluster().get(), r -> new ArrayList<>()).add(node);
            } else if (node instanceof DiagramNode.Voter v && v.cluster().isPresent()) {
                clusters.computeIfAbsent(v.cluster().get(), r -> new ArrayList<>()).add(node);
            } else {
                rest.add(node);
            }
        }
        for (Map.Entry<Replica, List<DiagramNode>> c : clusters.entrySet()) {
            Replica r = c.getKey();
            out.append("  subgraph ").append(ElementIds.clusterId(r)).append(" {\n");
            out.append("    graph [id=").append(quote(ElementIds.clusterId(r))).append(", label=\"replica ").append(r.name())
                    .append("\", style=\"rounded,filled\", fillcolor=\"" + CLUSTER_FILL + "\", color=\"" + CLUSTER_LINE + "\", fontcolor=\"#4a5a6a\"];\n");
            for (DiagramNode node : c.getValue()) {
                out.append("    ").append(node(node)).append('\n');
            }
            out.append("  }\n");
        }
        for (DiagramNode node : rest) {
            out.append("  ").append(node(node)).append('\n');
        }
        ranks(diagram, out);
        for (DiagramEdge e : diagram.edges()) {
            out.append("  ").append(edge(diagram, e)).append('\n');
        }
        return out.append("}\n").toString();
    }

    private static void ranks(Diagram diagram, StringBuilder out) {
        List<String> sources = new ArrayList<>();
        List<String> sinks = new ArrayList<>();
        Map<Integer, List<String>> columns = new TreeMap<>();
        for (DiagramNode node : diagram.nodes()) {
            if (node instanceof DiagramNode.Input) {
                sources.add(node.id());
            } else if (node instanceof DiagramNode.Output) {
                sinks.add(node.id());
            } else if (node instanceof DiagramNode.Gate g) {
                columns.computeIfAbsent(2 * g.level() + (g.isVoter() ? 1 : 0), k -> new ArrayList<>()).add(g.id());
            } else if (node instanceof DiagramNode.Voter v) {
                columns.computeIfAbsent(2 * v.level() + 1, k -> new ArrayList<>()).add(v.id());
            }
        }
        group(out, "source", sources);
        for (List<String> column : columns.values()) {
            group(out, "same", column);
        }
        group(out, "sink", sinks);
        inOrder(out, sources);
        inOrder(out, sinks);
    }

    /** Keeps ports in declared order top to bottom: invisible edges within the rank fix the order. */
    private static void inOrder(StringBuilder out, List<String> ids) {
        for (int i = 1; i < ids.size(); i++) {
            out.append("  ").append(quote(ids.get(i - 1))).append(" -> ").append(quote(ids.get(i)))
                    .append(" [style=invis, tailport=s, headport=n];\n");
        }
    }

    private static void group(StringBuilder out, String rank, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        out.append("  { rank=").append(rank).append(';');
        for (String id : ids) {
            out.append(' ').append(quote(id)).append(';');
        }
        out.append(" }\n");
    }

    private static String node(DiagramNode node) {
        Attributes a = new Attributes(node.id());
        if (node instanceof DiagramNode.Input in) {
            a.add("shape", "cds").add("width", "0.55").add("margin", "\"0.12,0.04\"");
            a.html("label", label(Optional.empty(), in.name(), in.value()));
        } else if (node instanceof DiagramNode.Output o) {
            a.add("shape", "cds").add("width", "0.55").add("margin", "\"0.12,0.04\"");
            a.html("label", label(Optional.empty(), o.name(), o.value()));
        } else if (node instanceof DiagramNode.Box b) {
            a.add("shape", "box3d").add("fillcolor", "\"" + BOX_FILL + "\"").add("margin", "\"0.2,0.1\"");
            a.html("label", "replica " + b.replica().name() + "<BR/><FONT POINT-SIZE=\"9\">" + b.gates() + " gate"
                    + (b.gates() == 1 ? "" : "s") + "</FONT>");
        } else if (node instanceof DiagramNode.Voter v) {
            a.add("style", "\"rounded,filled\"").add("peripheries", "2").add("fillcolor", voterFill(v.region()))
                    .add("margin", "\"0.1,0.04\"");
            a.html("label", label(Optional.of(MAJORITY), v.name(), v.value()));
        } else {
            gate(a, (DiagramNode.Gate) node);
        }
        mark(a, node.mark(), true);
        return quote(node.id()) + " " + a;
    }

    private static void gate(Attributes a, DiagramNode.Gate g) {
        GateType t = g.type();
        if (t.isConstant()) {
            a.add("width", "0.2").add("height", "0.2").add("fontsize", "9");
        }
        if (g.isVoter()) {
            a.add("style", "\"rounded,filled\"").add("peripheries", "2").add("fillcolor", voterFill(g.region()));
        } else if (g.region() == Region.MISMATCH) {
            a.add("fillcolor", "\"" + MISMATCH_FILL + "\"");
        }
        a.html("label", label(Optional.of(GateSymbols.symbol(t)), g.name(), g.value()));
    }

    /** Darker blue for a final reduction voter, light blue for a voter inside the logic. */
    private static String voterFill(Region region) {
        return "\"" + (region == Region.REDUCTION_VOTER ? REDUCTION_FILL : VOTER_FILL) + "\"";
    }

    /** An HTML label: the gate symbol, the net name (small and grey when generated), the value. */
    private static String label(Optional<String> symbol, String name, Optional<String> value) {
        StringBuilder sb = new StringBuilder();
        symbol.ifPresent(s -> sb.append("<B>").append(String.join("<BR/>", html(s.split("\n")))).append("</B><BR/>"));
        if (isToolName(name)) {
            sb.append("<FONT POINT-SIZE=\"7\" COLOR=\"" + MUTED + "\">").append(html(name)).append("</FONT>");
        } else if (symbol.isPresent()) {
            sb.append("<FONT POINT-SIZE=\"9\">").append(html(name)).append("</FONT>");
        } else {
            sb.append(html(name));
        }
        value.ifPresent(v -> sb.append("<BR/><FONT POINT-SIZE=\"10\" COLOR=\"" + VALUE + "\"><B>").append(html(v))
                .append("</B></FONT>"));
        return sb.toString();
    }

    private static String edge(Diagram diagram, DiagramEdge e) {
        Attributes a = new Attributes(e.id());
        if (e.inverted()) {
            a.add("dir", "both").add("arrowtail", "odot");
        }
        if (e.feedback()) {
            a.add("constraint", "false");
        }
        if (e.mark() == Mark.NONE && isToolName(diagram.netlist().netName(e.net()))) {
            a.add("color", "\"" + MUTED_WIRE + "\"");
        }
        mark(a, e.mark(), false);
        return quote(e.from()) + " -> " + quote(e.to()) + " " + a;
    }

    private static void mark(Attributes a, Mark mark, boolean node) {
        if (mark == Mark.NONE) {
            return;
        }
        String color = mark == Mark.SITE ? RED : ORANGE;
        a.add("color", "\"" + color + "\"").add("penwidth", mark == Mark.SITE ? "2.5" : "2");
        if (node) {
            a.add("fillcolor", "\"" + (mark == Mark.SITE ? SITE_FILL : CONE_FILL) + "\"");
        }
    }

    /** The graph label: the caption lines, then the legend, in one borderless table. */
    private static String caption(List<String> lines, String legend) {
        StringBuilder sb = new StringBuilder("<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">");
        for (int i = 0; i < lines.size(); i++) {
            String text = html(lines.get(i));
            sb.append("<TR><TD ALIGN=\"LEFT\">").append(i == 0 ? "<B>" + text + "</B>" : "<FONT POINT-SIZE=\"10\">" + text + "</FONT>")
                    .append("</TD></TR>");
        }
        sb.append("<TR><TD ALIGN=\"LEFT\">").append(legend).append("</TD></TR>");
        return sb.append("</TABLE>>").toString();
    }

    /**
     * A name some tool generated: the {@code $} namespace every tool shares ({@code $tmr$...}, {@code $blif$...},
     * {@code $aig$...}). Compare {@link dev.tmrkit.circuits.tmr.TmrNames#isTmrName}, the TMR pass's names only.
     */
    static boolean isToolName(String name) {
        return name.startsWith("$");
    }

    /** A DOT double-quoted string. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static List<String> html(String[] lines) {
        List<String> out = new ArrayList<>(lines.length);
        for (String line : lines) {
            out.add(html(line));
        }
        return out;
    }

    /**
     * Text inside an HTML-like label. Graphviz expands escape sequences in label text after reading the
     * markup ({@code \N} becomes the node's id, {@code \G} the graph's name), so a backslash is doubled:
     * {@code \\} is one literal backslash. A {@code ]} is written as a character reference: Graphviz's
     * label lexer refuses a text of only {@code ]} and loses one that follows markup.
     */
    static String html(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': sb.append("\\\\"); break;
                case ']': sb.append("&#93;"); break; // dot 2.43 refuses a text run of only ']' and drops one after markup
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                default:
                    if (c < 0x20) {
                        sb.append("&#").append((int) c).append(';');
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.toString();
    }

    /** An attribute list in insertion order; a later value for a key replaces the earlier one in place. */
    private static final class Attributes {
        private final List<String[]> entries = new ArrayList<>();

        Attributes(String id) {
            add("id", quote(id));
        }

        Attributes add(String key, String value) {
            for (String[] e : entries) {
                if (e[0].equals(key)) {
                    e[1] = value;
                    return this;
                }
            }
            entries.add(new String[] {key, value});
            return this;
        }

        Attributes html(String key, String label) {
            return add(key, "<" + label + ">");
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (String[] e : entries) {
                sb.append(sb.length() > 1 ? ", " : "").append(e[0]).append('=').append(e[1]);
            }
            return sb.append("];").toString();
        }
    }
}
