package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void theSvgPlotParsesAndCarriesTitleAxesAndLegend() throws Exception {
        Path svg = tmp.resolve("rel.svg");
        Cli r = Cli.run("reliability", "full-adder", "--p", "0.001,0.01,0.1", "--trials", "3000", "--plot", svg.toString());
        assertEquals(0, r.code(), r.err());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(Files.size(svg) > 10_000, "a drawn chart, not an empty canvas");
    }

    @Test
    void aBadPlotExtensionIsRefusedBeforeAnyWork() {
        Cli r = Cli.run("reliability", "c17", "--plot", tmp.resolve("rel.gif").toString());
        assertEquals(2, r.code());
        assertFalse(Files.exists(tmp.resolve("rel.gif")));
    }
}
