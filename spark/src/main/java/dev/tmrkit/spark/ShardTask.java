package dev.tmrkit.spark;


import dev.tmrkit.cli.shard.JobCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.TaskKilledException;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;
import picocli.CommandLine;

/**
 * One Spark task: {@code tmrkit inject ... --shard K/N} on an executor, its part (JSON text) added to an
 * accumulator, which Spark merges once per successful task, so a retried task counts once.
 */
final class ShardTask implements org.apache.spark.api.java.function.VoidFunction<Integer> {
    private static final long serialVersionUID = 1L;
    /** Exit status of an interrupted inject. */
    private static final int INTERRUPTED = 130;

    private final List<String> command;
    private final boolean threaded;
    private final Broadcast<CampaignSource> source;
    private final int shards;
    private final CollectionAccumulator<String> parts;

    /**
     * @param command  the command words ({@code inject}, or {@code replicas sweep})
     * @param threaded whether the command takes {@code --threads} (given the task's cores)
     */
    ShardTask(List<String> command, boolean threaded, Broadcast<CampaignSource> source, int shards, CollectionAccumulator<String> parts) {
        this.command = List.copyOf(command);
        this.threaded = threaded;
        this.source = source;
        this.shards = shards;
        this.parts = parts;
    }

    @Override
    public void call(Integer shard) throws IOException {
        TaskContext task = TaskContext.get();
        int threads = task == null ? 1 : Math.max(1, task.cpus());
        JobCache.enable(); // the next slice of the same campaign on this executor reuses this one's plan
        parts.add(run(command, threaded, source.value(), shard, shards, threads));
    }

    /** Runs slice {@code shard}/{@code shards} of the campaign and returns its part. */
    static String run(CampaignSource source, int shard, int shards, int threads) throws IOException {
        return run(List.of("inject"), true, source, shard, shards, threads);
    }

    /** Runs slice {@code shard}/{@code shards} of the run of {@code command} and returns its part. */
    static String run(List<String> command, boolean threaded, CampaignSource source, int shard, int shards, int threads) throws IOException {
        Path dir = Files.createTempDirectory("tmrkit-shard");
        try {
            List<String> args = new ArrayList<>(command);
            args.addAll(source.argsIn(dir));
            args.addAll(List.of("--shard", shard + "/" + shards));
            if (threaded) {
                args.addAll(List.of("--threads", String.valueOf(threads)));
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = SparkCommand.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args.toArray(new String[0]));
            if (code == INTERRUPTED) {
                // Ctrl-C in a JVM that is driver and executor at once (local mode): the job is being cancelled
                throw new TaskKilledException("tmrkit " + String.join(" ", command) + " interrupted");
            }
            if (code != 0) {
                throw new IllegalStateException("shard " + shard + "/" + shards + " ended with exit code " + code + ": " + err.toString().strip());
            }
            return out.toString();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
