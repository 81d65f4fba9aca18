package dev.tmrkit.circuits.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The shared benchmark corpus, {@code ../shared/circuits} beside the project root. */
public final class Corpus {
    private Corpus() {
    }

    /**
     * The corpus folder: from the {@code tmrkit.root} system property (surefire sets it to the project root),
     * else the first {@code shared/circuits} found walking up from the working directory.
     */
    public static Path root() {
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
