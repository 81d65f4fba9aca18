package dev.tmrkit.cli.bench;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every suite gets: the benchmark circuits folder (null when there is none: the circuits bundled in the jar
 * are used), the run settings and the seed.
 */
record BenchContext(Path circuits, Measurement measurement, long seed, int threads) {

    /** The benchmark folder, if one was found or given. */
    Optional<Path> folder() {
        return Optional.ofNullable(circuits);
    }

    /** Where the circuits come from, for the report. */
    String source() {
        return circuits == null ? "the circuits bundled in tmrkit" : circuits.toString();
    }

    /** {@code <folder>/<suite>/<name>.bench}, or the bundled circuit of that name without a folder. */
    Netlist netlist(String suite, String name) throws IOException {
        if (circuits != null) {
            return NetlistFiles.read(file(suite, name));
        }
        return BuiltinCircuits.byName(name).orElseThrow(() -> new UserException("no bundled circuit " + name));
    }

    /** A benchmark circuit file of the folder, or a clear error saying where it was looked for. */
    Path file(String suite, String name) {
        return fileNamed(suite, name + ".bench");
    }

    /** A benchmark file of the folder by its whole name, such as {@code epfl/div.aig}. */
    Path fileNamed(String suite, String fileName) {
        if (circuits == null) {
            throw new UserException("the " + suite + "/" + fileName + " row needs the benchmarks/ folder (give --circuits DIR)");
        }
        Path file = circuits.resolve(suite).resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new UserException("benchmark circuit not found: " + file + " (give --circuits DIR)");
        }
        return file;
    }
}
