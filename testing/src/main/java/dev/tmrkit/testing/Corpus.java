package dev.tmrkit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark circuits in {@code benchmarks/} at the repository root (iscas85/, iscas89/, itc99/, epfl/).
 * The root is the first folder holding {@code benchmarks/} in or above the {@code tmrkit.root} system property
 * (the parent pom sets it for surefire to the folder Maven started in), else in or above the working directory. A missing
 * corpus is a failure, never a skip: the circuits are part of the repository.
 */
public final class Corpus {
    /** The folder name under the repository root. */
    public static final String FOLDER = "benchmarks";

    private Corpus() {
    }

    /** The repository root: the folder holding {@code benchmarks/}. */
    public static Path repositoryRoot() {
        String root = System.getProperty("tmrkit.root");
        Path start = root != null && !root.isBlank() ? Path.of(root) : Path.of("");
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(FOLDER))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find " + FOLDER + "/ in or above " + start.toAbsolutePath().normalize()
                + " (tmrkit.root " + (root == null ? "not set" : "= " + root) + "): run the tests in the repository,"
                + " or set -Dtmrkit.root to the repository root");
    }

    /** The corpus folder, {@code <root>/benchmarks}. */
    public static Path root() {
        return repositoryRoot().resolve(FOLDER);
    }

    /** {@code benchmarks/<suite>/<name>}; fails if the file is missing. */
    public static Path file(String suite, String name) {
        Path p = root().resolve(suite).resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("no benchmark file " + p);
        }
        return p;
    }

    /** {@code benchmarks/<suite>/<name>.bench}. */
    public static Path bench(String suite, String name) {
        return file(suite, name + ".bench");
    }

    /** The files of one suite with the given extension, sorted by name; fails if there are none. */
    public static List<Path> files(String suite, String extension) {
        try (Stream<Path> s = Files.list(root().resolve(suite))) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith("." + extension)).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no ." + extension + " files in " + root().resolve(suite));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name without its last extension. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
