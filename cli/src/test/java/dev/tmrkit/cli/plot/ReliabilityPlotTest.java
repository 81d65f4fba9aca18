package dev.tmrkit.cli.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.reliability.ReliabilityPoint;
import dev.tmrkit.circuits.reliability.ReliabilitySweep;
import dev.tmrkit.circuits.reliability.Variant;
import dev.tmrkit.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The crossover label stays in the frame; --log-unreliability plots 1 − R on a log axis. */
class ReliabilityPlotTest {
    @TempDir
    Path tmp;

    @Test
    void theCrossoverLabelIsInsideTheFrameAndBesideItsLine() {
        double lo = 0.001;
        double hi = 0.3;
        for (double x : new double[] {0.001, 0.0015, 0.01, 0.05, 0.15, 0.25, 0.3}) {
            double centre = ReliabilityPlot.labelCentre(x, lo, hi);
            double span = Math.log(hi / lo);
            double c = Math.log(centre / lo) / span;
            double line = Math.log(x / lo) / span;
            double left = c - ReliabilityPlot.LABEL_HALF_WIDTH;
            double right = c + ReliabilityPlot.LABEL_HALF_WIDTH;
            assertTrue(left >= -1e-9 && right <= 1 + 1e-9, x + ": label spans " + left + ".." + right + " of the axis");
            if (line > 2 * ReliabilityPlot.LABEL_HALF_WIDTH && line < 1 - 2 * ReliabilityPlot.LABEL_HALF_WIDTH) {
                assertTrue(right < line || left > line, x + ": the label does not cross its line");
            }
        }
        // the old placement (centre at 1.08 x) put the label half outside the frame for a crossover near the right edge
        double old = Math.log(0.25 * 1.08 / lo) / Math.log(hi / lo);
        assertTrue(old + ReliabilityPlot.LABEL_HALF_WIDTH > 1);
    }

    @Test
    void logUnreliabilityPlotsOneMinusRWithoutItsZeros() {
        List<ReliabilityPoint> points = new ReliabilitySweep(BuiltinCircuits.byName("c17").orElseThrow())
                .run(new double[] {0.0001, 0.01, 0.1}, 2000, 7, 1, ProgressListener.NONE);
        XYChart chart = ReliabilityPlot.chart("c17", points, OptionalDouble.empty(), true);
        assertTrue(chart.getStyler().isYAxisLogarithmic() && chart.getStyler().isXAxisLogarithmic());
        XYSeries simplex = chart.getSeries(Variant.values()[0].label() + " (simulated)");
        int k = 0;
        for (ReliabilityPoint p : points) {
            double u = 1 - p.simulated().get(Variant.values()[0]).reliability();
            if (u > 0) {
                assertEquals(p.p(), simplex.getXData()[k], 0);
                assertEquals(u, simplex.getYData()[k], 1e-15);
                k++;
            }
        }
        assertEquals(k, simplex.getXData().length, "exactly the points with a failure");
        XYChart linear = ReliabilityPlot.chart("c17", points, OptionalDouble.empty(), false);
        assertFalse(linear.getStyler().isYAxisLogarithmic());
        assertArrayEquals(points.stream().mapToDouble(p -> p.simulated().get(Variant.values()[0]).reliability()).toArray(),
                linear.getSeries(Variant.values()[0].label() + " (simulated)").getYData(), 0);
    }

    @Test
    void logUnreliabilityNeedsAPlot() throws Exception {
        Cli r = Cli.run("reliability", "c17", "--log-unreliability");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--plot"), r.err());
        Path png = tmp.resolve("u.png");
        Cli ok = Cli.run("reliability", "c17", "--p", "0.001,0.01,0.1", "--trials", "2000", "--plot", png.toString(), "--log-unreliability");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.size(png) > 10_000);
    }
}
