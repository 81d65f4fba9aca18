package dev.tmrkit.circuits.faults;

import dev.tmrkit.circuits.io.NetlistFiles;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The benchmark corpus, {@code benchmarks/} in the repository, as the fault tests read it. */
final class SharedCircuits {
    private SharedCircuits() {
    }

    /** The corpus folder, as the reader tests find it. */
    static Path root() {
        return dev.tmrkit.circuits.io.Corpus.root();
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
