package dev.tmrkit.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every executor needs to plan the campaign again: the options that define it and, when the circuit is
 * a file, its bytes and file name (executors need not see the driver's file system). Broadcast once.
 *
 * @param args     the defining options of {@code inject}, the circuit first when one was given
 * @param fileName the circuit file's name (its extension picks the reader, its stem names the circuit), or null
 * @param bytes    the circuit file's contents, or null for a built-in circuit
 * @param digest   the campaign's digest on the driver; every part must carry it
 */
public record CampaignSource(List<String> args, String fileName, byte[] bytes, String digest) implements Serializable {
    private static final long serialVersionUID = 1L;

    public CampaignSource {
        args = List.copyOf(args);
    }

    /** The source of a campaign defined by {@code args} (as {@code JobArgs} writes them: a file made absolute). */
    public static CampaignSource of(List<String> args, String digest) {
        if (!args.isEmpty() && !args.get(0).startsWith("-")) {
            Path file = Path.of(args.get(0));
            if (Files.isRegularFile(file)) {
                try {
                    return new CampaignSource(args, file.getFileName().toString(), Files.readAllBytes(file), digest);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new CampaignSource(args, null, null, digest);
    }

    /** The options with the circuit written into {@code dir} (if it is a file) and named there. */
    public List<String> argsIn(Path dir) throws IOException {
        List<String> a = new ArrayList<>(args);
        if (bytes != null) {
            Path file = dir.resolve(fileName);
            Files.write(file, bytes);
            a.set(0, file.toString());
        }
        return a;
    }
}
