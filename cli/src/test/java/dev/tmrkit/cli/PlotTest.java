package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.reliability.ReliabilityPoint;
import dev.tmrkit.circuits.reliability.ReliabilitySweep;
import dev.tmrkit.circuits.reliability.Variant;
import dev.tmrkit.cli.plot.ReliabilityPlot;
import dev.tmrkit.gates.Netlist;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.w3c.dom.Document;

class PlotTest {
    @TempDir
    Path tmp;

    @Test
    void theReliabilityPlotIsAPngOfPlausibleSize() throws Exception {
        Path png = tmp.resolve("rel.png");
        Cli r = Cli.run("reliability", "c17", "--p", "0.001,0.01,0.1,0.3", "--trials", "3000", "--plot", png.toString());
        assertEquals(0, r.code(), r.err());
        int[] size = Png.size(png);
        assertTrue(size[0] >= 600 && size[0] <= 2000 && size[1] >= 400 && size[1] <= 2000, Arrays.toString(size));
    }

    @Test
    void theSvgPlotParsesAtTheChartsSize() throws Exception {
        Path svg = tmp.resolve("rel.svg");
        Cli r = Cli.run("reliability", "full-adder", "--p", "0.001,0.01,0.1", "--trials", "3000", "--plot", svg.toString());
        assertEquals(0, r.code(), r.err());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertEquals("0 0 900 600", doc.getDocumentElement().getAttribute("viewBox"));
        // the SVG draws text as glyph outlines (no <text> elements): title, axes and legend are checked on the chart
        assertTrue(doc.getElementsByTagName("path").getLength() > 20, "glyphs and curves drawn");
    }

    /** What the plot draws: title, axis titles, and one legend entry per simulated variant and closed form. */
    @Test
    void theReliabilityChartCarriesTitleAxesAndLegend() {
        Netlist adder = BuiltinCircuits.byName("full-adder").orElseThrow();
        List<ReliabilityPoint> points = new ReliabilitySweep(adder).run(new double[] {0.01, 0.1}, 500, 1, 1, ProgressListener.NONE);
        XYChart chart = ReliabilityPlot.chart("full-adder", points, OptionalDouble.empty());
        assertEquals("Reliability of full-adder: simplex vs TMR (simulated, 95% CI)", chart.getTitle());
        assertEquals("per-gate failure probability p (log scale)", chart.getXAxisTitle());
        assertEquals("system reliability R_sys (probability all outputs right)", chart.getYAxisTitle());
        assertTrue(chart.getStyler().isLegendVisible() && chart.getStyler().isChartTitleVisible());
        List<String> expected = new ArrayList<>();
        for (Variant v : Variant.values()) {
            expected.add(v.label() + " (simulated)");
        }
        expected.add("3R²−2R³ (perfect voter, from simulated R)");
        expected.add("R_v·(3R²−2R³) (voter gates fail too)");
        for (String entry : expected) {
            // the legend shows every series by its name (XChart 4 has no public series list; removal finds one)
            assertNotNull(chart.removeSeries(entry), "legend entry " + entry);
        }
        assertTrue(chart.getStyler().isXAxisLogarithmic(), "log scale, as the axis title says");
    }

    @Test
    void aBadPlotExtensionIsRefusedBeforeAnyWork() {
        Cli r = Cli.run("reliability", "c17", "--plot", tmp.resolve("rel.gif").toString());
        assertEquals(2, r.code());
        assertFalse(Files.exists(tmp.resolve("rel.gif")));
    }
}
