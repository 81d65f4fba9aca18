package dev.tmrkit.cli.output;

import dev.tmrkit.cli.plot.ChartFiles;
import dev.tmrkit.cli.options.InputFiles;
import dev.tmrkit.cli.options.UserException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks output files early and writes them whole or not at all (through {@link OutputFile}). */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** Fails early, before any work, when {@code file} cannot be written: its folder is missing or read-only. */
    public static void checkWritable(Path file) {
        if (file == null) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserException("cannot write '" + file + "': no such directory");
        }
        if (!Files.isWritable(dir)) {
            throw new UserException("cannot write '" + file + "': the directory is not writable");
        }
        if (Files.isDirectory(file)) {
            throw new UserException("cannot write '" + file + "': it is a directory");
        }
        checkTarget(file);
    }

    /**
     * The output policy: only a regular file (new or replaced) may be written — never a FIFO, a device or
     * a socket, which a rename would replace by a plain file — and never a file the command reads.
     */
    static void checkTarget(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new UserException("cannot write '" + file + "': it is not a regular file (a device, FIFO or socket); "
                    + "tmrkit writes only regular files" + (file.toString().equals("/dev/stdout") ? " (use -o - for standard output)" : ""));
        }
        Path input = InputFiles.sameAs(file);
        if (input != null) {
            throw new UserException("cannot write '" + file + "': it is this command's input; choose another output file");
        }
    }

    /** Checks a {@code --plot} file before any work: a .png or .svg name in a writable folder (null: no plot). */
    public static void checkPlot(Path plot) {
        if (plot != null && !dev.tmrkit.cli.plot.ChartFiles.supported(plot)) {
            throw new UserException("--plot takes a .png or .svg file, not '" + plot + "'");
        }
        checkWritable(plot);
    }

    public static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path file, byte[] bytes) {
        checkWritable(file);
        try (OutputFile out = OutputFile.create(file.toString())) {
            out.commit(bytes);
        } catch (IOException e) {
            throw new UserException("cannot write '" + file + "': " + e.getMessage(), e);
        }
    }
}
