package dev.tmrkit.circuits.render;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.HostileNames;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.testing.ExternalTool;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Diagrams of netlists with hostile names ({@link HostileNames}, with blanks and non-ASCII text too) laid out
 * by Graphviz's {@code dot} (an independent DOT parser) as SVG and read with an XML parser: {@code dot}
 * accepts the text without a warning, the picture has exactly the nodes the diagram has (nothing a name
 * could inject), and the node of every input and gate shows its net's name exactly.
 */
class HostileDotRoundTripTest {
    @Test
    void hostileNamesSurviveDotAndSvg() {
        ExternalTool.require("dot");
        qt().withExamples(40).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            Netlist n = HostileNames.netlist(r, true, 5, 12, r.nextBoolean() ? 3 : 0).netlist();
            Diagram diagram = Diagram.of(n, DiagramOptions.defaults());
            String dot = DotWriter.write(diagram);
            Map<String, List<String>> texts = svgTexts(dot);
            Map<String, String> expected = new TreeMap<>();
            for (DiagramNode node : diagram.nodes()) {
                if (node instanceof DiagramNode.Input in) {
                    expected.put(node.id(), shown(in.name()));
                } else if (node instanceof DiagramNode.Gate g) {
                    expected.put(node.id(), shown(g.name()));
                }
            }
            assertEquals(diagram.nodes().stream().map(DiagramNode::id).sorted().toList(), texts.keySet().stream().sorted().toList(),
                    "the SVG's nodes are the diagram's\n" + dot);
            for (Map.Entry<String, String> e : expected.entrySet()) {
                assertTrue(texts.get(e.getKey()).contains(e.getValue()), "node " + e.getKey() + " shows '" + e.getValue() + "', not "
                        + texts.get(e.getKey()) + "\n" + dot);
            }
        });
    }

    /**
     * Text as a reader sees it: dot writes the second of two blanks as a no-break space (U+00A0) so that SVG
     * viewers, which collapse blanks, still show both; the test reads either as a blank.
     */
    private static String shown(String text) {
        return text.replace('\u00a0', ' ');
    }

    /** Lays out {@code dot} as SVG: the text lines of every node, by the node's id. */
    private static Map<String, List<String>> svgTexts(String dot) {
        try {
            Process p = new ProcessBuilder("dot", "-Tsvg").start();
            p.getOutputStream().write(dot.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            byte[] err = p.getErrorStream().readAllBytes();
            byte[] svg = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), new String(err, StandardCharsets.UTF_8) + "\n" + dot.lines().findFirst().orElse(""));
            assertEquals("", new String(err, StandardCharsets.UTF_8), "dot warns of nothing");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
            Map<String, List<String>> texts = new HashMap<>();
            NodeList groups = doc.getElementsByTagName("g");
            for (int i = 0; i < groups.getLength(); i++) {
                Element g = (Element) groups.item(i);
                if (!g.getAttribute("class").equals("node")) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                NodeList t = g.getElementsByTagName("text");
                for (int k = 0; k < t.getLength(); k++) {
                    lines.add(shown(t.item(k).getTextContent()));
                }
                texts.put(g.getAttribute("id"), lines);
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError("dot or the SVG failed: " + e + "\n" + dot, e);
        }
    }
}
