package dev.tmrkit.cli.replicas;

import dev.tmrkit.stateful.sim.engine.Simulator;
import dev.tmrkit.stateful.sim.engine.TraceEvent;
import dev.tmrkit.stateful.sim.engine.TraceListener;
import dev.tmrkit.stateful.sim.fault.Fault;
import dev.tmrkit.stateful.sim.fault.FaultSchedule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A space-time (Lamport) diagram of the first {@code span} µs of a run, as hand-written SVG: one lane
 * per node in the order the nodes start, time to the right, one arrow per delivered message from its
 * send (time and sender, reported by the simulator when it is sent) to its delivery; lost messages end
 * in ✕ halfway; crashes as a red ✕ and recoveries as a green ○ on their lane; bit flips as an orange
 * diamond; partitions as shaded bands over the lanes cut off from the first group. At most
 * {@value #MAX_ARROWS} message arrows are drawn; the picture says when it stops early.
 */
public final class Timeline implements TraceListener {
    static final int MAX_ARROWS = 2000;
    private static final int WIDTH = 1600;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int LANE = 30;

    private final long span;
    private final Map<String, Integer> lanes = new LinkedHashMap<>();
    private final Map<List<Object>, ArrayDeque<Long>> inFlight = new HashMap<>();
    private final List<long[]> arrows = new ArrayList<>();      // send, from lane, deliver, to lane
    private final List<long[]> lost = new ArrayList<>();        // send, from lane, to lane
    private final List<long[]> marks = new ArrayList<>();       // time, lane, kind ordinal
    private long sendsSeen;
    private boolean capped;

    Timeline(long span) {
        this.span = span;
    }

    @Override
    public void event(TraceEvent e) {
        if (e.time() > span) {
            return;
        }
        lanes.putIfAbsent(e.node(), lanes.size());
        switch (e.kind()) {
            case DELIVER -> {
                ArrayDeque<Long> q = inFlight.get(List.of(e.from(), e.node(), e.detail()));
                long sent = q == null || q.isEmpty() ? e.time() : q.removeFirst();
                if (arrows.size() < MAX_ARROWS) {
                    arrows.add(new long[] {sent, lane(e.from()), e.time(), lane(e.node())});
                } else {
                    capped = true;
                }
            }
            case CRASH, RECOVER, FLIP -> marks.add(new long[] {e.time(), lane(e.node()), e.kind().ordinal()});
            default -> {
            }
        }
    }

    @Override
    public void sent(long time, String from, String to, Object message, int copies) {
        if (time > span) {
            return;
        }
        sendsSeen++;
        if (copies == 0) {
            if (lost.size() < MAX_ARROWS) {
                lost.add(new long[] {time, lane(from), lane(to)});
            }
            return;
        }
        ArrayDeque<Long> q = inFlight.computeIfAbsent(List.of(from, to, message), k -> new ArrayDeque<>());
        for (int i = 0; i < copies; i++) {
            q.addLast(time);
        }
    }

    private int lane(String node) {
        return lanes.computeIfAbsent(node, k -> lanes.size());
    }

    /** Message arrows drawn. */
    int arrows() {
        return arrows.size();
    }

    /** The SVG; {@code faults} supplies the partitions, {@code title} the heading. */
    String svg(String title, FaultSchedule faults) {
        int height = TOP + LANE * lanes.size() + 50;
        double plot = WIDTH - LEFT - RIGHT;
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n", WIDTH, height, WIDTH, height));
        sb.append("<defs><marker id=\"head\" markerWidth=\"8\" markerHeight=\"6\" refX=\"8\" refY=\"3\" orient=\"auto\">"
                + "<path d=\"M0,0 L8,3 L0,6 z\" fill=\"#446\"/></marker></defs>\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        String note = capped ? " — stopped after the first " + MAX_ARROWS + " messages" : "";
        sb.append("<text x=\"").append(LEFT).append("\" y=\"24\" font-size=\"15\">").append(xml(title + note)).append("</text>\n");
        sb.append("<text x=\"").append(LEFT).append("\" y=\"42\" fill=\"#555\">").append(xml(
                "arrows: send → delivery; ✕ on an arrow: lost; red ✕ on a lane: crash; green ○: recovery; "
                        + "orange ◆: bit flip; grey band: partitioned away")).append("</text>\n");
        // partitions first, under everything
        for (Fault f : faults.faults()) {
            if (f instanceof Fault.Partition p && p.at() <= span) {
                double x0 = x(p.at(), plot);
                double x1 = x(Math.min(p.to(), span), plot);
                for (int g = 1; g < p.groups().size(); g++) {
                    for (int node : p.groups().get(g)) {
                        Integer l = lanes.get("n" + node);
                        if (l != null) {
                            sb.append(String.format(Locale.ROOT, "<rect class=\"partition\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
                                    + "height=\"%d\" fill=\"#888\" fill-opacity=\"0.25\"/>\n", x0, TOP + l * LANE, x1 - x0, LANE));
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> lane : lanes.entrySet()) {
            int y = laneY(lane.getValue());
            sb.append(String.format(Locale.ROOT, "<g class=\"lane\"><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                    + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/></g>\n",
                    LEFT - 8, y + 4, xml(lane.getKey()), LEFT, y, WIDTH - RIGHT, y));
        }
        // time axis
        int axis = TOP + LANE * lanes.size() + 10;
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", LEFT, axis, WIDTH - RIGHT, axis));
        double step = tick(span / 1000.0);
        for (double ms = 0; ms <= span / 1000.0 + 1e-9; ms += step) {
            double x = x((long) Math.round(ms * 1000), plot);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x, axis, x, axis + 5, x, axis + 18, number(ms)));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">time (ms)</text>\n", WIDTH - RIGHT, axis + 34));
        for (long[] a : arrows) {
            sb.append(String.format(Locale.ROOT, "<line class=\"msg\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#446\" "
                    + "stroke-opacity=\"0.6\" marker-end=\"url(#head)\"/>\n", x(a[0], plot), laneY((int) a[1]), x(a[2], plot), laneY((int) a[3])));
        }
        for (long[] a : lost) {
            double x0 = x(a[0], plot);
            double y0 = laneY((int) a[1]);
            double y1 = (y0 + laneY((int) a[2])) / 2;
            double x1 = x0 + 6;
            sb.append(String.format(Locale.ROOT, "<g class=\"lost\"><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b00\" "
                    + "stroke-dasharray=\"3,2\"/><text x=\"%.1f\" y=\"%.1f\" fill=\"#b00\" text-anchor=\"middle\">✕</text></g>\n",
                    x0, y0, x1, y1, x1, y1 + 4));
        }
        for (long[] m : marks) {
            double x = x(m[0], plot);
            int y = laneY((int) m[1]);
            Simulator.EventKind kind = Simulator.EventKind.values()[(int) m[2]];
            switch (kind) {
                case CRASH -> sb.append(String.format(Locale.ROOT, "<text class=\"crash\" data-node=\"%s\" x=\"%.1f\" y=\"%d\" "
                        + "fill=\"red\" font-size=\"20\" text-anchor=\"middle\">✕</text>\n", xml(name((int) m[1])), x, y + 7));
                case RECOVER -> sb.append(String.format(Locale.ROOT, "<circle class=\"recover\" data-node=\"%s\" cx=\"%.1f\" cy=\"%d\" "
                        + "r=\"6\" fill=\"none\" stroke=\"green\" stroke-width=\"2\"/>\n", xml(name((int) m[1])), x, y));
                default -> sb.append(String.format(Locale.ROOT, "<path class=\"flip\" data-node=\"%s\" d=\"M%.1f,%d l6,6 l-6,6 l-6,-6 z\" "
                        + "fill=\"orange\"/>\n", xml(name((int) m[1])), x, y - 6));
            }
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private String name(int lane) {
        return lanes.entrySet().stream().filter(e -> e.getValue() == lane).map(Map.Entry::getKey).findFirst().orElse("?");
    }

    private double x(long t, double plot) {
        return LEFT + plot * Math.min(t, span) / span;
    }

    private static int laneY(int lane) {
        return TOP + LANE * lane + LANE / 2;
    }

    private static double tick(double ms) {
        double raw = ms / 10;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        return raw / p < 2 ? 2 * p : raw / p < 5 ? 5 * p : 10 * p;
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
