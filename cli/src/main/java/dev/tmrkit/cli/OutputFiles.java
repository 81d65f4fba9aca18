package dev.tmrkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report file whole or not at all: a temporary file in the target folder, then a rename. */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Fails early, before any work, when {@code file} cannot be written: its folder is missing or read-only. */
    static void checkWritable(Path file) {
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
    }

    static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path file, byte[] bytes) {
        checkWritable(file);
        Path dir = file.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                Files.write(tmp, bytes);
                try {
                    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (NoSuchFileException e) {
            throw new UserException("cannot write '" + file + "': no such directory");
        } catch (IOException e) {
            throw new UserException("cannot write '" + file + "': " + e.getMessage(), e);
        }
    }
}
