package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.OutputFile;
import dev.tmrkit.stateful.sim.engine.TraceEvent;
import dev.tmrkit.stateful.sim.engine.TraceListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a simulation trace as JSON lines, one object per event, to a temporary file beside the target
 * that is renamed into place only when the run finished: on any error no file is left behind.
 */
public final class TraceFile {
    private TraceFile() {
    }

    /** Runs {@code run} with a listener that writes to {@code target}; returns what it returns. */
    static <T> T write(Path target, Function<TraceListener, T> run) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserException("--trace " + target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new UserException("--trace " + target + " is a folder");
        }
        try (OutputFile file = OutputFile.create(target.toString())) {
            T result;
            try (BufferedWriter out = file.writer()) {
                result = run.apply(e -> line(out, e));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            file.commit();
            return result;
        }
    }

    private static void line(BufferedWriter out, TraceEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("t", e.time());
        m.put("seq", e.seq());
        m.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
        m.put("node", e.node());
        if (e.from() != null) {
            m.put("from", e.from());
        }
        if (e.impaired()) {
            m.put("impaired", true);
        }
        if (e.detail() != null) {
            m.put("what", String.valueOf(e.detail()));
        }
        try {
            out.write(Json.write(m));
            out.write('\n');
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
