package dev.tmrkit.cli.plot;

import dev.tmrkit.circuits.campaign.engine.MonteCarlo;
import dev.tmrkit.circuits.reliability.ReliabilityPoint;
import dev.tmrkit.circuits.reliability.Variant;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * R_sys(p): the simulated reliability of simplex and TMR variants with their confidence intervals as
 * error bars, the analytic 3R²−2R³ curve beside them, and the crossover marked.
 */
public final class ReliabilityPlot {
    private static final Color[] COLORS = {new Color(0x33, 0x33, 0x33), new Color(0xD5, 0x5E, 0x00),
        new Color(0x00, 0x72, 0xB2), new Color(0x00, 0x9E, 0x73)};

    private ReliabilityPlot() {
    }

    /** R_sys on a linear axis from 0 to 1, with 95% error bars. */
    public static XYChart chart(String circuit, List<ReliabilityPoint> points, OptionalDouble crossover) {
        return chart(circuit, points, crossover, false);
    }

    /**
     * The plot; with {@code logUnreliability} the y axis is 1 − R_sys on a log scale, where the region near
     * R = 1 lives. A log axis cannot show 0 nor symmetric error bars: points with no failure in their trials
     * are left out and the intervals are not drawn (the title says so; the table prints them).
     */
    public static XYChart chart(String circuit, List<ReliabilityPoint> points, OptionalDouble crossover, boolean logUnreliability) {
        XYChart chart = new XYChartBuilder().width(900).height(600)
                .title(logUnreliability ? "Unreliability of " + circuit + ": simplex vs TMR (simulated; 0 and CIs not drawn)"
                        : "Reliability of " + circuit + ": simplex vs TMR (simulated, 95% CI)")
                .xAxisTitle("per-gate failure probability p (log scale)")
                .yAxisTitle(logUnreliability ? "system unreliability 1 − R_sys (log scale)"
                        : "system reliability R_sys (probability all outputs right)").build();
        Styler s = chart.getStyler();
        chart.getStyler().setXAxisLogarithmic(true);
        if (logUnreliability) {
            chart.getStyler().setYAxisLogarithmic(true);
            chart.getStyler().setYAxisMax(1.0);
            chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        } else {
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(1.0);
            chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        }
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setXAxisDecimalPattern("0.#####");
        s.setAntiAlias(true);
        double[] p = points.stream().mapToDouble(ReliabilityPoint::p).map(x -> Math.max(x, 1e-9)).toArray();
        double minY = 1;
        int c = 0;
        for (Variant v : Variant.values()) {
            double[] r = new double[points.size()];
            double[] err = new double[points.size()];
            for (int i = 0; i < r.length; i++) {
                MonteCarlo.Result m = points.get(i).simulated().get(v);
                r[i] = m.reliability();
                err[i] = Math.max(m.interval().high() - r[i], r[i] - m.interval().low());
            }
            XYSeries series;
            if (logUnreliability) {
                double[][] xy = positive(p, unreliability(r));
                minY = Math.min(minY, min(xy[1]));
                series = xy[0].length == 0 ? null : chart.addSeries(v.label() + " (simulated)", xy[0], xy[1]);
            } else {
                series = chart.addSeries(v.label() + " (simulated)", p, r, err);
            }
            if (series != null) {
                series.setLineColor(COLORS[c]);
                series.setMarkerColor(COLORS[c]);
                series.setMarker(SeriesMarkers.CIRCLE);
            }
            c++;
        }
        double[] formula = points.stream().mapToDouble(ReliabilityPoint::tmrPerfect).toArray();
        XYSeries f = curve(chart, "3R²−2R³ (perfect voter, from simulated R)", p, formula, logUnreliability);
        if (f != null) {
            f.setLineColor(COLORS[2]);
            f.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
            f.setMarker(SeriesMarkers.NONE);
        }
        double[] imperfect = points.stream().mapToDouble(ReliabilityPoint::tmrImperfect).toArray();
        XYSeries g = curve(chart, "R_v·(3R²−2R³) (voter gates fail too)", p, imperfect, logUnreliability);
        if (g != null) {
            g.setLineColor(COLORS[1]);
            g.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 4f}, 0f));
            g.setMarker(SeriesMarkers.NONE);
        }
        if (crossover.isPresent() && p.length > 0) {
            double x = crossover.getAsDouble();
            double[] range = {Arrays.stream(p).min().getAsDouble(), Arrays.stream(p).max().getAsDouble()};
            chart.addAnnotation(new AnnotationLine(x, true, false));
            double y = logUnreliability ? Math.sqrt(Math.max(minY, 1e-12)) : 0.55;
            chart.addAnnotation(new AnnotationText(crossoverLabel(x), labelCentre(x, range[0], range[1]), y, false));
        }
        return chart;
    }

    static String crossoverLabel(double crossover) {
        return String.format(Locale.ROOT, "crossover: simplex R = 1/2 at p ≈ %.3g", crossover);
    }

    /**
     * Where to centre the crossover label (XChart centres annotation text on its x): beside the line on the side
     * with more room, and never so near an edge that the text leaves the frame. The label is taken to be at
     * most {@link #LABEL_HALF_WIDTH} of the plot's width either side of its centre, measured on the log axis.
     */
    static double labelCentre(double crossover, double pMin, double pMax) {
        if (!(pMax > pMin) || !(crossover > 0)) {
            return crossover;
        }
        double span = Math.log(pMax / pMin);
        double f = Math.log(crossover / pMin) / span;
        double centre = f <= 0.5 ? f + 0.02 + LABEL_HALF_WIDTH : f - 0.02 - LABEL_HALF_WIDTH;
        centre = Math.max(LABEL_HALF_WIDTH, Math.min(1 - LABEL_HALF_WIDTH, centre));
        return pMin * Math.exp(centre * span);
    }

    /** Half the label's width as a share of the plot's width (about 300 of the 800 px plot area at 900 px). */
    static final double LABEL_HALF_WIDTH = 0.2;

    private static XYSeries curve(XYChart chart, String name, double[] p, double[] r, boolean log) {
        if (!log) {
            return chart.addSeries(name, p, r);
        }
        double[][] xy = positive(p, unreliability(r));
        return xy[0].length == 0 ? null : chart.addSeries(name, xy[0], xy[1]);
    }

    private static double[] unreliability(double[] r) {
        double[] u = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            u[i] = 1 - r[i];
        }
        return u;
    }

    /** The points whose y is above 0: a log axis cannot show the others. */
    private static double[][] positive(double[] x, double[] y) {
        int n = 0;
        for (double v : y) {
            n += v > 0 ? 1 : 0;
        }
        double[][] out = new double[2][n];
        for (int i = 0, k = 0; i < y.length; i++) {
            if (y[i] > 0) {
                out[0][k] = x[i];
                out[1][k++] = y[i];
            }
        }
        return out;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(1);
    }
}
