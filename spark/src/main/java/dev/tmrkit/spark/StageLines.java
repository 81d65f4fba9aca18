package dev.tmrkit.spark;

import java.io.PrintWriter;
import java.util.Locale;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/** One line on stderr per finished (or failed) stage, and one per executor lost. */
final class StageLines extends SparkListener {
    private final PrintWriter err;

    StageLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted event) {
        StageInfo s = event.stageInfo();
        String seconds = "";
        if (s.submissionTime().isDefined() && s.completionTime().isDefined()) {
            long ms = (Long) s.completionTime().get() - (Long) s.submissionTime().get();
            seconds = String.format(Locale.ROOT, " in %.1f s", ms / 1000.0);
        }
        String how = s.failureReason().isDefined() ? "failed (" + s.failureReason().get().lines().findFirst().orElse("") + ")" : "finished";
        err.println("spark: stage " + s.stageId() + " " + how + ": " + s.numTasks() + " tasks" + seconds);
        err.flush();
    }

    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved event) {
        err.println("spark: executor " + event.executorId() + " lost (" + event.reason() + "); Spark runs its tasks again");
        err.flush();
    }
}
