package dev.tmrkit.cli.shard;

import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import java.util.BitSet;
import java.util.function.BooleanSupplier;

/**
 * Supplies the results of the fault sets a planned campaign still needs: threads on this machine
 * ({@link #LOCAL}), the parts of a sharded run ({@code merge}), or a cluster.
 */
@FunctionalInterface
public interface CampaignEngine {
    /** Fault sets run by {@code threads} threads of this JVM. */
    CampaignEngine LOCAL = (job, todo, threads, progress, stop) -> job.campaign().runSome(job.sets(), todo, threads, progress, stop);

    /**
     * @param todo entries to supply; the result holds them (null elsewhere), or fewer if {@code stop} answered true
     */
    FaultResult[] run(CampaignJob job, BitSet todo, int threads, ProgressListener progress, BooleanSupplier stop);

    /**
     * Told once the options were checked and planning begins, so an engine with a slow start (a cluster) can
     * start while the campaign is planned. Nothing by default.
     */
    default void prepare() {
    }

    /** A command whose engine can be replaced (by {@code merge}, or by the Spark application). */
    interface Slot {
        void use(CampaignEngine engine);
    }
}
