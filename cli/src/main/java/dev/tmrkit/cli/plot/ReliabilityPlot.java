package dev.tmrkit.cli.plot;

import dev.tmrkit.circuits.campaign.MonteCarlo;
import dev.tmrkit.circuits.reliability.ReliabilityPoint;
import dev.tmrkit.circuits.reliability.Variant;
import java.awt.BasicStroke;
import java.awt.Color;
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

    public static XYChart chart(String circuit, List<ReliabilityPoint> points, OptionalDouble crossover) {
        XYChart chart = new XYChartBuilder().width(900).height(600)
                .title("Reliability of " + circuit + ": simplex vs TMR (simulated, 95% CI)")
                .xAxisTitle("per-gate failure probability p (log scale)")
                .yAxisTitle("system reliability R_sys (probability all outputs right)").build();
        Styler s = chart.getStyler();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setXAxisDecimalPattern("0.#####");
        s.setAntiAlias(true);
        double[] p = points.stream().mapToDouble(ReliabilityPoint::p).map(x -> Math.max(x, 1e-9)).toArray();
        int c = 0;
        for (Variant v : Variant.values()) {
            double[] r = new double[points.size()];
            double[] err = new double[points.size()];
            for (int i = 0; i < r.length; i++) {
                MonteCarlo.Result m = points.get(i).simulated().get(v);
                r[i] = m.reliability();
                err[i] = Math.max(m.interval().high() - r[i], r[i] - m.interval().low());
            }
            XYSeries series = chart.addSeries(v.label() + " (simulated)", p, r, err);
            series.setLineColor(COLORS[c]);
            series.setMarkerColor(COLORS[c]);
            series.setMarker(SeriesMarkers.CIRCLE);
            c++;
        }
        double[] formula = points.stream().mapToDouble(ReliabilityPoint::tmrPerfect).toArray();
        XYSeries f = chart.addSeries("3R²−2R³ (perfect voter, from simulated R)", p, formula);
        f.setLineColor(COLORS[2]);
        f.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        f.setMarker(SeriesMarkers.NONE);
        double[] imperfect = points.stream().mapToDouble(ReliabilityPoint::tmrImperfect).toArray();
        XYSeries g = chart.addSeries("R_v·(3R²−2R³) (voter gates fail too)", p, imperfect);
        g.setLineColor(COLORS[1]);
        g.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 4f}, 0f));
        g.setMarker(SeriesMarkers.NONE);
        if (crossover.isPresent()) {
            chart.addAnnotation(new AnnotationLine(crossover.getAsDouble(), true, false));
            chart.addAnnotation(new AnnotationText(String.format(Locale.ROOT, "  crossover: simplex R = 1/2 at p ≈ %.3g", crossover.getAsDouble()),
                    crossover.getAsDouble() * 1.08, 0.55, false));
        }
        return chart;
    }
}
