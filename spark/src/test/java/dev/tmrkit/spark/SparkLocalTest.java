package dev.tmrkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Spark in local mode with two cores ({@code local[2]}): the report of {@code tmrkit-spark inject} equals
 * the single-machine {@code tmrkit inject} report byte for byte.
 */
class SparkLocalTest {
    static String benchmark(String relative) {
        return Path.of(System.getProperty("tmrkit.root", ".")).resolve("benchmarks").resolve(relative).normalize().toString();
    }

    /** Output, error text and exit code of a run. */
    record Run(int code, String out, String err) {
    }

    static Run single(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SparkCommand.commandLine(); // inject on this JVM's threads: tmrkit inject itself
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run spark(SparkConf conf, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SparkMain.execute(conf, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void reportsEqualTheSingleMachineRunsOnTwoLocalCores() {
        List<List<String>> campaigns = List.of(
                List.of("inject", benchmark("iscas85/c880.bench"), "--tmr", "triplicated", "--format", "json", "--per-fault"),
                List.of("inject", "c17", "--tmr", "single", "--scope", "gates", "--mismatch", "--no-drop"),
                List.of("inject", "counter:3", "--tmr", "triplicated", "--scope", "registers", "--faults", "seu", "--multi", "2",
                        "--spread", "random", "--cycle", "2", "--second-cycle", "6", "--sets", "36", "--format", "csv"),
                List.of("inject", benchmark("iscas89/s298.bench"), "--faults", "seu", "--cycle", "random", "--cycles", "8",
                        "--patterns", "256", "--seed", "7"));
        SparkConf conf = new SparkConf().setMaster("local[2]").set(SparkEngine.SHARDS, "5");
        for (List<String> c : campaigns) {
            Run one = single(c.toArray(new String[0]));
            Run many = spark(conf, c.toArray(new String[0]));
            assertEquals(0, one.code(), one.err());
            assertEquals(0, many.code(), many.err());
            assertEquals(one.out(), many.out(), () -> "report of " + c);
            assertTrue(many.err().contains("spark: stage 0 finished: 5 tasks"), () -> "a progress line per stage: " + many.err());
        }
    }

    @Test
    void replicaMissionsAndSweepsEqualTheSingleMachineRuns() {
        List<List<String>> runs = List.of(
                List.of("replicas", "missions", "--missions", "20000", "--lambda", "0.2", "--seed", "9", "--format", "json"),
                List.of("replicas", "missions", "--missions", "3000", "--spares", "0", "--mu", "0"),
                List.of("replicas", "sweep", "--seeds", "1..200", "--duration", "2s", "--rate", "200"));
        SparkConf conf = new SparkConf().setMaster("local[2]").set(SparkEngine.SHARDS, "3");
        for (List<String> c : runs) {
            Run one = single(c.toArray(new String[0]));
            Run many = spark(conf, c.toArray(new String[0]));
            assertEquals(one.code(), many.code(), many.err());
            assertEquals(one.out(), many.out(), () -> "report of " + c);
            assertTrue(many.err().contains("spark: stage"), () -> "a progress line per stage: " + many.err());
        }
        Run threads = spark(conf, "replicas", "missions", "--threads", "2");
        assertEquals(2, threads.code());
        assertTrue(threads.err().contains("--threads cannot take effect under Spark"), threads.err());
    }

    @Test
    void optionsThatCannotTakeEffectOrAreWrongAreRefusedBeforeSparkStarts() {
        SparkConf conf = new SparkConf().setMaster("local[2]");
        Run shard = spark(conf, "inject", "c17", "--shard", "1/2");
        assertEquals(2, shard.code());
        assertTrue(shard.err().contains("--shard"), shard.err());
        Run threads = spark(conf, "inject", "c17", "--threads=2");
        assertEquals(2, threads.code());
        assertTrue(threads.err().contains("--threads"), threads.err());
        Run mc = spark(conf, "inject", "c17", "--montecarlo", "2");
        assertEquals(2, mc.code());
        assertTrue(mc.err().contains("--montecarlo a probability in [0, 1]"), mc.err());
        assertTrue(!mc.err().contains("spark: stage"), "no Spark job for refused options: " + mc.err());
        Run usage = spark(new SparkConf(), "eval", "c17");
        assertEquals(2, usage.code());
        assertTrue(usage.err().startsWith("Usage: tmrkit-spark inject"), usage.err());
    }
}
