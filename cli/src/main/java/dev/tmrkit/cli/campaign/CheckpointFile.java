package dev.tmrkit.cli.campaign;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.Checkpoint;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.JsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        Object parsed;
        try {
            parsed = JsonReader.parse(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new UserException("cannot resume: no such file '" + file + "'");
        } catch (JsonReader.Problem e) {
            throw new UserException(file + ":" + e.line() + ":" + e.column() + ": not a tmrkit JSON report: " + e.getMessage());
        } catch (IOException e) {
            throw new UserException("cannot resume from '" + file + "': " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> root) || !(root.get("results") instanceof List<?> results)
                || !(root.get("digest") instanceof String digest)) {
            throw new UserException(file + ": not a resumable report (it has no digest and per-fault results; partial "
                    + "reports written as JSON do)");
        }
        List<Checkpoint.Entry> entries = new ArrayList<>();
        for (Object o : results) {
            Map<?, ?> r = o instanceof Map<?, ?> m ? m : Map.of();
            int k = (int) number(r.get("index"), -1);
            Outcome outcome;
            try {
                outcome = Outcome.valueOf(String.valueOf(r.get("outcome")).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserException(file + ": result " + k + " has no valid outcome");
            }
            long failing = number(r.get("failingPatterns"), outcome == Outcome.MASKED ? 0 : -1);
            entries.add(new Checkpoint.Entry(k, outcome, number(r.get("firstFailingPattern"), -1), failing));
        }
        return new Checkpoint(digest, entries);
    }

    /** An integer of the report, or {@code none} when it is null (none) or absent. */
    private static long number(Object v, long none) {
        return v instanceof Long l ? l : none;
    }
}
