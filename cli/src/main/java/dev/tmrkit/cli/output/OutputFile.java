package dev.tmrkit.cli.output;

import dev.tmrkit.cli.options.UserException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file written all at once or not at all: a temporary file is created in the target's folder up front
 * (so an unwritable target fails before any slow work), the content goes there, and a rename puts it in
 * place. Closing without {@link #commit} deletes the temporary file and leaves any old target untouched.
 */
public final class OutputFile implements AutoCloseable {
    /** Temporary files not yet renamed or deleted: removed when the JVM exits, on a signal too. */
    private static final java.util.Set<Path> PENDING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                Interruption.awaitReports(); // a partial report being written on Ctrl-C goes first
                deletePending();
            }, "tmrkit-temp-files"));
        } catch (IllegalStateException shuttingDown) {
            // first used while the JVM is already exiting (a partial report): close() still cleans up
        }
    }

    private final Path target;
    private final Path temp;
    private boolean committed;

    private OutputFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** Prepares to write {@code file}; a missing or unwritable folder is a {@link UserException}. */
    public static OutputFile create(String file) {
        Path target = Path.of(file).toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new UserException("cannot write '" + file + "': it is a folder");
        }
        OutputFiles.checkTarget(target);
        try {
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            PENDING.add(temp);
            return new OutputFile(target, temp);
        } catch (NoSuchFileException e) {
            throw new UserException("cannot write '" + file + "': no folder " + target.getParent());
        } catch (AccessDeniedException e) {
            throw new UserException("cannot write '" + file + "': permission denied in " + target.getParent());
        } catch (IOException e) {
            throw new UserException("cannot write '" + file + "': " + e.getMessage(), e);
        }
    }

    /** Writes {@code content} and renames it over the target. */
    public void commit(byte[] content) throws IOException {
        Files.write(temp, content);
        commit();
    }

    /** A writer for streamed content (UTF-8); close it, then {@link #commit()}. */
    public java.io.BufferedWriter writer() throws IOException {
        return Files.newBufferedWriter(temp, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Renames what was written through {@link #writer()} over the target. */
    public void commit() throws IOException {
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, Files.exists(target)
                    ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        PENDING.remove(temp);
    }

    /** Deletes every temporary file still pending (the shutdown hook; also usable by other temp writers). */
    static void deletePending() {
        for (Path p : PENDING) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // best effort while exiting
            }
            PENDING.remove(p);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(temp);
            PENDING.remove(temp);
        }
    }
}
