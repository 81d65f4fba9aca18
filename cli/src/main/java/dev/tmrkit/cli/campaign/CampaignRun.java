package dev.tmrkit.cli.campaign;

import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.cli.shard.CampaignEngine;
import dev.tmrkit.cli.shard.CampaignJob;
import dev.tmrkit.cli.shard.ShardOption;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.function.BooleanSupplier;

/**
 * The results of a planned campaign as {@code inject} gathers them: those of a resumed partial report, then
 * the missing fault sets of this run's slice supplied by the engine (this JVM's threads, merged parts, a
 * cluster). Entries the engine did not finish (stopped by Ctrl-C) stay null.
 */
final class CampaignRun {
    private CampaignRun() {
    }

    static FaultResult[] results(CampaignJob job, Path resume, ShardOption shard, CampaignEngine engine, int threads,
                                 ProgressListener progress, BooleanSupplier stop) {
        FaultResult[] results = resume == null ? new FaultResult[job.sets().size()]
                : CheckpointFile.restore(resume, job.plan(), job.campaign());
        BitSet todo = new BitSet();
        for (int k = 0; k < results.length; k++) {
            todo.set(k, results[k] == null);
        }
        shard.restrict(todo, job);
        FaultResult[] fresh = engine.run(job, todo, threads, progress, stop);
        for (int k = 0; k < fresh.length; k++) {
            results[k] = fresh[k] != null ? fresh[k] : results[k];
        }
        return results;
    }
}
