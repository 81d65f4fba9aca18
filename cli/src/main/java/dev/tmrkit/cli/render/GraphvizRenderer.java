package dev.tmrkit.cli.render;


import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizCmdLineEngine;
import guru.nidi.graphviz.engine.GraphvizEngine;
import guru.nidi.graphviz.engine.GraphvizException;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Lays out and draws DOT text as SVG or PNG with graphviz-java, quietly and without leftovers.
 *
 * <p>Engines: Graphviz's {@code dot} command when it is on the PATH, else the Graphviz compiled to
 * JavaScript that graphviz-java bundles, run in J2V8 (linux-x86_64; the first layout in a JVM takes about
 * 2 s). The library's SLF4J logging goes to slf4j-nop; its SVG rasteriser (svgSalamander) logs through
 * java.util.logging, whose logger is switched off here; J2V8's native library is loaded by
 * {@link V8Library} so the JVM prints no execstack warning. The command-line engine leaves one
 * {@code GraphvizJava/DotEngine*} folder per layout in the temporary directory: each render marks its DOT
 * text with a unique comment and removes the folder holding it afterwards; the empty {@code GraphvizJava}
 * folder stays, since other JVMs using graphviz-java may rely on it. {@code dot} runs as a child this JVM
 * kills on exit, Ctrl-C included ({@link DotProcesses}), and the folder goes with it.
 */
public final class GraphvizRenderer {
    /** Which layout engines to try, in order. */
    enum Engines {
        /** {@code dot} if found on the PATH, else the bundled V8 engine: graphviz-java's own order. */
        AUTO,
        /** Only the {@code dot} command. */
        COMMAND_LINE,
        /** Only the bundled V8 engine, even when {@code dot} is installed. */
        V8
    }

    /** An output picture format. */
    enum Picture { SVG, PNG }

    private static final Logger SALAMANDER = Logger.getLogger("svgSalamandeLogger");
    /** PNG pictures are drawn at this multiple of the layout's 72 dpi, so small text stays readable. */
    static final double PNG_SCALE = 2.0;
    private static Engines current;
    private static boolean cmdLine;

    private GraphvizRenderer() {
    }

    /**
     * The picture of {@code dot}, a PNG at {@link #PNG_SCALE} times the layout size.
     *
     * @throws GraphvizException when no engine works or the layout fails
     */
    static synchronized byte[] render(String dot, Picture picture, Engines engines) throws IOException {
        use(engines);
        Path tempRoot = Path.of(System.getProperty("java.io.tmpdir"), "GraphvizJava");
        if (cmdLine) {
            // the library creates it once per JVM; it must still exist if anyone removed it since
            Files.createDirectories(tempRoot);
        }
        String token = "tmrkit-render-" + UUID.randomUUID();
        String marked = "// " + token + "\n" + dot;
        Runnable cleanup = () -> removeTempFolders(tempRoot, token);
        if (cmdLine) {
            DotProcesses.onExit(cleanup); // Ctrl-C: dot is killed and its folder removed
        }
        try {
            Graphviz g = Graphviz.fromString(marked);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            if (picture == Picture.SVG) {
                g.render(Format.SVG).toOutputStream(out);
            } else {
                g.scale(PNG_SCALE).postProcessor((result, options, process) -> result.mapString(GraphvizRenderer::rasterFonts))
                        .render(Format.PNG).toOutputStream(out);
            }
            return out.toByteArray();
        } finally {
            if (cmdLine) {
                DotProcesses.finish(cleanup);
            }
        }
    }

    /**
     * The SVG with font families the rasteriser can find. The layout measured text in Helvetica (dot: the
     * font fontconfig substitutes, usually Liberation Sans; the bundled engine: Helvetica's metrics), but
     * svgSalamander takes the first family Java knows and misses dot's {@code sans-Serif} (it matches generic
     * names case-sensitively), falling back to a serif font. Metric-compatible families come first, so the
     * text fits its boxes.
     */
    static String rasterFonts(String svg) {
        return svg.replace("font-family=\"Helvetica,sans-Serif\"",
                "font-family=\"Helvetica,Liberation Sans,Arial,Nimbus Sans,Nimbus Sans L,sans-serif\"");
    }

    /** Which engine the last render used: {@code dot} or the bundled Graphviz, for the result line. */
    static synchronized String engineName() {
        return cmdLine ? "dot" : "the bundled Graphviz (V8)";
    }

    private static void use(Engines engines) {
        SALAMANDER.setLevel(Level.OFF);
        if (engines == current) {
            return;
        }
        List<GraphvizEngine> list = new ArrayList<>();
        if (engines != Engines.V8 && dotOnPath()) {
            list.add(new GraphvizCmdLineEngine().executor(new DotProcesses()));
        } else if (engines == Engines.COMMAND_LINE) {
            throw new GraphvizException("the dot command of Graphviz is not on the PATH");
        }
        if (engines != Engines.COMMAND_LINE) {
            try {
                if (list.isEmpty()) {
                    // only when V8 is the engine: behind dot it is a fallback that practically never starts
                    V8Library.preload();
                }
                list.add(new GraphvizV8Engine());
            } catch (GraphvizException e) {
                if (list.isEmpty()) {
                    throw new GraphvizException("no layout engine: Graphviz's dot is not on the PATH, and the bundled "
                            + "engine runs on linux-x86_64 only (" + e.getMessage() + ")");
                }
            }
        }
        Graphviz.useEngine(list);
        current = engines;
        cmdLine = list.get(0) instanceof GraphvizCmdLineEngine;
    }

    /** True when an executable {@code dot} is in a folder of the PATH: graphviz-java's own test. */
    static boolean dotOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "dot"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Deletes the DotEngine folders whose DOT file starts with {@code token}. The {@code GraphvizJava} folder itself
     * stays: every JVM using graphviz-java creates it once and expects it to stay.
     */
    private static void removeTempFolders(Path root, String token) {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> ours = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> d.getFileName().toString().startsWith("DotEngine")).forEach(d -> {
                Path dotFile = d.resolve("dotfile.dot");
                if (Files.isRegularFile(dotFile)) {
                    try (java.io.BufferedReader in = Files.newBufferedReader(dotFile, StandardCharsets.UTF_8)) {
                        String first = in.readLine();
                        if (first != null && first.contains(token)) {
                            ours.add(d);
                        }
                    } catch (IOException e) {
                        // not ours to judge: leave it
                    }
                }
            });
        } catch (IOException e) {
            return;
        }
        for (Path d : ours) {
            deleteTree(d);
        }
    }

    /** Deletes the folder and its files; retried, as dot (being killed) or another clean-up may still touch it. */
    static void deleteTree(Path dir) {
        for (int attempt = 0; attempt < 20 && Files.exists(dir); attempt++) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                try {
                    Thread.sleep(25);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
