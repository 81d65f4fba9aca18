package dev.tmrkit.cli.campaign;

import dev.tmrkit.cli.options.UserException;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmrkit.circuits.campaign.FaultResult;
import dev.tmrkit.circuits.campaign.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a partial JSON report of {@code tmrkit inject} back for {@code --resume}: checks that it was made
 * with the same settings and fills in the results it holds.
 */
public final class Checkpoint {
    private Checkpoint() {
    }

    /**
     * @param expected settings the report must match (key → value as written in the report)
     * @param make     builds a result for entry index k from (outcome, first failing, failing count)
     */
    static int load(Path file, Map<String, Object> expected, FaultResult[] results, ResultFactory make) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new UserException("cannot resume: no such file '" + file + "'");
        } catch (JacksonException e) {
            throw new UserException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not a tmrkit JSON report: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserException("cannot resume from '" + file + "': " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.has("results")) {
            throw new UserException(file + ": not a resumable report (it has no per-fault results; partial reports written as JSON do)");
        }
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            JsonNode v = root.get(e.getKey());
            if (v == null || !v.asText().equals(String.valueOf(e.getValue()))) {
                throw new UserException(file + ": made with different settings: " + e.getKey() + " is "
                        + (v == null ? "missing" : v.asText()) + ", this run has " + e.getValue());
            }
        }
        int loaded = 0;
        for (JsonNode r : root.get("results")) {
            int k = r.path("index").asInt(-1);
            if (k < 0 || k >= results.length) {
                throw new UserException(file + ": result index " + k + " outside 0.." + (results.length - 1));
            }
            Outcome outcome;
            try {
                outcome = Outcome.valueOf(r.path("outcome").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserException(file + ": result " + k + " has no valid outcome");
            }
            long failing = r.has("failingPatterns") ? r.get("failingPatterns").asLong() : (outcome == Outcome.MASKED ? 0 : -1);
            results[k] = make.make(k, outcome, r.path("firstFailingPattern").asLong(-1), failing);
            loaded++;
        }
        return loaded;
    }

    /** Builds the result of entry k. */
    interface ResultFactory {
        FaultResult make(int index, Outcome outcome, long firstFailing, long failing);
    }

}
