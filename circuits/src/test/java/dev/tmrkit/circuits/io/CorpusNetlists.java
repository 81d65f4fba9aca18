package dev.tmrkit.circuits.io;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Netlists of the benchmark corpus ({@link Corpus}), read by tmrkit's own readers. */
public final class CorpusNetlists {
    private CorpusNetlists() {
    }

    /** Reads {@code benchmarks/<suite>/<name>.bench}. */
    public static Netlist bench(String suite, String name) {
        try {
            return NetlistFiles.read(Corpus.bench(suite, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
