package dev.tmrkit.cli.render;

import dev.tmrkit.circuits.campaign.RegionBreakdown;
import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.probe.FaultCone;
import dev.tmrkit.circuits.render.ElementIds;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.Pin;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.stats.Normal;
import dev.tmrkit.gates.stats.Wilson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One self-contained HTML page: the campaign summary and its outcomes per TMR region, the reliability plot
 * (inline SVG), the circuit diagram (inline SVG, with its legend; the wheel zooms, dragging pans) and the
 * per-fault table (click a header to sort; filter by outcome or region; search). Clicking a fault row
 * highlights its site (red) and cone (orange) in the diagram; {@code #fault=N} in the address selects row N
 * on load.
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
            "#reliability svg{max-width:100%;height:auto}",
            "#diagram{position:relative;overflow:hidden;height:70vh;cursor:grab;padding:0}#diagram svg{width:100%;height:100%}",
            "#diagram.panning{cursor:grabbing}.zoom{position:absolute;right:8px;top:8px;z-index:2}",
            ".zoom button{font-size:14px;min-width:28px;margin-left:2px}",
            ".key span{display:inline-block;margin-right:14px}.key i{display:inline-block;width:14px;height:10px;margin-right:4px;border:2px solid}",
            "#fault-table th{cursor:pointer;user-select:none;background:#f4f4f4;position:sticky;top:0}",
            "#fault-table th.asc::after{content:' ▲'}#fault-table th.desc::after{content:' ▼'}",
            ".table-wrap{max-height:70vh;overflow:auto;border:1px solid #ccc}.controls{margin:6px 0}.controls *{margin-right:8px}");
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
            "const wanted=location.hash.match(/^#fault=(\\d+)/);",
            "if(wanted){const r=document.querySelector('#fault-table tbody tr[data-index=\"'+wanted[1]+'\"]');if(r){r.click();}}",
            "// zoom and pan: the wheel zooms about the pointer, dragging pans, the buttons zoom about the centre",
            "const fig=document.getElementById('diagram');const svg=fig&&fig.querySelector('svg');",
            "if(svg){",
            "  const vb0=svg.viewBox.baseVal;const home=[vb0.x,vb0.y,vb0.width,vb0.height];let vb=home.slice();",
            "  const set=()=>svg.setAttribute('viewBox',vb.join(' '));",
            "  const zoom=(f,cx,cy)=>{vb=[cx-(cx-vb[0])*f,cy-(cy-vb[1])*f,vb[2]*f,vb[3]*f];set();};",
            "  const at=e=>{const r=svg.getBoundingClientRect();return[vb[0]+(e.clientX-r.left)/r.width*vb[2],vb[1]+(e.clientY-r.top)/r.height*vb[3]];};",
            "  svg.addEventListener('wheel',e=>{e.preventDefault();const p=at(e);zoom(e.deltaY<0?0.8:1.25,p[0],p[1]);},{passive:false});",
            "  let drag=null;",
            "  svg.addEventListener('mousedown',e=>{drag=[e.clientX,e.clientY];fig.classList.add('panning');});",
            "  window.addEventListener('mouseup',()=>{drag=null;fig.classList.remove('panning');});",
            "  window.addEventListener('mousemove',e=>{if(!drag)return;const r=svg.getBoundingClientRect();",
            "    vb[0]-=(e.clientX-drag[0])/r.width*vb[2];vb[1]-=(e.clientY-drag[1])/r.height*vb[3];drag=[e.clientX,e.clientY];set();});",
            "  document.getElementById('zoom-in').onclick=()=>zoom(0.8,vb[0]+vb[2]/2,vb[1]+vb[3]/2);",
            "  document.getElementById('zoom-out').onclick=()=>zoom(1.25,vb[0]+vb[2]/2,vb[1]+vb[3]/2);",
            "  document.getElementById('zoom-reset').onclick=()=>{vb=home.slice();set();};",
            "}",
            "// the fault table: click a header to sort, choose an outcome or region, type to search",
            "const body=document.querySelector('#fault-table tbody');const rows=Array.from(body.rows);",
            "function refilter(){const q=document.getElementById('search').value.toLowerCase();",
            "  const o=document.getElementById('outcome').value;const g=document.getElementById('region').value;let shown=0;",
            "  for(const r of rows){const ok=(!o||r.cells[4].textContent===o)&&(!g||r.cells[3].textContent===g)&&(!q||r.textContent.toLowerCase().includes(q));",
            "    r.style.display=ok?'':'none';shown+=ok?1:0;}",
            "  document.getElementById('shown').textContent=shown+' of '+rows.length+' faults shown';}",
            "['search','outcome','region'].forEach(id=>document.getElementById(id).addEventListener('input',refilter));",
            "document.querySelectorAll('#fault-table th').forEach((th,col)=>th.addEventListener('click',()=>{",
            "  const asc=!th.classList.contains('asc');document.querySelectorAll('#fault-table th').forEach(h=>h.classList.remove('asc','desc'));",
            "  th.classList.add(asc?'asc':'desc');const key=r=>r.cells[col].dataset.sort??r.cells[col].textContent;",
            "  rows.sort((a,b)=>{const x=key(a),y=key(b);const nx=parseFloat(x),ny=parseFloat(y);",
            "    const c=!isNaN(nx)&&!isNaN(ny)?nx-ny:x.localeCompare(y);return asc?c:-c;});",
            "  rows.forEach(r=>body.appendChild(r));}));",
            "const q=location.hash.match(/[#&]q=([^&]*)/);if(q){document.getElementById('search').value=decodeURIComponent(q[1]);}",
            "refilter();");

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
        html.append("</table>\n");
        regions(n, r);
        html.append("<h2>Reliability</h2>\n");
        figure("reliability", plotSvg, plotNote);
        html.append("<h2>Circuit</h2>\n<p class=\"note\">Click a fault in the table below: its site turns red and the "
                + "nets it changes ").append(n.isSequential() ? "in the first clock cycle after reset" : "for some input pattern")
                .append(" turn orange. Scroll to zoom, drag to pan. <span id=\"selection\"></span></p>\n")
                .append("<p class=\"key note\"><span><i style=\"border-color:#d00000;background:#ffd6d6\"></i>fault site</span>"
                + "<span><i style=\"border-color:#f28c00\"></i>nets the fault changes</span>"
                + "<span>the legend in the diagram explains its symbols and colours</span></p>\n");
        figure("diagram", diagramSvg, diagramNote);
        html.append("<h2>Faults</h2>\n<p class=\"note\">").append(rows.size() == r.faults() ? "Every fault"
                : rows.size() + " of " + r.faults() + " faults (silent first)").append(", cones over ").append(esc(coneNote(n)))
                .append(", seed ").append(seed).append(".</p>\n");
        html.append("<div class=\"controls\"><input id=\"search\" type=\"search\" placeholder=\"search sites, faults…\">"
                + "<select id=\"outcome\"><option value=\"\">every outcome</option>");
        for (Outcome o : Outcome.values()) {
            html.append("<option>").append(o.label()).append("</option>");
        }
        html.append("</select><select id=\"region\"><option value=\"\">every region</option>");
        for (String region : RegionBreakdown.of(n, r).counts().keySet()) {
            html.append("<option>").append(esc(region)).append("</option>");
        }
        html.append("</select><span id=\"shown\" class=\"note\"></span></div>\n<div class=\"table-wrap\">"
                + "<table id=\"fault-table\"><thead><tr><th>#</th><th>site</th><th>fault</th><th>region</th><th>outcome</th>"
                + "<th>first failing ").append(n.isSequential() ? "cycle pattern" : "pattern").append("</th></tr></thead><tbody>\n");
        for (int k : rows) {
            FaultResult f = r.results().get(k);
            FaultCone cone = FaultCone.overPatterns(n, f.fault(), seed);
            html.append("<tr data-index=\"").append(k).append("\" data-label=\"").append(esc(f.site() + " " + f.kind()))
                    .append("\" data-site=\"").append(String.join(" ", siteIds(n, f.fault().site())))
                    .append("\" data-cone=\"").append(String.join(" ", coneIds(n, cone))).append("\">")
                    .append("<td>").append(k).append("</td><td>").append(esc(f.site())).append("</td><td>").append(f.kind())
                    .append("</td><td>").append(esc(RegionBreakdown.label(n, f))).append("</td><td class=\"").append(f.outcome().label())
                    .append("\" data-sort=\"").append(f.outcome().ordinal()).append("\">")
                    .append(f.outcome().label()).append("</td><td>").append(f.firstFailingPattern() < 0 ? "–" : f.firstFailingPattern())
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
        html.append("<script>\n").append(SCRIPT).append("\n</script>\n</body></html>\n");
        return html.toString();
    }

    private static String coneNote(Netlist n) {
        int inputs = TmrRoles.inputTies(n).logicalInputs();
        String patterns = inputs <= FaultCone.EXHAUSTIVE_LIMIT ? "every input combination" : FaultCone.RANDOM_PATTERNS + " random patterns";
        return n.isSequential() ? "the first clock cycle after reset (registers at 0), with " + patterns + " of that cycle" : patterns;
    }

    /** Outcomes per region, as {@code tmrkit inject} prints them for a TMR netlist. */
    private void regions(Netlist n, CampaignResult r) {
        if (!RegionBreakdown.applies(n)) {
            return; // no TMR: nothing to break down
        }
        RegionBreakdown b = RegionBreakdown.of(n, r);
        html.append("<h2>By region</h2>\n<table id=\"regions\"><tr><th>region</th><th>faults</th>");
        for (Outcome o : Outcome.values()) {
            html.append("<th>").append(o.label()).append("</th>");
        }
        html.append("</tr>");
        for (String region : b.counts().keySet()) {
            int total = 0;
            for (Outcome o : Outcome.values()) {
                total += b.count(region, o);
            }
            html.append("<tr><td>").append(esc(region)).append("</td><td>").append(total).append("</td>");
            for (Outcome o : Outcome.values()) {
                html.append("<td class=\"").append(o.label()).append("\">").append(b.count(region, o)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>\n");
    }

    private void figure(String id, String svg, String note) {
        html.append("<div class=\"figure\" id=\"").append(id).append("\">");
        if (id.equals("diagram") && svg != null) {
            html.append("<div class=\"zoom\"><button id=\"zoom-in\" title=\"zoom in\">+</button><button id=\"zoom-out\" "
                    + "title=\"zoom out\">−</button><button id=\"zoom-reset\" title=\"fit\">fit</button></div>");
        }
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
