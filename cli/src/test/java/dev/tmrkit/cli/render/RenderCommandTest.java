package dev.tmrkit.cli.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.render.Diagram;
import dev.tmrkit.circuits.render.DiagramOptions;
import dev.tmrkit.circuits.render.DotWriter;
import dev.tmrkit.circuits.render.ElementIds;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.cli.Cli;
import dev.tmrkit.cli.Main;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code tmrkit render} end to end: DOT text, SVG and PNG pictures with whichever engine this machine has
 * (Graphviz's dot, else the bundled one), and the errors. Rendering is slow the first time in a JVM (the
 * bundled engine starts in about 2 s), so the pictures are few and small.
 */
class RenderCommandTest {
    private static final Netlist C17 = BuiltinCircuits.byName("c17").orElseThrow();
    private static final Netlist TMR_C17 = new TmrPass(TmrOptions.defaults()).apply(C17);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @TempDir
    Path tmp;

    @Test
    void aDotFileIsTheDiagramTextItself() throws IOException {
        Path out = tmp.resolve("c17-tmr.dot");
        Cli r = Cli.run("render", "c17", "--tmr", "triplicated", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + out + ": 20 gates of c17-tmr\n", r.out());
        assertEquals(DotWriter.write(Diagram.of(TMR_C17, DiagramOptions.defaults())), Files.readString(out));
        assertEquals(List.of(out), files());
    }

    @Test
    void anSvgIsXmlWithOneNodePerGateInputAndOutput() throws Exception {
        Path out = tmp.resolve("c17-tmr.svg");
        Cli r = Cli.run("render", "c17", "--tmr", "triplicated", "--expand-voters", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertSvgOf(TMR_C17, out);
        assertEquals(List.of(out), files(), "only the picture, no temporary file");
        Path folded = tmp.resolve("maj.svg");
        assertEquals(0, Cli.run("render", "c17", "--tmr", "triplicated", "-o", folded.toString()).code());
        String svg = Files.readString(folded);
        assertEquals(2, svg.split(">MAJ<", -1).length - 1, "two MAJ nodes");
        assertEquals(TMR_C17.gateCount() - 6 + TMR_C17.inputCount() + TMR_C17.outputCount(), nodeIds(folded).size(),
                "the six AND terms folded into their voters");
        assertTrue(svg.contains(">Legend<") && svg.contains("majority voter (blue, double frame)"), "the legend is drawn");
    }

    @Test
    void namesWithMarkupCharactersSurviveIntoTheSvg() throws Exception {
        Path bench = Files.writeString(tmp.resolve("odd.bench"), String.join("\n",
                "INPUT(a<b)", "INPUT(x&y)", "INPUT(q\"z)", "OUTPUT(back\\slash)", "OUTPUT($gen>1)",
                "n\u00fc = NAND(a<b, x&y)", "back\\slash = XOR(n\u00fc, q\"z)", "$gen>1 = NOT(n\u00fc)", ""));
        Path out = tmp.resolve("odd.svg");
        Cli r = Cli.run("render", bench.toString(), "-o", out.toString(), "--vector", "101");
        assertEquals(0, r.code(), r.err());
        Netlist n = NetlistFiles.read(bench);
        assertSvgOf(n, out);
        String svg = Files.readString(out);
        for (String text : List.of("a&lt;b", "x&amp;y", "back\\slash", "n\u00fc", "$gen&gt;1")) {
            assertTrue(svg.contains(">" + text + "<"), text);
        }
    }

    @Test
    void aPngHasTheSignatureAndAPlausibleSize() throws IOException {
        Path out = tmp.resolve("fault.png");
        Cli r = Cli.run("render", "c17", "-o", out.toString(), "--vector", "10110", "--fault", "11=sa1");
        assertEquals(0, r.code(), r.err());
        byte[] png = Files.readAllBytes(out);
        byte[] head = new byte[8];
        System.arraycopy(png, 0, head, 0, 8);
        assertArrayEquals(PNG_SIGNATURE, head);
        assertEquals("IHDR", new String(png, 12, 4, StandardCharsets.US_ASCII));
        int width = ByteBuffer.wrap(png, 16, 4).getInt();
        int height = ByteBuffer.wrap(png, 20, 4).getInt();
        assertTrue(width > 300 && width < 3000 && height > 200 && height < 3000, width + " x " + height);
        assertTrue(width > height, "left to right: " + width + " x " + height);
    }

    @Test
    void theLibrariesPrintNothingAndLeaveNoTemporaryFolders() throws IOException {
        Set<String> before = graphvizTempFolders();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Cli svg;
        Cli png;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            svg = Cli.run("render", "voter", "-o", tmp.resolve("v.svg").toString());
            png = Cli.run("render", "voter", "-o", tmp.resolve("v.png").toString(), "--vector", "110");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals(0, svg.code(), svg.err());
        assertEquals(0, png.code(), png.err());
        assertEquals("", svg.err() + png.err());
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "graphviz-java, svgSalamander and J2V8 stay quiet");
        Set<String> left = graphvizTempFolders();
        left.removeAll(before);
        assertEquals(Set.of(), left, "the DotEngine folders of these renders are gone");
    }

    /**
     * The bundled engine in a fresh JVM, where J2V8 loads its native library (the JVM's execstack warning would
     * show on stderr); then, with Graphviz installed, the dot command in this JVM draws the same nodes.
     */
    @Test
    void bothEnginesDrawTheSameNodesAndAFreshJvmPrintsOnlyItsResultLine() throws Exception {
        Path bundled = tmp.resolve("bundled.svg");
        Path stdout = tmp.resolve("stdout.txt");
        Path stderr = tmp.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "render", "c17", "--engine", "bundled", "-o", bundled.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "render finished");
        assertEquals(0, p.exitValue(), Files.readString(stderr));
        assertEquals("", Files.readString(stderr), "no execstack warning, no log lines");
        assertEquals("wrote " + bundled + ": 6 gates of c17, laid out by the bundled Graphviz (V8)\n", Files.readString(stdout));
        assertSvgOf(C17, bundled);
        Path dot = tmp.resolve("dot.svg");
        Cli r = Cli.run("render", "c17", "-o", dot.toString(), "--engine", "dot");
        if (GraphvizRenderer.dotOnPath()) {
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().endsWith("laid out by dot\n"), r.out());
            assertEquals(nodeIds(bundled), nodeIds(dot));
        } else {
            assertEquals(2, r.code());
            assertTrue(r.err().contains("the dot command of Graphviz is not on the PATH"), r.err());
        }
    }

    @Test
    void aBadFaultIsAUsageErrorOnOneLine() throws IOException {
        Cli r = Cli.run("render", "c17", "-o", tmp.resolve("x.svg").toString(), "--fault", "16=sa2");
        assertEquals(2, r.code());
        assertEquals("tmrkit render: fault '16=sa2': 'sa2' is not a fault kind; use sa0, sa1, flip or flip@CYCLE\n", r.err());
        Cli unknown = Cli.run("render", "c17", "-o", tmp.resolve("x.dot").toString(), "--fault", "99=sa0");
        assertEquals(2, unknown.code());
        assertEquals("tmrkit render: fault '99=sa0': 'c17' has no net named '99'\n", unknown.err());
        assertEquals(List.of(), files());
    }

    @Test
    void anUnwritableOutputIsAUsageErrorAndLeavesNoFile() throws IOException {
        Cli missing = Cli.run("render", "c17", "-o", tmp.resolve("no/such/folder/x.svg").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("tmrkit render: cannot write '"), missing.err());
        assertTrue(missing.err().contains("no folder"), missing.err());
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        Cli underFile = Cli.run("render", "c17", "-o", file.resolve("x.png").toString());
        assertEquals(2, underFile.code());
        assertEquals(1, underFile.err().lines().count(), underFile.err());
        Path folder = Files.createDirectory(tmp.resolve("taken.svg"));
        Cli onFolder = Cli.run("render", "c17", "-o", folder.toString());
        assertEquals(2, onFolder.code());
        assertTrue(onFolder.err().contains("it is a folder"), onFolder.err());
        Cli extension = Cli.run("render", "c17", "-o", tmp.resolve("x.pdf").toString());
        assertEquals(2, extension.code());
        assertTrue(extension.err().contains("must be .svg, .png or .dot"), extension.err());
        assertEquals(List.of(file, folder), files());
        try (Stream<Path> inFolder = Files.list(folder)) {
            assertEquals(0, inFolder.count());
        }
    }

    @Test
    void aLargeCircuitIsAnOverviewThatSaysHowToDrawItInFull() throws IOException {
        Path c7552 = Corpus.bench("iscas85", "c7552");
        Netlist n = NetlistFiles.read(c7552);
        Path overview = tmp.resolve("c7552.dot");
        Cli r = Cli.run("render", c7552.toString(), "-o", overview.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + overview + ": an overview of c7552 (" + n.gateCount() + " gates to draw, more than the limit of "
                + "300). The full drawing: --max-gates " + n.gateCount() + "; less of it: --cone OUTPUT (one output's fan-in).\n",
                r.out());
        String dot = Files.readString(overview);
        assertTrue(dot.contains("c7552: overview") && dot.contains("--max-gates " + n.gateCount()) && dot.contains("Legend"), dot);
        assertFalse(dot.contains("\"n_"), "no gate is drawn one by one");
        Files.delete(overview);
        Cli marked = Cli.run("render", c7552.toString(), "--fault", n.outputNames().get(0) + "=sa0", "-o", overview.toString());
        assertEquals(2, marked.code(), "an overview cannot show the fault: refused, not ignored");
        assertTrue(marked.err().contains("cannot show --fault") && marked.err().contains("--max-gates " + n.gateCount()), marked.err());
        assertFalse(Files.exists(overview));
        String output = n.outputNames().get(0);
        Path cone = tmp.resolve("cone.dot");
        Cli coned = Cli.run("render", c7552.toString(), "--cone", output, "-o", cone.toString());
        assertEquals(0, coned.code(), coned.err());
        assertTrue(Files.readString(cone).contains(ElementIds.portId(output, 0)));
        assertEquals(List.of(cone), files());
    }

    @Test
    void theOverviewOfTmrC880IsAPictureOfReadableSize() throws IOException {
        Path png = tmp.resolve("c880.png");
        Cli r = Cli.run("render", "c880", "--tmr", "single", "-o", png.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("an overview of c880-tmr") && r.out().contains("--collapse-replicas"), r.out());
        byte[] bytes = Files.readAllBytes(png);
        int width = ByteBuffer.wrap(bytes, 16, 4).getInt();
        int height = ByteBuffer.wrap(bytes, 20, 4).getInt();
        // the gate-level drawing of plain c880 alone was 5344 x 13650 px
        assertTrue(width <= 3000 && height <= 1500 && width > height, width + " x " + height);
        Path dot = tmp.resolve("c880.dot");
        assertEquals(0, Cli.run("render", "c880", "--tmr", "single", "-o", dot.toString()).code());
        String text = Files.readString(dot);
        int gates = NetlistFiles.read(Path.of(System.getProperty("tmrkit.root"), "benchmarks/iscas85/c880.bench")).gateCount();
        for (String replica : List.of("A", "B", "C")) {
            assertTrue(text.contains("label=<replica " + replica + "<BR/><FONT POINT-SIZE=\"9\">" + gates + " gates</FONT>>"), text);
        }
    }

    @Test
    void theConeDrawsOneOutputsFanIn() throws IOException {
        Path out = tmp.resolve("cone.dot");
        assertEquals(0, Cli.run("render", "c17", "--cone", "23", "-o", out.toString()).code());
        String dot = Files.readString(out);
        for (String drawn : List.of("n_23", "n_16", "n_19", "n_11", "n_2", "n_3", "n_6", "n_7")) {
            assertTrue(dot.contains("\"" + drawn + "\" ["), drawn);
        }
        for (String hidden : List.of("n_22", "n_10", "n_1")) {
            assertFalse(dot.contains("\"" + hidden + "\" ["), hidden);
        }
        Cli bad = Cli.run("render", "c17", "--cone", "42", "-o", out.toString());
        assertEquals("tmrkit render: 'c17' has no net named '42'; its outputs are 22, 23\n", bad.err());
    }

    @Test
    void theVectorAndTheTmrInputModeAreTwoOptions() throws IOException {
        Path out = tmp.resolve("t.dot");
        Cli r = Cli.run("render", "c17", "--tmr", "single", "--inputs", "triplicated", "--vector", "10110",
                "--collapse-replicas", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String dot = Files.readString(out);
        assertTrue(dot.contains(ElementIds.elementId("$tmr$C$7")), "triplicated inputs");
        assertTrue(dot.contains("inputs 111000111111000"), "the vector, tied over the copies");
        assertTrue(dot.contains("\"replica-B\" ["));
        Cli noTmr = Cli.run("render", "c17", "--inputs", "shared", "-o", out.toString());
        assertEquals(2, noTmr.code());
        assertTrue(noTmr.err().contains("add --tmr"), noTmr.err());
        Cli shortVector = Cli.run("render", "c17", "--vector", "101", "-o", out.toString());
        assertEquals("tmrkit render: input vector '101' has 3 bits, but 'c17' has 5 inputs: 1, 2, 3, 6, 7\n", shortVector.err());
        Cli old = Cli.run("render", "c17", "--tmr", "single", "--inputs", "10110", "-o", out.toString());
        assertEquals(2, old.code());
        assertTrue(old.err().contains("an input vector is --vector 10110"), old.err());
    }

    private static void assertSvgOf(Netlist n, Path svg) throws Exception {
        Document doc = parse(svg);
        Set<String> nodes = nodeIds(doc);
        assertEquals(n.gateCount() + n.inputCount() + n.outputCount(), nodes.size(), nodes.toString());
        for (int g = 0; g < n.gateCount(); g++) {
            String id = ElementIds.elementId(n.netName(n.gate(g).output()));
            assertTrue(nodes.contains(id), id);
        }
        for (int k = 0; k < n.outputCount(); k++) {
            assertTrue(nodes.contains(ElementIds.portId(n.netName(n.output(k)), k)));
        }
    }

    private static Set<String> nodeIds(Path svg) throws Exception {
        return nodeIds(parse(svg));
    }

    private static Set<String> nodeIds(Document doc) {
        Set<String> ids = new TreeSet<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("node")) {
                ids.add(g.getAttribute("id"));
            }
        }
        return ids;
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        Document doc = b.parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        return doc;
    }

    private List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(tmp)) {
            s.sorted().forEach(out::add);
        }
        return out;
    }

    /** The folders graphviz-java's dot engine left holding a voter diagram of tmrkit (other processes' are ignored). */
    private static Set<String> graphvizTempFolders() throws IOException {
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "GraphvizJava");
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.list(root)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Path dot = p.resolve("dotfile.dot");
                    if (Files.isRegularFile(dot) && Files.readString(dot).startsWith("// tmrkit-render-")
                            && Files.readString(dot).contains("digraph \"voter\"")) {
                        names.add(p.getFileName().toString());
                    }
                }
            }
        }
        return names;
    }
}
