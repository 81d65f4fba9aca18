package dev.tmrkit.circuits.campaign.model;

/** Told how many units of work are done out of how many; called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
