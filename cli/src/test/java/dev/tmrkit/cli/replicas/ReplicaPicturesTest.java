package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.Png;

import dev.tmrkit.cli.Cli;
import dev.tmrkit.cli.plot.ReplicaPlots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.plot.ReplicaPlots;
import dev.tmrkit.stateful.mission.MissionResult;
import dev.tmrkit.stateful.mission.StandardMissions;
import dev.tmrkit.stateful.mission.SurvivalEstimate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The pictures of replica runs: compare --plot, run --plot and run --timeline. */
class ReplicaPicturesTest {
    @TempDir
    Path dir;

    @Test
    void comparePlotIsAPngOfPlausibleSize() throws Exception {
        Path png = dir.resolve("r.png");
        long start = System.nanoTime();
        Cli c = Cli.run("replicas", "compare", "--duration", "1s", "--plot", png.toString());
        assertEquals(0, c.code(), c.err());
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
        int[] size = Png.size(png);
        assertTrue(size[0] >= 600 && size[0] <= 2000 && size[1] >= 400 && size[1] <= 2000, Arrays.toString(size));
    }

    @Test
    void simulatedReliabilityLiesWithinItsIntervalsOfTheClosedForms() {
        StandardMissions.StaticVsDynamic m = StandardMissions.StaticVsDynamic.run(0.001, 2, 20_000, 1);
        for (MissionResult r : List.of(m.staticRun(), m.dynamicRun())) {
            assertEquals(ReplicaPlots.POINTS, r.survival().size());
            for (SurvivalEstimate e : r.survival()) {
                double formula = r == m.staticRun() ? m.staticFormula(e.time()) : m.dynamicFormula(e.time());
                assertTrue(ReplicaPlots.interval(e).contains(formula), r.configuration().label() + " at t = " + e.time()
                        + ": " + ReplicaPlots.interval(e) + " vs closed form " + formula);
            }
        }
    }

    @Test
    void theSimultaneousQuantileIsRight() {
        // the Wilson interval of 1/2 over n trials has half-width ≈ z/(2√n) for large n: check z via a huge n
        double half = dev.tmrkit.gates.stats.Wilson.of(50_000_000, 100_000_000, ReplicaPlots.Z_SIMULTANEOUS).high() - 0.5;
        assertEquals(ReplicaPlots.Z_SIMULTANEOUS, half * 2 * 10_000, 1e-3);
        assertTrue(ReplicaPlots.Z_SIMULTANEOUS > 3.48 && ReplicaPlots.Z_SIMULTANEOUS < 3.481);
    }

    @Test
    void runPlotWritesTheDeviationAndTheLagPictures() throws Exception {
        Path png = dir.resolve("run.png");
        Cli c = Cli.run("replicas", "run", "--duration", "2s", "--crash", "1@500ms", "--flip", "2@1s:3", "--plot", png.toString());
        assertEquals(0, c.code(), c.err());
        for (Path p : List.of(png, dir.resolve("run-lag.png"))) {
            int[] size = Png.size(p);
            assertTrue(size[0] >= 600 && size[1] >= 400, p + " " + Arrays.toString(size));
        }
    }

    @Test
    void timelineHasALanePerNodeAnArrowPerDeliveryAndTheCrash() throws Exception {
        Path svg = dir.resolve("t.svg");
        Path trace = dir.resolve("t.jsonl");
        Cli c = Cli.run("replicas", "run", "--duration", "1s", "--crash", "1@30ms", "--timeline", svg.toString(),
                "--timeline-span", "60ms", "--trace", trace.toString());
        assertEquals(0, c.code(), c.err());
        long deliveries = 0;
        Set<String> nodes = new HashSet<>();
        for (String line : Files.readAllLines(trace)) {
            long t = Long.parseLong(line.replaceAll(".*\"t\":(\\d+).*", "$1"));
            if (t > 60_000) {
                continue;
            }
            nodes.add(line.replaceAll(".*\"node\":\"([^\"]+)\".*", "$1"));
            if (line.contains("\"kind\":\"deliver\"")) {
                deliveries++;
            }
        }
        assertTrue(deliveries > 0 && deliveries < Timeline.MAX_ARROWS, "deliveries " + deliveries);
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", d.getDocumentElement().getTagName());
        assertEquals(nodes.size(), byClass(d, "g", "lane").size());
        assertEquals(deliveries, byClass(d, "line", "msg").size());
        List<Element> crashes = byClass(d, "text", "crash");
        assertEquals(1, crashes.size());
        assertEquals("n1", crashes.get(0).getAttribute("data-node"));
        Element lane = byClass(d, "g", "lane").stream()
                .filter(g -> g.getElementsByTagName("text").item(0).getTextContent().equals("n1")).findFirst().orElseThrow();
        double laneY = Double.parseDouble(((Element) lane.getElementsByTagName("line").item(0)).getAttribute("y1"));
        assertEquals(laneY + 7, Double.parseDouble(crashes.get(0).getAttribute("y")), 0.01);
    }

    @Test
    void unwritablePicturePathsFailBeforeAnyWork() {
        Path missing = dir.resolve("no-such-dir");
        for (String[] args : List.of(
                new String[] {"replicas", "compare", "--plot", missing.resolve("r.png").toString()},
                new String[] {"replicas", "run", "--plot", missing.resolve("r.png").toString()},
                new String[] {"replicas", "run", "--timeline", missing.resolve("t.svg").toString()})) {
            long start = System.nanoTime();
            Cli c = Cli.run(args);
            assertEquals(2, c.code(), String.join(" ", args) + ": " + c.err());
            assertTrue(c.err().contains("cannot write"), c.err());
            assertTrue(c.out().isEmpty(), c.out());
            assertTrue(System.nanoTime() - start < 2_000_000_000L);
        }
        assertFalse(Files.exists(missing));
    }

    private static List<Element> byClass(Document d, String tag, String cls) {
        NodeList all = d.getElementsByTagName(tag);
        List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (cls.equals(e.getAttribute("class"))) {
                out.add(e);
            }
        }
        return out;
    }
}
