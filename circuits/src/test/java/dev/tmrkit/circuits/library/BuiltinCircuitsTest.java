package dev.tmrkit.circuits.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.gates.Netlist;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue: its names, lookup by spec, defaults, and the errors a user sees for bad specs. */
class BuiltinCircuitsTest {

    /** The circuits built in code (the bundled suites are checked by {@link BundledCircuitsTest}). */
    private static List<Builtin> library() {
        return BuiltinCircuits.all().stream().filter(b -> b.source().equals(Builtin.LIBRARY)).toList();
    }

    @Test
    void catalogueListsEveryCircuitOnceInLowerCase() {
        List<String> names = library().stream().map(Builtin::name).toList();
        assertEquals(List.of("voter", "tmr-gate", "c17", "full-adder", "ripple-adder", "comparator", "counter"), names);
        List<String> all = BuiltinCircuits.all().stream().map(b -> b.name().toLowerCase(Locale.ROOT)).toList();
        assertEquals(all.size(), new HashSet<>(all).size(), "library and bundled names never clash");
        assertEquals(names, BuiltinCircuits.all().subList(0, names.size()).stream().map(Builtin::name).toList(), "the library first");
        for (Builtin b : library()) {
            assertEquals(b.name().toLowerCase(Locale.ROOT), b.name());
            assertFalse(b.description().isBlank(), b.name());
        }
    }

    @Test
    void everyEntryBuildsWithItsDefaults() {
        for (Builtin b : library()) {
            Netlist n = BuiltinCircuits.byName(b.name()).orElseThrow();
            assertTrue(n.name().startsWith(b.name()), n.name());
            assertTrue(n.inputCount() > 0 && n.outputCount() > 0, b.name());
        }
    }

    @Test
    void fixedCircuitsDescribeEveryPort() {
        for (Builtin b : library()) {
            if (!b.parameters().isEmpty()) {
                continue;
            }
            Netlist n = BuiltinCircuits.byName(b.name()).orElseThrow();
            Set<String> ports = new HashSet<>(n.inputNames());
            ports.addAll(n.outputNames());
            for (String port : ports) {
                assertTrue(Pattern.compile("(^|[ ,;:])" + Pattern.quote(port) + "([ ,;]|$)").matcher(b.description()).find(),
                        b.name() + " description should name port " + port + ": " + b.description());
            }
        }
    }

    @Test
    void parameterisedCircuitsShowTheirSyntax() {
        assertEquals("ripple-adder[:N]", BuiltinCircuits.find("ripple-adder").orElseThrow().usage());
        assertEquals("comparator[:N[:K]]", BuiltinCircuits.find("comparator:5:3").orElseThrow().usage());
        assertEquals("counter[:N]", BuiltinCircuits.find("counter").orElseThrow().usage());
        assertEquals("voter", BuiltinCircuits.find("voter").orElseThrow().usage());
    }

    @Test
    void parametersChooseTheSizeAndNameTheNetlist() {
        Netlist adder = BuiltinCircuits.byName("ripple-adder:8").orElseThrow();
        assertEquals("ripple-adder:8", adder.name());
        assertEquals(17, adder.inputCount());
        assertEquals(9, adder.outputCount());
        assertEquals("comparator:4:10", BuiltinCircuits.byName("comparator").orElseThrow().name());
        assertEquals("comparator:6:10", BuiltinCircuits.byName("comparator:6").orElseThrow().name());
        assertEquals(12, BuiltinCircuits.byName("counter:12").orElseThrow().outputCount());
    }

    @Test
    void namesAreCaseInsensitive() {
        assertEquals(BuiltinCircuits.byName("c17"), BuiltinCircuits.byName("C17"));
        assertTrue(BuiltinCircuits.byName("Ripple-Adder:2").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nosuch", "nosuch:3", "", "c17.bench", "circuits/c17", "voter2"})
    void unknownNamesAreEmpty(String spec) {
        assertEquals(Optional.empty(), BuiltinCircuits.byName(spec));
        assertEquals(Optional.empty(), BuiltinCircuits.find(spec));
    }

    @Test
    void nullIsNotABuiltin() {
        assertEquals(Optional.empty(), BuiltinCircuits.byName(null));
    }

    @Test
    void widthZeroIsRejectedWithTheRange() {
        IllegalArgumentException e = badSpec("ripple-adder:0");
        assertTrue(e.getMessage().contains("from 1 to 64"), e.getMessage());
        assertTrue(e.getMessage().contains("ripple-adder[:N]"), e.getMessage());
    }

    @Test
    void nonNumericWidthIsRejectedQuotingIt() {
        IllegalArgumentException e = badSpec("ripple-adder:x");
        assertTrue(e.getMessage().contains("'x'"), e.getMessage());
    }

    @Test
    void constantThatDoesNotFitIsRejected() {
        IllegalArgumentException e = badSpec("comparator:4:16");
        assertTrue(e.getMessage().contains("16") && e.getMessage().contains("4 bits"), e.getMessage());
        // the default K = 10 needs four bits
        assertTrue(badSpec("comparator:3").getMessage().contains("10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ripple-adder:65", "ripple-adder:-1", "ripple-adder:", "ripple-adder:4:4", "counter:0",
        "counter:abc", "comparator:4:-1", "comparator:4:ten", "comparator:0:0", "comparator:4:1:2", "voter:3", "c17:",
        "tmr-gate:2", "full-adder:1"})
    void badParametersAreClearErrors(String spec) {
        IllegalArgumentException e = badSpec(spec);
        String name = spec.substring(0, spec.indexOf(':'));
        assertTrue(e.getMessage().startsWith(name + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("usage: " + name), e.getMessage());
    }

    private static IllegalArgumentException badSpec(String spec) {
        return assertThrows(IllegalArgumentException.class, () -> BuiltinCircuits.byName(spec), spec);
    }
}
