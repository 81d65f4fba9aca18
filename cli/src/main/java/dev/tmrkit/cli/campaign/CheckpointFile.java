package dev.tmrkit.cli.campaign;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.Checkpoint;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.cli.options.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the {@link Checkpoint} held by a partial JSON report of {@code tmrkit inject} for {@code --resume}:
 * its {@code digest} and its per-fault {@code results}. Whether it belongs to this run is the library's
 * check ({@link Checkpoint#restore}).
 */
final class CheckpointFile {
    private CheckpointFile() {
    }

    /** The results held by the checkpoint in {@code file}, refused unless {@code plan} made it. */
    static FaultResult[] restore(Path file, CampaignPlan plan, FaultSetCampaign campaign) {
        try {
            return read(file).restore(plan, campaign);
        } catch (Checkpoint.MismatchException e) {
            throw new UserException(file + ": " + e.getMessage(), e);
        }
    }

    /** The checkpoint in {@code file}. */
    static Checkpoint read(Path file) {
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
        if (root == null || !root.isObject() || !root.has("results") || !root.has("digest")) {
            throw new UserException(file + ": not a resumable report (it has no digest and per-fault results; partial "
                    + "reports written as JSON do)");
        }
        List<Checkpoint.Entry> entries = new ArrayList<>();
        for (JsonNode r : root.get("results")) {
            int k = r.path("index").asInt(-1);
            Outcome outcome;
            try {
                outcome = Outcome.valueOf(r.path("outcome").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserException(file + ": result " + k + " has no valid outcome");
            }
            long failing = r.has("failingPatterns") ? r.get("failingPatterns").asLong() : (outcome == Outcome.MASKED ? 0 : -1);
            entries.add(new Checkpoint.Entry(k, outcome, r.path("firstFailingPattern").asLong(-1), failing));
        }
        return new Checkpoint(root.get("digest").asText(), entries);
    }
}
