package dev.tmrkit.spark;

import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.shard.CampaignEngine;
import dev.tmrkit.cli.shard.CampaignJob;
import dev.tmrkit.cli.shard.MergeCommand;
import dev.tmrkit.cli.shard.Part;
import dev.tmrkit.cli.shard.PartReader;
import dev.tmrkit.cli.shard.SeedPart;
import dev.tmrkit.cli.shard.SeedPartReader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;

/**
 * Runs a planned campaign on Spark: one partition per slice of the fault sets, each an
 * {@code inject --shard K/N} on an executor; the parts are checked and joined as {@code merge} does. The
 * Spark context starts on the first campaign (after the options were checked) and stops with {@link #close()}.
 */
public final class SparkEngine implements CampaignEngine, SeedPart.Engine, AutoCloseable {
    /** Spark setting for the number of slices (default: {@value #SLICES_PER_CORE} per core of the cluster). */
    public static final String SHARDS = "spark.tmrkit.shards";
    static final int SLICES_PER_CORE = 2;
    private static final long POLL_MILLIS = 100;

    private final SparkConf conf;
    private final PrintWriter err;
    private JavaSparkContext context;

    /** @param conf Spark settings; without {@code spark.master}, Spark runs in this JVM ({@code local[*]}) */
    public SparkEngine(SparkConf conf, PrintWriter err) {
        this.conf = conf.clone();
        this.err = err;
        if (!this.conf.contains("spark.master")) {
            this.conf.setMaster("local[*]");
        }
        this.conf.setIfMissing("spark.app.name", "tmrkit");
        this.conf.setIfMissing("spark.ui.enabled", "false");
    }

    @Override
    public FaultResult[] run(CampaignJob job, BitSet todo, int threads, ProgressListener progress, BooleanSupplier stop) {
        int entries = job.sets().size();
        FaultResult[] results = new FaultResult[entries];
        if (todo.isEmpty() || stop.getAsBoolean()) {
            return results;
        }
        CampaignSource source = CampaignSource.of(job.args(), job.digest());
        Slices slices;
        try {
            slices = slices(List.of("inject"), true, source, entries, "tmrkit inject " + job.netlist().name(), progress, stop);
        } catch (RuntimeException e) {
            if (!stop.getAsBoolean()) {
                throw e;
            }
            slices = new Slices(List.of(), true); // Ctrl-C before the job started
        }
        boolean stopped = slices.stopped();
        List<Part> parts = parts(slices.texts(), source);
        if (!stopped) {
            return MergeCommand.restoring(parts).run(job, todo, threads, progress, stop);
        }
        for (Part p : parts) { // interrupted: the slices that finished, for a partial report
            for (Part.Row r : p.rows()) {
                if (todo.get(r.index())) {
                    results[r.index()] = job.campaign().restore(job.sets().get(r.index()), r.outcome(), r.firstFailing(), r.failing());
                }
            }
        }
        return results;
    }

    /**
     * Runs every slice of a replicas run ({@code replicas missions} or {@code replicas sweep}) as a task, one
     * partition per slice, and returns their parts; a retried task counts once.
     */
    @Override
    public List<SeedPart> parts(String command, List<String> args, long units) {
        List<String> words = List.of(command.split(" "));
        Slices slices = slices(words, command.equals(SeedPart.MISSIONS), new CampaignSource(args, null, null, ""), units,
                "tmrkit " + command, (done, total) -> { }, () -> false);
        TreeMap<Integer, SeedPart> bySlice = new TreeMap<>();
        for (String text : slices.texts()) {
            SeedPart p = SeedPartReader.parse("spark task", text);
            bySlice.putIfAbsent(p.shard().index(), new SeedPart("slice " + p.shard(), p.command(), p.shard(), p.digest(), p.units(),
                    p.args(), p.blocks(), p.runs(), p.failing()));
        }
        return new ArrayList<>(bySlice.values());
    }

    /** The parts (JSON texts) of a job's slices, and whether it was cancelled because {@code stop} answered true. */
    private record Slices(List<String> texts, boolean stopped) {
    }

    /**
     * Runs {@code units} work units (fault sets, mission blocks or seeds) as slices, one task each
     * ({@code tmrkit COMMAND ... --shard K/N} on an executor, the campaign broadcast once), and gathers the parts.
     */
    private Slices slices(List<String> command, boolean threaded, CampaignSource source, long units, String title,
                          ProgressListener progress, BooleanSupplier stop) {
        JavaSparkContext sc = context();
        int shards = (int) Math.max(1, Math.min(units, conf.getInt(SHARDS, SLICES_PER_CORE * sc.defaultParallelism())));
        Broadcast<CampaignSource> shared = sc.broadcast(source);
        CollectionAccumulator<String> texts = sc.sc().collectionAccumulator("tmrkit parts");
        String group = "tmrkit-" + Long.toHexString(System.nanoTime());
        sc.setJobGroup(group, title + " in " + shards + " slices", true);
        try {
            JavaFutureAction<Void> done = sc.parallelize(IntStream.rangeClosed(1, shards).boxed().toList(), shards)
                    .foreachAsync(new ShardTask(command, threaded, shared, shards, texts));
            boolean stopped = await(done, sc, group, texts, units, shards, progress, stop);
            return new Slices(List.copyOf(texts.value()), stopped);
        } catch (RuntimeException e) {
            if (stop.getAsBoolean()) { // Ctrl-C: Spark's shutdown hook may stop the context under our feet
                return new Slices(List.copyOf(texts.value()), true);
            }
            throw e instanceof UserException ? e : new UserException("the Spark job failed: " + e.getMessage(), e);
        } finally {
            shared.unpersist();
        }
    }

    /** Waits for the job; true when it was cancelled because {@code stop} answered true. */
    private boolean await(JavaFutureAction<Void> done, JavaSparkContext sc, String group, CollectionAccumulator<String> texts,
                          long entries, int shards, ProgressListener progress, BooleanSupplier stop) {
        while (true) {
            try {
                done.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return false;
            } catch (TimeoutException e) {
                progress.progress(Math.min(entries, (long) texts.value().size() * entries / shards), entries);
                if (stop.getAsBoolean()) {
                    try {
                        sc.cancelJobGroup(group);
                    } catch (RuntimeException contextAlreadyStopped) {
                        // Spark's own shutdown hook may have stopped the context first: the job is over either way
                    }
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sc.cancelJobGroup(group);
                return true;
            } catch (ExecutionException e) {
                if (stop.getAsBoolean()) {
                    return true;
                }
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new UserException("the Spark job failed: " + cause.getMessage(), cause);
            }
        }
    }

    /** The parts received, one per slice (a slice reported twice, by a retried task, counts once). */
    private static List<Part> parts(List<String> texts, CampaignSource source) {
        TreeMap<Integer, Part> bySlice = new TreeMap<>();
        for (String text : texts) {
            Part p = PartReader.parse("spark task", text);
            // executors name the circuit by their own temporary copy; the digest is what identifies the campaign
            Part named = new Part("slice " + p.shard(), p.shard(), p.digest(), p.entries(), source.args(), p.rows());
            bySlice.putIfAbsent(p.shard().index(), named);
        }
        return new ArrayList<>(bySlice.values());
    }

    /** Starts the Spark context in the background while the driver plans the campaign (executors take seconds to start). */
    @Override
    public void prepare() {
        Thread starter = new Thread(() -> {
            try {
                context();
            } catch (RuntimeException e) {
                // the campaign's own call to context() starts it again and reports the failure
            }
        }, "tmrkit-spark-start");
        starter.setDaemon(true);
        starter.start();
    }

    private synchronized JavaSparkContext context() {
        if (context == null) {
            context = new JavaSparkContext(conf);
            context.setLogLevel("WARN");
            context.sc().addSparkListener(new StageLines(err));
        }
        return context;
    }

    /** The Spark context (started if needed), for tests that watch the executors. */
    JavaSparkContext contextForTests() {
        return context();
    }

    /** Stops the Spark context, if one was started. */
    @Override
    public synchronized void close() {
        if (context != null) {
            context.stop();
            context = null;
        }
    }
}
