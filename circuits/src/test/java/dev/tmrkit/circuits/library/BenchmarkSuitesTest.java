package dev.tmrkit.circuits.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.BenchReader;
import dev.tmrkit.circuits.io.Corpus;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The suites bundled in the jar are the repository's benchmarks, every one, and read exactly as the files do. */
class BenchmarkSuitesTest {
    /** Names in benchmarks/FOLDER that the jar bundles: all .bench files but later revisions of bundled originals. */
    private static Set<String> filesOf(BenchmarkSuites.Suite suite) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> s = Files.list(Corpus.root().resolve(suite.folder()))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bench"))
                    .map(n -> n.substring(0, n.length() - ".bench".length())).forEach(names::add);
        }
        names.removeIf(n -> n.endsWith(".1") && names.contains(n.substring(0, n.length() - 2)));
        return names;
    }

    @Test
    void everySuiteListsExactlyItsFolder() throws IOException {
        for (BenchmarkSuites.Suite suite : BenchmarkSuites.Suite.values()) {
            assertEquals(filesOf(suite), new TreeSet<>(suite.names()), suite.title());
        }
        assertEquals(11 + 31 + 18, BenchmarkSuites.all().size(), "every listed circuit is in the jar");
    }

    @Test
    void aBundledCircuitEqualsItsFile() throws IOException {
        List<String> checked = new ArrayList<>();
        for (String name : List.of("c17", "c432", "c6288", "s27", "s1423", "b05", "b15_C")) {
            BenchmarkSuites.Entry e = BenchmarkSuites.find(name).orElseThrow();
            Path file = Corpus.root().resolve(e.suite().folder()).resolve(name + ".bench");
            Netlist fromFile = new BenchReader().read(file);
            Netlist bundled = BenchmarkSuites.read(e, false);
            assertEquals(fromFile, bundled, name);
            checked.add(name);
        }
        assertEquals(7, checked.size());
    }

    @Test
    void namesAreCaseInsensitiveAndUnknownNamesAreAbsent() {
        assertEquals("c6288", BenchmarkSuites.find("C6288").orElseThrow().name());
        assertTrue(BenchmarkSuites.find("c6289").isEmpty());
        assertTrue(BenchmarkSuites.find("epfl/div").isEmpty(), "EPFL is not bundled");
    }

    @Test
    void s400NeedsItsUndrivenNetAsAnInput() {
        BenchmarkSuites.Entry s400 = BenchmarkSuites.find("s400").orElseThrow();
        dev.tmrkit.circuits.io.ParseException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.tmrkit.circuits.io.ParseException.class, () -> BenchmarkSuites.read(s400, false));
        assertEquals("s400.bench (built-in ISCAS-89):97:16", e.getMessage().substring(0, e.getMessage().indexOf(": ")));
        assertTrue(BenchmarkSuites.read(s400, true).inputCount() > 0);
    }
}
