package dev.tmrkit.spark;

import dev.tmrkit.cli.Main;
import dev.tmrkit.cli.shard.CampaignEngine;
import dev.tmrkit.cli.shard.SeedPart;
import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.SparkConf;
import picocli.CommandLine;

/**
 * {@code tmrkit-spark inject ...} (and {@code replicas missions|sweep ...}): the tmrkit command with Spark as its engine. Under
 * {@code spark-submit} the master and settings come from Spark; run directly, Spark runs in this JVM.
 */
public final class SparkMain {
    static final String USAGE = "Usage: tmrkit-spark inject [CIRCUIT] [inject options] | replicas missions|sweep [options]   "
            + "(the options of 'tmrkit inject', 'tmrkit replicas missions', 'tmrkit replicas sweep'; "
            + "Spark settings through spark-submit --conf or -Dspark.* system properties, e.g. -Dspark.master=local[2], "
            + "-D" + SparkEngine.SHARDS + "=N)";

    private SparkMain() {
    }

    public static void main(String[] args) {
        int code = execute(new SparkConf(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(code);
    }

    /** Runs {@code args} ({@code inject ...}) with Spark settings {@code conf}; returns the exit code. */
    public static int execute(SparkConf conf, PrintWriter out, PrintWriter err, String... args) {
        boolean replicas = args.length >= 2 && args[0].equals("replicas") && List.of("missions", "sweep").contains(args[1]);
        if (args.length == 0 || !replicas && !List.of("inject", "-h", "--help", "-V", "--version").contains(args[0])) {
            err.println(USAGE);
            err.flush();
            return Main.BAD_INPUT;
        }
        if (!args[0].equals("inject") && !replicas) { // help or version
            CommandLine cl = SparkCommand.commandLine();
            cl.setOut(out);
            cl.setErr(err);
            return cl.execute(args);
        }
        for (String a : args) {
            for (String refused : List.of("--shard", "--threads")) {
                if (a.equals(refused) || a.startsWith(refused + "=")) {
                    err.println("tmrkit-spark: " + refused + " cannot take effect under Spark, which runs every slice of the "
                            + "campaign with one thread per task core (spark.task.cpus); leave it out");
                    err.flush();
                    return Main.BAD_INPUT;
                }
            }
        }
        try (SparkEngine engine = new SparkEngine(conf, err)) {
            return execute(engine, out, err, args);
        }
    }

    /** Runs {@code inject ...} on an engine that lives longer than one campaign (its Spark context is reused). */
    public static int execute(SparkEngine engine, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = SparkCommand.commandLine();
        cl.setOut(out);
        cl.setErr(err);
        ((CampaignEngine.Slot) cl.getSubcommands().get("inject").getCommand()).use(engine);
        for (CommandLine sub : cl.getSubcommands().get("replicas").getSubcommands().values()) {
            ((SeedPart.Slot) sub.getCommand()).use(engine);
        }
        return cl.execute(args);
    }
}
