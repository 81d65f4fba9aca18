package dev.tmrkit.cli.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.Checkpoint;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.cli.options.LocatedJson;
import dev.tmrkit.cli.shard.Part;
import dev.tmrkit.cli.shard.ResultRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@link Checkpoint} held by a partial JSON report of {@code tmrkit inject} for {@code --resume}:
 * its {@code digest} and its per-fault {@code results}, entry by entry ({@link ResultRows}), and the counts
 * it states ({@code faults}, {@code completed}, {@code masked}, {@code detected}, {@code silent}) where
 * present, which must agree with the entries. Whether the entries fit this run is the library's check
 * ({@link Checkpoint#restore}); a problem is reported at the entry's position.
 */
final class CheckpointFile {
    private final LocatedJson doc;
    private final Checkpoint checkpoint;
    private final List<Part.Row> rows;

    private CheckpointFile(LocatedJson doc, Checkpoint checkpoint, List<Part.Row> rows) {
        this.doc = doc;
        this.checkpoint = checkpoint;
        this.rows = rows;
    }

    /** The results held by the checkpoint in {@code file}, refused unless {@code plan} made it. */
    static FaultResult[] restore(Path file, CampaignPlan plan, FaultSetCampaign campaign) {
        CheckpointFile cp = read(file);
        JsonNode root = cp.doc.root();
        if (root.has("faults") && cp.doc.integer(root, "faults", 0, Integer.MAX_VALUE) != plan.faultSets().size()) {
            throw cp.doc.error(root, "faults", "the report counts " + root.get("faults") + " fault sets, this run has "
                    + plan.faultSets().size());
        }
        try {
            return cp.checkpoint.restore(plan, campaign);
        } catch (Checkpoint.MismatchException e) {
            throw e.entry() >= 0 ? cp.rows.get(e.entry()).at().error(e.getMessage())
                    : cp.doc.error(root, "digest", "cannot resume: " + e.getMessage());
        }
    }

    /** The checkpoint in {@code file}, its entries and counts read and checked against each other. */
    static CheckpointFile read(Path file) {
        LocatedJson doc = LocatedJson.read(file, "resume file");
        JsonNode root = doc.root();
        if (!root.isObject() || !root.has("results") || !root.has("digest")) {
            throw doc.error(root, "not a resumable report (it has no digest and per-fault results; partial "
                    + "reports written as JSON do)");
        }
        String digest = doc.text(root, "digest");
        JsonNode results = doc.array(root, "results");
        List<Part.Row> rows = ResultRows.read(doc, results, false);
        if (root.has("completed") && doc.integer(root, "completed", 0, Integer.MAX_VALUE) != rows.size()) {
            throw doc.error(root, "completed", "'completed' is " + root.get("completed") + " but the report holds "
                    + rows.size() + " results");
        }
        for (Outcome o : Outcome.values()) {
            if (root.has(o.label()) && doc.integer(root, o.label(), 0, Integer.MAX_VALUE) != ResultRows.count(rows, o)) {
                throw doc.error(root, o.label(), "'" + o.label() + "' is " + root.get(o.label()) + " but the report holds "
                        + ResultRows.count(rows, o) + " " + o.label() + " results");
            }
        }
        List<Checkpoint.Entry> entries = new ArrayList<>(rows.size());
        for (Part.Row r : rows) {
            entries.add(new Checkpoint.Entry(r.index(), r.outcome(), r.firstFailing(), r.failing()));
        }
        return new CheckpointFile(doc, new Checkpoint(digest, entries), rows);
    }
}
