package dev.tmrkit.cli.render;

import dev.tmrkit.circuits.campaign.CampaignResult;
import dev.tmrkit.circuits.campaign.FaultResult;
import dev.tmrkit.circuits.campaign.Outcome;
import dev.tmrkit.gates.stats.Normal;
import dev.tmrkit.gates.stats.Wilson;
import dev.tmrkit.circuits.probe.FaultCone;
import dev.tmrkit.circuits.render.ElementIds;
import dev.tmrkit.circuits.campaign.RegionBreakdown;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.Pin;
import dev.tmrkit.gates.fault.Site;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One self-contained HTML page: the circuit diagram (inline SVG), the campaign summary and per-fault
 * table, and the reliability plot (inline SVG). Clicking a fault row highlights its site (red) and cone
 * (orange) in the diagram; {@code #fault=N} in the address selects row N on load.
 */
public final class HtmlReport {
    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1400px}",
            "h1{font-size:22px}h2{font-size:18px;margin-top:28px}",
            "table{border-collapse:collapse;font-size:13px}td,th{border-bottom:1px solid #ddd;padding:3px 10px;text-align:left}",
            "#fault-table tbody tr{cursor:pointer}#fault-table tbody tr:hover{background:#eef}",
            "#fault-table tr.selected{background:#fde9c8}",
            ".silent{color:#b00;font-weight:600}.detected{color:#a60}.masked{color:#070}",
            ".figure{overflow:auto;border:1px solid #ccc;padding:8px;max-height:80vh}",
            ".hl-cone polygon,.hl-cone path,.hl-cone ellipse{stroke:#f28c00 !important;stroke-width:4px !important}",
            ".hl-site polygon,.hl-site path,.hl-site ellipse{stroke:#d00000 !important;stroke-width:5px !important}",
            ".hl-site polygon{fill:#ffd6d6 !important}",
            ".note{color:#555;font-size:13px}",
            "#diagram svg{width:100%;height:auto}#reliability svg{max-width:100%;height:auto}");
    private static final String SCRIPT = String.join("\n",
            "function selectFault(row){",
            "  document.querySelectorAll('.hl-site,.hl-cone').forEach(e=>e.classList.remove('hl-site','hl-cone'));",
            "  document.querySelectorAll('#fault-table tr.selected').forEach(r=>r.classList.remove('selected'));",
            "  row.classList.add('selected');",
            "  let shown=0;",
            "  for(const id of (row.dataset.cone||'').split(' ')){const e=document.getElementById(id);if(e){e.classList.add('hl-cone');shown++;}}",
            "  for(const id of (row.dataset.site||'').split(' ')){const e=document.getElementById(id);if(e){e.classList.add('hl-site');shown++;}}",
            "  document.getElementById('selection').textContent=row.dataset.label+': '+shown+' diagram elements highlighted';",
            "}",
            "document.querySelectorAll('#fault-table tbody tr').forEach(r=>r.addEventListener('click',()=>selectFault(r)));",
            "const wanted=location.hash.match(/^#fault=(\\d+)$/);",
            "if(wanted){const r=document.querySelector('#fault-table tbody tr[data-index=\"'+wanted[1]+'\"]');if(r){r.click();}}");

    private final StringBuilder html = new StringBuilder();

    /** The page. {@code diagramSvg} and {@code plotSvg} may be null, with a note saying why. */
    String build(Netlist n, String title, List<String> facts, CampaignResult r, List<Integer> rows, long seed,
                 String diagramSvg, String diagramNote, String plotSvg, String plotNote) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("\n</style></head><body>\n");
        html.append("<h1>").append(esc(title)).append("</h1>\n<table id=\"facts\">");
        for (String f : facts) {
            int colon = f.indexOf(':');
            html.append("<tr><th>").append(esc(f.substring(0, colon))).append("</th><td>").append(esc(f.substring(colon + 1).strip()))
                    .append("</td></tr>");
        }
        html.append("</table>\n<h2>Summary</h2>\n<table id=\"summary\"><tr><th>outcome</th><th>faults</th><th>rate</th><th>95% CI</th></tr>");
        for (Outcome o : Outcome.values()) {
            Wilson w = Wilson.of(r.count(o), r.faults(), Normal.Z95);
            html.append(String.format(Locale.ROOT, "<tr><td class=\"%s\">%s</td><td>%d</td><td>%.1f%%</td><td>%.1f–%.1f%%</td></tr>",
                    o.label(), o.label(), r.count(o), 100 * w.rate(), 100 * w.low(), 100 * w.high()));
        }
        html.append("</table>\n<h2>Circuit</h2>\n<p class=\"note\">Click a fault in the table below: its site turns red and the "
                + "nets it changes for some pattern turn orange. <span id=\"selection\"></span></p>\n");
        figure("diagram", diagramSvg, diagramNote);
        html.append("<h2>Faults</h2>\n<p class=\"note\">").append(rows.size() == r.faults() ? "Every fault"
                : rows.size() + " of " + r.faults() + " faults (silent first)").append(", cones over ").append(esc(coneNote(n)))
                .append(", seed ").append(seed).append(".</p>\n");
        html.append("<table id=\"fault-table\"><thead><tr><th>#</th><th>site</th><th>fault</th><th>region</th><th>outcome</th>"
                + "<th>first failing pattern</th></tr></thead><tbody>\n");
        for (int k : rows) {
            FaultResult f = r.results().get(k);
            FaultCone cone = FaultCone.overPatterns(n, f.fault(), seed);
            html.append("<tr data-index=\"").append(k).append("\" data-label=\"").append(esc(f.site() + " " + f.kind()))
                    .append("\" data-site=\"").append(String.join(" ", siteIds(n, f.fault().site())))
                    .append("\" data-cone=\"").append(String.join(" ", coneIds(n, cone))).append("\">")
                    .append("<td>").append(k).append("</td><td>").append(esc(f.site())).append("</td><td>").append(f.kind())
                    .append("</td><td>").append(esc(RegionBreakdown.label(n, f))).append("</td><td class=\"").append(f.outcome().label()).append("\">")
                    .append(f.outcome().label()).append("</td><td>").append(f.firstFailingPattern() < 0 ? "–" : f.firstFailingPattern())
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n<h2>Reliability</h2>\n");
        figure("reliability", plotSvg, plotNote);
        html.append("<script>\n").append(SCRIPT).append("\n</script>\n</body></html>\n");
        return html.toString();
    }

    private static String coneNote(Netlist n) {
        int inputs = TmrRoles.inputTies(n).logicalInputs();
        return inputs <= FaultCone.EXHAUSTIVE_LIMIT ? "every input combination" : FaultCone.RANDOM_PATTERNS + " random patterns";
    }

    private void figure(String id, String svg, String note) {
        html.append("<div class=\"figure\" id=\"").append(id).append("\">");
        if (svg == null) {
            html.append("<p class=\"note\">").append(esc(note)).append("</p>");
        } else {
            html.append(stripProlog(svg));
            if (note != null) {
                html.append("<p class=\"note\">").append(esc(note)).append("</p>");
            }
        }
        html.append("</div>\n");
    }

    /** The diagram elements of a fault site: a net's node, or the wire of one branch or output port. */
    static List<String> siteIds(Netlist n, Site site) {
        List<String> ids = new ArrayList<>();
        if (site instanceof Site.Stem s) {
            ids.add(ElementIds.elementId(n.netName(s.net())));
        } else if (site instanceof Site.Branch b) {
            int net = n.gate(b.gate()).input(b.pin());
            List<Pin> pins = n.fanoutPins(net);
            ids.add(ElementIds.edgeId(n.netName(net), pins.indexOf(new Pin(b.gate(), b.pin()))));
        } else if (site instanceof Site.Port p) {
            String net = n.netName(n.output(p.output()));
            ids.add(ElementIds.portEdgeId(net, p.output()));
            ids.add(ElementIds.portId(net, p.output()));
        }
        return ids;
    }

    /** Every differing net's node, its wires, and the output ports that show it. */
    static List<String> coneIds(Netlist n, FaultCone cone) {
        Set<String> ids = new LinkedHashSet<>();
        cone.differing().stream().forEach(net -> {
            String name = n.netName(net);
            ids.add(ElementIds.elementId(name));
            for (int k = 0; k < n.fanout(net); k++) {
                ids.add(ElementIds.edgeId(name, k));
            }
            for (int o = 0; o < n.outputCount(); o++) {
                if (n.output(o) == net) {
                    ids.add(ElementIds.portEdgeId(name, o));
                    ids.add(ElementIds.portId(name, o));
                }
            }
        });
        return new ArrayList<>(ids);
    }

    /** An SVG document as an element to inline: without the XML declaration, doctype and comments before it. */
    static String stripProlog(String svg) {
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
