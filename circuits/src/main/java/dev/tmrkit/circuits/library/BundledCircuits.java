package dev.tmrkit.circuits.library;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The classic benchmark suites bundled as resources (ISCAS-85, ISCAS-89, ITC'99; not EPFL): the build copies
 * {@code benchmarks/<suite>/*.bench} of the repository under {@value #RESOURCES}, so there is one copy in git.
 * A circuit is named by its file stem ({@code c6288}, {@code s27}, {@code b15_C}), matched case-insensitively.
 */
public final class BundledCircuits {
    /** The resource folder, relative to this class's package, holding one folder per suite. */
    static final String RESOURCES = "benchmarks";

    /** The bundled suites: folder under {@code benchmarks/} and display name. */
    public static final Map<String, String> SUITES = Map.of("iscas85", "ISCAS-85", "iscas89", "ISCAS-89", "itc99", "ITC'99");
    private static final List<String> ORDER = List.of("iscas85", "iscas89", "itc99");

    private static volatile Map<String, Bundled> index;

    private BundledCircuits() {
    }

    /**
     * One bundled circuit.
     *
     * @param name the file stem, e.g. {@code c6288}
     * @param folder the suite's folder, e.g. {@code iscas85}
     */
    public record Bundled(String name, String folder) {
        /** The suite's display name, e.g. {@code ISCAS-85}. */
        public String suite() {
            return SUITES.get(folder);
        }

        /** Where it comes from in the repository, e.g. {@code benchmarks/iscas85/c6288.bench}. */
        public String source() {
            return "benchmarks/" + folder + "/" + name + ".bench";
        }

        String resource() {
            return RESOURCES + "/" + folder + "/" + name + ".bench";
        }
    }

    /** Every bundled circuit, suite by suite, by name within a suite. */
    public static List<Bundled> all() {
        return List.copyOf(index().values());
    }

    /** The bundled circuit of that name (case-insensitive), if any. */
    public static Optional<Bundled> find(String name) {
        return Optional.ofNullable(index().get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** Reads a bundled circuit; its netlist is named by the circuit name. An undriven net is an error. */
    public static Netlist read(Bundled b) {
        return read(b, false);
    }

    /**
     * Reads a bundled circuit, optionally taking undriven nets as inputs (as {@code s400} needs, like its file).
     */
    public static Netlist read(Bundled b, boolean undrivenAsInputs) {
        try (InputStream in = BundledCircuits.class.getResourceAsStream(b.resource())) {
            if (in == null) {
                throw new IllegalStateException("bundled circuit " + b.resource() + " missing from the class path");
            }
            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
            return new BenchReader().withUndrivenAsInputs(undrivenAsInputs).read(b.name() + ".bench", r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Bundled> index() {
        Map<String, Bundled> i = index;
        if (i == null) {
            synchronized (BundledCircuits.class) {
                if (index == null) {
                    index = scan();
                }
                i = index;
            }
        }
        return i;
    }

    /** Lists the resource folders, from the classes folder or from inside the jar. */
    private static Map<String, Bundled> scan() {
        URL url = BundledCircuits.class.getResource(RESOURCES);
        if (url == null) {
            return Map.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                String inside = uri.getSchemeSpecificPart().substring(uri.getSchemeSpecificPart().indexOf("!/") + 1);
                return scan(fs.getPath(inside));
            }
            return scan(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the bundled circuits at " + url + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Bundled> scan(Path root) throws IOException {
        Map<String, Bundled> out = new LinkedHashMap<>();
        for (String folder : ORDER) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bench"))
                        .forEach(n -> names.add(n.substring(0, n.length() - ".bench".length())));
            }
            Collections.sort(names, BundledCircuits::natural);
            for (String name : names) {
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), new Bundled(name, folder));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** c17 before c432 before c1355: by length of the leading letters and digits, then by text. */
    private static int natural(String a, String b) {
        int c = Integer.compare(digitsLength(a), digitsLength(b));
        return c != 0 ? c : a.compareTo(b);
    }

    private static int digitsLength(String s) {
        int i = 1;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
