package dev.tmrkit.circuits.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The benchmark corpus, {@code benchmarks/} at the repository root. */
public final class Corpus {
    private Corpus() {
    }

    /**
     * The corpus folder: {@code benchmarks/} under the {@code tmrkit.root} system property (surefire sets it to
     * the project root), else the first {@code benchmarks/} found walking up from the working directory. The
     * corpus is part of the repository: when it is missing the test fails, it is never skipped.
     */
    public static Path root() {
        String root = System.getProperty("tmrkit.root");
        if (root != null) {
            Path p = Path.of(root).resolve("benchmarks").normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("benchmarks");
            if (Files.isDirectory(p.resolve("iscas85"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find benchmarks/ (the repository's circuits): set -Dtmrkit.root to the project root");
    }

    /** A file of the corpus, e.g. {@code file("iscas85", "c17.bench")}. */
    public static Path path(String folder, String name) {
        return root().resolve(folder).resolve(name);
    }

    /** The files of one corpus folder with the given extension, sorted by name. */
    static List<Path> files(String folder, String extension) {
        try (Stream<Path> s = Files.list(root().resolve(folder))) {
            return s.filter(p -> p.getFileName().toString().endsWith("." + extension)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String folder, String name) {
        return root().resolve(folder).resolve(name);
    }

    /** The file name without extension. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
