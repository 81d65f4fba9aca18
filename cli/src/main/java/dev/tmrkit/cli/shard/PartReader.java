package dev.tmrkit.cli.shard;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.cli.options.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JacksonException e) {
            throw new UserException(source + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not a tmrkit part: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !Part.FORMAT.equals(root.path("format").asText())) {
            throw new UserException(source + ": not a part of a sharded campaign (write parts with tmrkit inject --shard K/N -o FILE)");
        }
        if (root.path("version").asInt(-1) != Part.VERSION) {
            throw new UserException(source + ": part version " + root.path("version").asText() + ", this tmrkit reads " + Part.VERSION);
        }
        Shard shard;
        try {
            shard = new Shard(number(source, root, "shard"), number(source, root, "shards"));
        } catch (IllegalArgumentException e) {
            throw new UserException(source + ": " + e.getMessage());
        }
        String digest = root.path("digest").asText("");
        int entries = number(source, root, "entries");
        List<String> args = new ArrayList<>();
        for (JsonNode a : root.path("args")) {
            args.add(a.asText());
        }
        List<Part.Row> rows = new ArrayList<>();
        for (JsonNode r : root.path("results")) {
            int k = r.path("index").asInt(-1);
            Outcome outcome;
            try {
                outcome = Outcome.valueOf(r.path("outcome").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserException(source + ": result " + k + " has no valid outcome");
            }
            rows.add(new Part.Row(k, outcome, r.path("firstFailingPattern").asLong(-1), r.path("failingPatterns").asLong(-1)));
        }
        if (digest.isEmpty() || args.isEmpty() || !root.path("results").isArray()) {
            throw new UserException(source + ": incomplete part (digest, args or results missing)");
        }
        return new Part(source, shard, digest, entries, args, rows);
    }

    private static int number(String source, JsonNode root, String key) {
        JsonNode v = root.get(key);
        if (v == null || !v.canConvertToInt() || v.asInt() < 0) {
            throw new UserException(source + ": '" + key + "' is missing or not a count");
        }
        return v.asInt();
    }
}
