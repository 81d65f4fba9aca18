package dev.tmrkit.cli.shard;

import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.cli.options.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a part written by {@code inject --shard}; anything else is refused with the file and what is wrong. */
public final class PartReader {
    private PartReader() {
    }

    public static Part read(Path file) {
        return parse(file.toString(), text(file));
    }

    /** The text of a part file. */
    public static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file '" + file + "'");
        } catch (IOException e) {
            throw new UserException("cannot read '" + file + "': " + e.getMessage(), e);
        }
    }

    /** Parses the text of a part; {@code source} names it in errors. */
    public static Part parse(String source, String text) {
        Map<?, ?> root = PartJson.root(source, text);
        if (!Part.FORMAT.equals(PartJson.text(root.get("format"), ""))) {
            throw new UserException(source + ": not a part of a sharded campaign (write parts with tmrkit inject --shard K/N -o FILE)");
        }
        if (PartJson.integer(root.get("version"), -1) != Part.VERSION) {
            throw new UserException(source + ": part version " + PartJson.text(root.get("version"), "") + ", this tmrkit reads " + Part.VERSION);
        }
        Shard shard;
        try {
            shard = new Shard(number(source, root, "shard"), number(source, root, "shards"));
        } catch (IllegalArgumentException e) {
            throw new UserException(source + ": " + e.getMessage());
        }
        String digest = PartJson.text(root.get("digest"), "");
        int entries = number(source, root, "entries");
        List<String> args = new ArrayList<>();
        for (Object a : PartJson.list(root, "args")) {
            args.add(PartJson.text(a, ""));
        }
        List<Part.Row> rows = new ArrayList<>();
        for (Object o : PartJson.list(root, "results")) {
            Map<?, ?> r = PartJson.object(o);
            int k = (int) PartJson.integer(r.get("index"), -1);
            Outcome outcome;
            try {
                outcome = Outcome.valueOf(PartJson.text(r.get("outcome"), "").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserException(source + ": result " + k + " has no valid outcome");
            }
            rows.add(new Part.Row(k, outcome, PartJson.integer(r.get("firstFailingPattern"), -1),
                    PartJson.integer(r.get("failingPatterns"), -1)));
        }
        if (digest.isEmpty() || args.isEmpty() || !(root.get("results") instanceof List<?>)) {
            throw new UserException(source + ": incomplete part (digest, args or results missing)");
        }
        return new Part(source, shard, digest, entries, args, rows);
    }

    private static int number(String source, Map<?, ?> root, String key) {
        long v = PartJson.integer(root.get(key), -1);
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new UserException(source + ": '" + key + "' is missing or not a count");
        }
        return (int) v;
    }
}
