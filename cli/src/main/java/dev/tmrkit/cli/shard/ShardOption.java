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
            description = "Run only the K-th of N slices of the fault sets (fault set k when k mod N = K-1) and write a part "
                    + "(JSON, to -o FILE) for 'tmrkit merge', which checks and joins the parts into this run's report.")
    Shard shard;

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

    /** Clears from {@code todo} the fault sets of other slices (none without --shard) of a list of {@code entries}. */
    public void restrict(BitSet todo, int entries) {
        if (shard != null) {
            shard.restrict(todo, entries);
        }
    }

    /** Whether every fault set this run is responsible for (its slice, or all) has a result. */
    public boolean complete(FaultResult[] results) {
        for (int k = 0; k < results.length; k++) {
            if (results[k] == null && (shard == null || shard.holds(k, results.length))) {
                return false;
            }
        }
        return true;
    }

    /** Writes this slice's part of {@code job}. */
    public void writePart(PrintWriter to, CampaignJob job, FaultResult[] results) {
        to.println(Json.write(Part.of(shard, job, results).toJson()));
    }
}
