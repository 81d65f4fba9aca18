package dev.tmrkit.circuits.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DOT text {@link DotWriter} produces, read back line by line for structural tests (one statement per
 * line: nodes, edges, cluster blocks, rank groups). Not a general DOT parser.
 */
final class Dot {
    /** A node: its attributes and the cluster it is declared in (null outside clusters). */
    record Node(String id, Map<String, String> attrs, String cluster) {
        String attr(String key) {
            return attrs.get(key);
        }
    }

    record Edge(String from, String to, Map<String, String> attrs) {
        String attr(String key) {
            return attrs.get(key);
        }
    }

    record Rank(String kind, List<String> ids) {
    }

    final Map<String, Node> nodes = new LinkedHashMap<>();
    final List<Edge> edges = new ArrayList<>();
    /** The invisible edges that only fix the order of nodes within a rank. */
    final List<Edge> orderEdges = new ArrayList<>();
    final List<Rank> ranks = new ArrayList<>();
    final Map<String, String> clusterLabels = new LinkedHashMap<>();

    Dot(String text) {
        String cluster = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("subgraph ")) {
                cluster = line.substring("subgraph ".length(), line.indexOf(' ', "subgraph ".length()));
            } else if (line.equals("}")) {
                cluster = null;
            } else if (line.startsWith("graph [") && cluster != null) {
                clusterLabels.put(cluster, attributes(line.substring("graph ".length())).get("label"));
            } else if (line.startsWith("{ rank=")) {
                String body = line.substring(2, line.length() - 2);
                String[] parts = body.split(";");
                List<String> ids = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    ids.add(unquote(parts[i].strip()));
                }
                ranks.add(new Rank(parts[0].substring("rank=".length()), ids));
            } else if (line.startsWith("\"")) {
                int end = line.indexOf('"', 1);
                String first = line.substring(1, end);
                String rest = line.substring(end + 1).strip();
                if (rest.startsWith("->")) {
                    rest = rest.substring(2).strip();
                    int end2 = rest.indexOf('"', 1);
                    Edge e = new Edge(first, rest.substring(1, end2), attributes(rest.substring(end2 + 1).strip()));
                    ("invis".equals(e.attr("style")) ? orderEdges : edges).add(e);
                } else {
                    nodes.put(first, new Node(first, attributes(rest), cluster));
                }
            }
        }
    }

    List<Edge> edgesFrom(String id) {
        return edges.stream().filter(e -> e.from().equals(id)).toList();
    }

    /** Parses {@code [k=v, k="v", k=<html>];} with quotes and nested angle brackets. */
    static Map<String, String> attributes(String list) {
        Map<String, String> out = new LinkedHashMap<>();
        String s = list.strip();
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.substring(1, s.length() - 1);
        int i = 0;
        while (i < s.length()) {
            int eq = s.indexOf('=', i);
            String key = s.substring(i, eq).strip();
            int j = eq + 1;
            int depth = 0;
            boolean quoted = false;
            StringBuilder value = new StringBuilder();
            while (j < s.length()) {
                char c = s.charAt(j);
                if (quoted) {
                    if (c == '\\') {
                        value.append(c).append(s.charAt(j + 1));
                        j += 2;
                        continue;
                    }
                    quoted = c != '"';
                } else if (c == '"') {
                    quoted = true;
                } else if (c == '<') {
                    depth++;
                } else if (c == '>') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    break;
                }
                value.append(c);
                j++;
            }
            out.put(key, unquote(value.toString().strip()));
            i = j + 1;
        }
        return out;
    }

    static String unquote(String s) {
        return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\") : s;
    }
}
