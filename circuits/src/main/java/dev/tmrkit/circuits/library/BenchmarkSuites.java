package dev.tmrkit.circuits.library;

import dev.tmrkit.circuits.io.BenchReader;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The classic benchmark suites bundled in the jar (from the repository's {@code benchmarks/}): the 11
 * ISCAS-85 circuits, the ISCAS-89 circuits (the later {@code .1} revisions only where the corpus has no
 * original: s208.1, s420.1, s838.1) and ITC'99 b01–b22, each
 * by its usual name ({@code c6288}, {@code s27}, {@code b05}). EPFL is left out (it would add megabytes);
 * its files are read from {@code benchmarks/epfl/}.
 */
public final class BenchmarkSuites {
    private static final String ROOT = "/dev/tmrkit/circuits/library/suites/";

    /** One bundled suite: its folder, its display name, and the names of its circuits. */
    public enum Suite {
        ISCAS85("iscas85", "ISCAS-85", List.of("c17", "c432", "c499", "c880", "c1355", "c1908", "c2670", "c3540", "c5315",
                "c6288", "c7552")),
        ISCAS89("iscas89", "ISCAS-89", List.of("s27", "s208.1", "s298", "s344", "s349", "s382", "s386", "s400", "s420.1",
                "s444", "s510", "s526", "s526n", "s641", "s713", "s820", "s832", "s838.1", "s953", "s1196", "s1238",
                "s1423", "s1488", "s1494", "s5378", "s9234", "s13207", "s15850", "s35932", "s38417", "s38584")),
        ITC99("itc99", "ITC'99", List.of("b01", "b02", "b03", "b04", "b05", "b06", "b07", "b08", "b09", "b10", "b11",
                "b12", "b13", "b14", "b15_C", "b20", "b20_C", "b22"));

        private final String folder;
        private final String title;
        private final List<String> names;

        Suite(String folder, String title, List<String> names) {
            this.folder = folder;
            this.title = title;
            this.names = names;
        }

        /** The folder under {@code benchmarks/}, e.g. {@code iscas85}. */
        public String folder() {
            return folder;
        }

        /** The suite's usual name, e.g. {@code ISCAS-85}. */
        public String title() {
            return title;
        }

        /** Circuit names in the suite's usual order. */
        public List<String> names() {
            return names;
        }
    }

    /** A bundled circuit: its suite and name. */
    public record Entry(Suite suite, String name) {
        /** Where it comes from, e.g. {@code ISCAS-85, benchmarks/iscas85/c6288.bench}. */
        public String source() {
            return suite.title() + ", benchmarks/" + suite.folder() + "/" + name + ".bench";
        }
    }

    private BenchmarkSuites() {
    }

    /** Every bundled circuit, suite by suite. */
    public static List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        for (Suite s : Suite.values()) {
            for (String n : s.names()) {
                if (resource(s, n) != null) {
                    out.add(new Entry(s, n));
                }
            }
        }
        return out;
    }

    /** The bundled circuit of this name (case-insensitive), if there is one. */
    public static Optional<Entry> find(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Suite s : Suite.values()) {
            for (String n : s.names()) {
                if (n.toLowerCase(Locale.ROOT).equals(lower)) {
                    return Optional.of(new Entry(s, n));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a bundled circuit; with {@code undrivenAsInputs} nets read but never driven become inputs (ISCAS-89
     * s400 needs it). Errors name the circuit as {@code c6288.bench (built-in ISCAS-85)}.
     */
    public static Netlist read(Entry e, boolean undrivenAsInputs) {
        String path = ROOT + e.suite().folder() + "/" + e.name() + ".bench";
        try (InputStream in = BenchmarkSuites.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + path);
            }
            return new BenchReader().withUndrivenAsInputs(undrivenAsInputs)
                    .read(e.name() + ".bench (built-in " + e.suite().title() + ")", in);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static java.net.URL resource(Suite s, String name) {
        return BenchmarkSuites.class.getResource(ROOT + s.folder() + "/" + name + ".bench");
    }
}
