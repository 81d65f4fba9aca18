package dev.tmrkit.cli.shard;

import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Json;
import java.io.PrintWriter;
import java.util.BitSet;
import picocli.CommandLine.Option;

/** {@code inject --shard K/N}: run one slice of the fault sets and write its part for {@code tmrkit merge}. */
public final class ShardOption {
    @Option(names = "--shard", paramLabel = "K/N", converter = Shard.Converter.class,
            description = "Run only the K-th of N slices of the fault sets (runs of consecutive fault sets of about equal work, "
                    + "dealt to the slices in turn) and write a part "
                    + "(JSON, to -o FILE) for 'tmrkit merge', which checks and joins the parts into this run's report.")
    Shard shard;
    private SliceLayout layout; // of the job restricted last

    public boolean given() {
        return shard != null;
    }

    /** Refuses --shard beside --resume or --montecarlo. */
    public void refuse(boolean resume, boolean montecarlo) {
        if (shard != null && (resume || montecarlo)) {
            throw new UserException("--shard runs a slice of a fault-injection campaign; it cannot be combined with "
                    + (resume ? "--resume (run the shard again)" : "--montecarlo"));
        }
    }

    /** Clears from {@code todo} the fault sets of {@code job} in other slices (none without --shard). */
    public void restrict(BitSet todo, CampaignJob job) {
        if (shard != null) {
            layout = SliceLayout.of(job, shard.count());
            shard.restrict(todo, layout);
        }
    }

    /** Whether every fault set this run is responsible for (its slice, or all) has a result. */
    public boolean complete(FaultResult[] results) {
        for (int k = 0; k < results.length; k++) {
            if (results[k] == null && (shard == null || shard.holds(k, layout))) {
                return false;
            }
        }
        return true;
    }

    /** Writes this slice's part of {@code job}. */
    public void writePart(PrintWriter to, CampaignJob job, FaultResult[] results) {
        to.println(Json.write(Part.of(shard, layout, job, results).toJson()));
    }
}
