package dev.tmrkit.cli.shard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.ParseResult;

/**
 * The last planned campaign of this JVM, for a JVM that runs several slices of one campaign in turn (a Spark
 * executor): the second slice takes the first one's plan instead of reading, transforming and planning again.
 * Off unless {@link #enable()} was called. The key is the campaign's defining options ({@link JobArgs}) with
 * every file named in them replaced by a hash of its contents, so a file copied to another place is the same
 * campaign and a changed file is another. One entry only: a JVM keeps at most one plan alive.
 */
public final class JobCache {
    private static volatile boolean enabled;
    private static List<String> lastKey;
    private static CampaignJob lastJob;

    private JobCache() {
    }

    /** Keeps the last plan from now on (called once per executor JVM). */
    public static void enable() {
        enabled = true;
    }

    /** The job for the options of {@code parsed}: the kept one when they define the same campaign, else {@code plan}'s. */
    public static CampaignJob job(ParseResult parsed, Supplier<CampaignJob> plan) {
        if (!enabled) {
            return plan.get();
        }
        List<String> key = key(JobArgs.of(parsed));
        synchronized (JobCache.class) {
            if (key.equals(lastKey)) {
                return lastJob;
            }
        }
        CampaignJob job = plan.get();
        synchronized (JobCache.class) {
            lastKey = key;
            lastJob = job;
        }
        return job;
    }

    /** Forgets the kept plan and turns the cache off again (tests). */
    static synchronized void reset() {
        enabled = false;
        lastKey = null;
        lastJob = null;
    }

    private static List<String> key(List<String> args) {
        List<String> key = new ArrayList<>(args.size());
        for (String a : args) {
            Path file = a.startsWith("-") ? null : pathOrNull(a);
            key.add(file != null && Files.isRegularFile(file) ? "file:" + contentHash(file) : a);
        }
        return key;
    }

    private static Path pathOrNull(String value) {
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException notAPath) {
            return null;
        }
    }

    private static String contentHash(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
