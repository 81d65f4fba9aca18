package dev.tmrkit.circuits.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.testing.Corpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The ISCAS-85, ISCAS-89 and ITC'99 suites are built in, packaged from {@code benchmarks/} at build time: the
 * bundled set is exactly the repository's {@code .bench} files of those suites (EPFL is not bundled), and each
 * bundled circuit reads to the same netlist as its repository file.
 */
class BundledCircuitsTest {
    private static final List<String> SUITES = List.of("iscas85", "iscas89", "itc99");

    @Test
    void theBundledSetIsTheRepositorysClassicSuites() {
        for (String suite : SUITES) {
            Set<String> files = Corpus.files(suite, "bench").stream().map(Corpus::stem).collect(Collectors.toCollection(TreeSet::new));
            Set<String> bundled = BundledCircuits.all().stream().filter(b -> b.folder().equals(suite))
                    .map(BundledCircuits.Bundled::name).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(files, bundled, suite);
        }
        assertTrue(BundledCircuits.all().stream().noneMatch(b -> b.name().equals("hyp") || b.name().equals("adder")),
                "EPFL is not bundled");
        assertEquals(Map.of("iscas85", 11L, "iscas89", 35L, "itc99", 18L), BundledCircuits.all().stream()
                .collect(Collectors.groupingBy(BundledCircuits.Bundled::folder, Collectors.counting())));
    }

    @Test
    void everyBundledCircuitIsItsRepositoryFile() throws IOException {
        List<String> differ = new ArrayList<>();
        for (BundledCircuits.Bundled b : BundledCircuits.all()) {
            Netlist file = NetlistFiles.read(Corpus.bench(b.folder(), b.name()), true);
            if (!file.equals(BundledCircuits.read(b, true))) {
                differ.add(b.source());
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void namesResolveCaseInsensitivelyAndTheLibraryKeepsC17() throws IOException {
        Netlist c6288 = BuiltinCircuits.byName("C6288").orElseThrow();
        assertEquals(NetlistFiles.read(Corpus.bench("iscas85", "c6288")), c6288);
        assertEquals("c6288", c6288.name());
        assertEquals("b15_C", BuiltinCircuits.find("b15_c").orElseThrow().name());
        assertEquals("ITC'99, benchmarks/itc99/b05.bench", BuiltinCircuits.find("b05").orElseThrow().source());
        assertEquals(Builtin.LIBRARY, BuiltinCircuits.find("c17").orElseThrow().source());
        assertEquals(1, BuiltinCircuits.all().stream().filter(b -> b.name().equals("c17")).count(), "c17 listed once");
        assertFalse(BuiltinCircuits.byName("c9999").isPresent());
    }

    @Test
    void s400sUndrivenNetIsAnErrorUnlessTakenAsAnInputAsForItsFile() {
        ParseException e = assertThrows(ParseException.class, () -> BuiltinCircuits.byName("s400"));
        assertTrue(e.getMessage().startsWith("s400.bench:"), e.getMessage());
        assertTrue(e.getMessage().contains("'Phi1H' is used but never driven"), e.getMessage());
        assertTrue(BuiltinCircuits.byName("s400", true).orElseThrow().inputNames().contains("Phi1H"));
    }

    @Test
    void aBundledCircuitTakesNoParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BuiltinCircuits.byName("s27:3"));
        assertTrue(e.getMessage().contains("s27: takes no parameters"), e.getMessage());
    }

    @Test
    void theClosestNamesComeFirst() {
        assertEquals("c6288", BuiltinCircuits.closest("c6289", 3).get(0));
        assertEquals("s27", BuiltinCircuits.closest("S27x", 1).get(0));
        assertEquals("ripple-adder", BuiltinCircuits.closest("ripple-addr", 1).get(0));
        List<String> five = BuiltinCircuits.closest("b1", 5);
        assertEquals(5, five.size());
        assertTrue(five.stream().allMatch(n -> EditDistance.between("b1", n.toLowerCase()) <= 2), five.toString());
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, EditDistance.between("c17", "c17"));
        assertEquals(3, EditDistance.between("kitten", "sitting"));
        assertEquals(3, EditDistance.between("", "abc"));
        assertEquals(2, EditDistance.between("c643", "c432"));
    }

}
