package dev.tmrkit.cli.options;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The files the running command has read, so that no output ever replaces one of them
 * ({@code tmrkit tmr x.bench -o x.bench} is refused instead of destroying its own input). The command
 * line starts every execution with {@link #clear()}.
 */
public final class InputFiles {
    private static final List<Path> READ = new CopyOnWriteArrayList<>();

    private InputFiles() {
    }

    /** Forgets the files of an earlier execution. */
    public static void clear() {
        READ.clear();
    }

    /** Records that the command reads {@code file}. */
    public static void add(Path file) {
        READ.add(file.toAbsolutePath().normalize());
    }

    /** The input that {@code output} would replace (the same file, also through links), or null. */
    public static Path sameAs(Path output) {
        Path target = output.toAbsolutePath().normalize();
        for (Path in : READ) {
            try {
                if (in.equals(target) || Files.exists(target) && Files.exists(in) && Files.isSameFile(in, target)) {
                    return in;
                }
            } catch (IOException e) {
                // unreadable: cannot be the same file as one we read
            }
        }
        return null;
    }
}
