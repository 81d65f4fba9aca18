package dev.tmrkit.circuits.faults;

import dev.tmrkit.circuits.io.NetlistFiles;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared benchmark corpus, {@code ../shared/circuits} beside the project root. */
final class SharedCircuits {
    private SharedCircuits() {
    }

    /**
     * The corpus folder: from the {@code tmrkit.root} system property (surefire sets it to the project root),
     * else the first {@code shared/circuits} found walking up from the working directory.
     */
    static Path root() {
        String root = System.getProperty("tmrkit.root");
        if (root != null) {
            Path p = Path.of(root).resolve("../shared/circuits").normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("shared/circuits");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find shared/circuits: set -Dtmrkit.root to the project root");
    }

    /** Reads {@code folder/name.bench} from the corpus. */
    static Netlist bench(String folder, String name) {
        Path file = root().resolve(folder).resolve(name + ".bench");
        try {
            return NetlistFiles.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
