package dev.tmrkit.circuits.io.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.NetlistFormat;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.bench.BenchReaderTest;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file facade: format by extension, round trips through files, and no partial output on failure. */
class NetlistFilesTest {
    @Test
    void theFormatFollowsTheExtensionIgnoringCase() {
        assertEquals(NetlistFormat.BENCH, NetlistFormat.of(Path.of("dir", "c17.bench")));
        assertEquals(NetlistFormat.BLIF, NetlistFormat.of(Path.of("ctrl.BLIF")));
        assertEquals(Optional.empty(), NetlistFormat.fromFileName("c17.bench.gz"));
        assertEquals(NetlistFormat.AIGER_BINARY, NetlistFormat.of(Path.of("hyp.aig")));
        assertEquals(NetlistFormat.AIGER_ASCII, NetlistFormat.of(Path.of("toggle.aag")));
        assertEquals(NetlistFormat.YOSYS_JSON, NetlistFormat.of(Path.of("c17.json")));
        assertEquals(NetlistFormat.VERILOG, NetlistFormat.of(Path.of("top.V")));
        assertEquals(NetlistFormat.EDIF, NetlistFormat.of(Path.of("top.EDF")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetlistFormat.of(Path.of("top.vhd")));
        assertEquals("unknown netlist format for 'top.vhd': expected a file name ending in .bench, .blif, .aag, .aig, .json,"
                + " .v or .edf", e.getMessage());
    }

    @Test
    void writesAndReadsBackInEitherFormat(@TempDir Path dir) throws IOException {
        Netlist c17 = BenchReaderTest.c17();
        for (String name : List.of("c17.bench", "c17.blif")) {
            Path file = dir.resolve(name);
            NetlistFiles.write(c17, file);
            assertEquals(c17, NetlistFiles.read(file), name);
        }
        assertEquals(List.of("c17.bench", "c17.blif"), listing(dir));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.bench");
        Files.writeString(file, "old content");
        Netlist bad = Netlist.builder("bad").input("a b").output("a b").build();
        assertThrows(IllegalArgumentException.class, () -> NetlistFiles.write(bad, file));
        assertEquals("old content", Files.readString(file));
        assertEquals(List.of("out.bench"), listing(dir));
    }

    @Test
    void theUndrivenOptionReachesTheReader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("open.blif");
        Files.writeString(file, ".model open\n.inputs a\n.outputs y\n.names a floating y\n11 1\n.end\n");
        ParseException e = assertThrows(ParseException.class, () -> NetlistFiles.read(file));
        assertTrue(e.getMessage().startsWith(file + ":4:10: net 'floating' is used but never driven"), e.getMessage());
        assertEquals(List.of("a", "floating"), NetlistFiles.read(file, true).inputNames());
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
