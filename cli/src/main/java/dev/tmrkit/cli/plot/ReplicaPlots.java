package dev.tmrkit.cli.plot;

import dev.tmrkit.stateful.measure.LagReport;
import dev.tmrkit.stateful.mission.MissionResult;
import dev.tmrkit.stateful.mission.StandardMissions;
import dev.tmrkit.stateful.mission.StandardMissions.StaticVsDynamic;
import dev.tmrkit.stateful.mission.SurvivalEstimate;
import dev.tmrkit.gates.stats.Wilson;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The pictures of replica runs: R(t) of static vs dynamic redundancy from Monte Carlo missions beside
 * their closed forms; each replica's deviation from the true count over one run; replication lag over
 * one run.
 */
public final class ReplicaPlots {
    private static final Color[] COLORS = {new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00),
        new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9),
        new Color(0xE6, 0x9F, 0x00), new Color(0x33, 0x33, 0x33)};
    /** Times at which R(t) is simulated. */
    public static final int POINTS = StandardMissions.CURVE_POINTS;
    /**
     * Φ⁻¹(1 − 0.01/(2·{@value #POINTS})): Wilson intervals at this z hold for all {@value #POINTS} times of a
     * curve together with 99% confidence (Bonferroni), not for each alone.
     */
    public static final double Z_SIMULTANEOUS = 3.4807564043462422;

    private ReplicaPlots() {
    }

    /** The simultaneous 99% interval of an estimate on a curve (see {@link #Z_SIMULTANEOUS}). */
    public static Wilson interval(SurvivalEstimate e) {
        return Wilson.of(e.alive(), e.missions(), Z_SIMULTANEOUS);
    }

    /** R(t) of both, simulated with 99% Wilson intervals as error bars, and the closed forms as lines. */
    public static XYChart reliability(StaticVsDynamic m) {
        XYChart chart = base(String.format(Locale.ROOT, "R(t), static TMR vs dynamic TMR + %d cold spare%s: λ = %s/time unit, %,d missions each, "
                        + "99%% Wilson bars (all %d times jointly)", m.spares(), m.spares() == 1 ? "" : "s", number(m.lambda()), m.missions(), POINTS),
                "mission time t (time units; λ failures per replica per time unit)", "reliability R(t) (share of missions still up)");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        int c = 0;
        for (MissionResult r : List.of(m.staticRun(), m.dynamicRun())) {
            boolean dynamic = r == m.dynamicRun();
            List<SurvivalEstimate> est = r.survival();
            double[] t = est.stream().mapToDouble(SurvivalEstimate::time).toArray();
            double[] y = est.stream().mapToDouble(SurvivalEstimate::reliability).toArray();
            double[] err = est.stream().mapToDouble(e -> Math.max(interval(e).high() - e.reliability(),
                    e.reliability() - interval(e).low())).toArray();
            XYSeries sim = chart.addSeries((dynamic ? "dynamic: " : "static: ") + r.configuration().label() + " (simulated)", t, y, err);
            sim.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            sim.setMarker(SeriesMarkers.CIRCLE);
            sim.setMarkerColor(COLORS[c]);
            int n = 120;
            double[] ft = new double[n + 1];
            double[] fy = new double[n + 1];
            double end = t[t.length - 1];
            for (int i = 0; i <= n; i++) {
                ft[i] = end * i / n;
                fy[i] = dynamic ? m.dynamicFormula(ft[i]) : m.staticFormula(ft[i]);
            }
            XYSeries f = chart.addSeries(dynamic ? "closed form: TMR with " + m.spares() + " cold spares" : "closed form: 3e^(−2λt) − 2e^(−3λt)", ft, fy);
            f.setMarker(SeriesMarkers.NONE);
            f.setLineColor(COLORS[c]);
            f.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
            c++;
        }
        return chart;
    }

    /**
     * One series per replica: its value minus the true count, in steps over the run; replicas whose value never
     * changed (idle spares) are left out.
     *
     * @param names   the replicas' labels
     * @param times   per replica, sample times in µs; {@code values} the values at those times
     * @param truth   the true count's change times in µs and {@code truthValues} its value from then on
     */
    public static XYChart deviation(String title, List<String> names, List<long[]> times, List<long[]> values,
                                    long[] truth, long[] truthValues) {
        XYChart chart = base(title, "simulated time (ms)", "replica value − true count (increments)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        for (int r = 0; r < names.size(); r++) {
            long[] t = times.get(r);
            long[] v = values.get(r);
            List<double[]> pts = new ArrayList<>();
            int i = 0;
            int k = 0;
            long value = 0;
            long count = 0;
            double prev = Double.NaN;
            while (i < t.length || k < truth.length) {
                long at;
                if (k >= truth.length || i < t.length && t[i] <= truth[k]) {
                    at = t[i];
                    value = v[i++];
                } else {
                    at = truth[k];
                    count = truthValues[k++];
                }
                double d = value - count;
                if (d != prev) {
                    if (!Double.isNaN(prev)) {
                        pts.add(new double[] {at / 1000.0, prev});
                    }
                    pts.add(new double[] {at / 1000.0, d});
                    prev = d;
                }
            }
            if (pts.isEmpty() || t.length < 2) {   // never held a value of its own: an idle spare
                continue;
            }
            XYSeries s = chart.addSeries(names.get(r), pts.stream().mapToDouble(p -> p[0]).toArray(),
                    pts.stream().mapToDouble(p -> p[1]).toArray());
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(COLORS[r % COLORS.length]);
            s.setLineWidth(1.2f);
        }
        return chart;
    }

    /** The largest replication lag of each replica in each time bucket, in ms; spares that never applied anything left out. */
    public static XYChart lag(String title, LagReport lag, int replicas) {
        XYChart chart = base(title, "simulated time (ms, start of each bucket of " + number(lag.bucket() / 1000.0) + " ms)",
                "largest replication lag in the bucket (ms)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setYAxisMin(0.0);
        for (LagReport.ReplicaLag r : lag.replicas()) {
            List<Long> b = r.maxByBucket();
            if (b.isEmpty() || r.replica() >= replicas && b.stream().allMatch(x -> x == 0)) {   // an idle spare
                continue;
            }
            double[] x = new double[b.size()];
            double[] y = new double[b.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = i * lag.bucket() / 1000.0;
                y[i] = Math.max(0, b.get(i)) / 1000.0;
            }
            XYSeries s = chart.addSeries("n" + r.replica(), x, y);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(COLORS[r.replica() % COLORS.length]);
            s.setLineColor(COLORS[r.replica() % COLORS.length]);
        }
        return chart;
    }

    private static XYChart base(String title, String x, String y) {
        XYChart chart = new XYChartBuilder().width(1100).height(600).title(title).xAxisTitle(x).yAxisTitle(y).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setAntiAlias(true);
        return chart;
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
