package dev.tmrkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.ExecutorLostFailure;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on 127.0.0.1: a {@code Master} and two {@code Worker} JVMs (one core each)
 * started from the test class path. A campaign submitted to it reports exactly what the single-machine run
 * reports; then one worker (with its executor) is killed while its task runs, and Spark's retry on the
 * other worker still yields the identical report. Every process is stopped at the end.
 */
class StandaloneClusterTest {
    private static final Duration READY = Duration.ofSeconds(60);
    private static final List<String> CAMPAIGN = List.of("inject", SparkLocalTest.benchmark("iscas85/c1908.bench"),
            "--tmr", "triplicated", "--patterns", "4096", "--no-drop", "--format", "json", "--per-fault");

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : processes) {
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aClusterReportsLikeOneMachineEvenWhenAWorkerDiesMidJob() throws Exception {
        SparkLocalTest.Run single = SparkLocalTest.single(CAMPAIGN.toArray(new String[0]));
        assertEquals(0, single.code(), single.err());

        int masterPort = freePort();
        Path home = Files.createDirectories(dir.resolve("spark-home/jars")).getParent(); // executors get the test class path instead
        start("master", home, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(masterPort),
                "--webui-port", String.valueOf(freePort()));
        String url = "spark://127.0.0.1:" + masterPort;
        List<Process> workers = new ArrayList<>();
        for (int w = 1; w <= 2; w++) {
            workers.add(start("worker" + w, home, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                    "--memory", "640m", "--webui-port", String.valueOf(freePort()),
                    "--work-dir", Files.createDirectories(dir.resolve("work" + w)).toString(), url));
        }
        SparkConf conf = new SparkConf().setMaster(url).setAppName("tmrkit cluster test")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.executor.memory", "512m").set("spark.cores.max", "2")
                .set("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                .set("spark.executor.extraJavaOptions", "-XX:TieredStopAtLevel=1 -Xss2m")
                .set(SparkEngine.SHARDS, "6");
        StringWriter err = new StringWriter();
        PrintWriter errs = new PrintWriter(err, true);
        try (SparkEngine engine = new SparkEngine(conf, errs)) {
            // executors register asynchronously: wait (bounded) until both workers have one, so the job spreads
            long registered = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (engine.contextForTests().sc().getExecutorIds().size() < 2 && System.nanoTime() < registered) {
                Thread.sleep(200);
            }
            SparkLocalTest.Run first = run(engine, err);
            assertEquals(0, first.code(), first.err());
            assertEquals(single.out(), first.out(), "the cluster's report equals the single-machine report");
            assertTrue(first.err().contains("spark: stage"), first.err());
            JavaSparkContext sc = engine.contextForTests();
            assertEquals(2, sc.sc().getExecutorIds().size(), "both workers ran an executor");
            RunningTasks running = new RunningTasks();
            sc.sc().addSparkListener(running);

            // again, and kill the second worker (and its executor) while a task runs on it
            CompletableFuture<SparkLocalTest.Run> second = CompletableFuture.supplyAsync(() -> run(engine, err));
            long deadline = System.nanoTime() + READY.toNanos();
            while (running.executorsBusy() < 2) {
                assertTrue(System.nanoTime() < deadline, "tasks started on the executors");
                assertTrue(!second.isDone(), "the job ended before a worker could be killed: " + err);
                Thread.sleep(20);
            }
            Process victim = workers.get(1);
            victim.descendants().forEach(ProcessHandle::destroyForcibly);
            victim.destroyForcibly();
            SparkLocalTest.Run after = second.get(180, TimeUnit.SECONDS);
            assertEquals(0, after.code(), after.err());
            assertTrue(after.err().contains("lost"), "Spark noticed the lost executor: " + after.err());
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos(); // listener events arrive asynchronously
            while (running.lost.get() == 0 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertTrue(running.lost.get() >= 1, "a task was running on the killed executor and ran again elsewhere");
            assertEquals(single.out(), after.out(), "a killed worker changes nothing in the report");
        }
    }

    private static SparkLocalTest.Run run(SparkEngine engine, StringWriter err) {
        StringWriter out = new StringWriter();
        int before = err.getBuffer().length();
        int code = SparkMain.execute(engine, new PrintWriter(out, true), new PrintWriter(err, true), CAMPAIGN.toArray(new String[0]));
        return new SparkLocalTest.Run(code, out.toString(), err.getBuffer().substring(before));
    }

    /** Which executors run a task right now. */
    static final class RunningTasks extends SparkListener {
        private final Map<String, Integer> byExecutor = new ConcurrentHashMap<>();
        /** Tasks that failed because their executor was lost (and so ran again elsewhere). */
        final AtomicInteger lost = new AtomicInteger();

        @Override
        public void onTaskStart(SparkListenerTaskStart event) {
            byExecutor.merge(event.taskInfo().executorId(), 1, Integer::sum);
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd event) {
            byExecutor.merge(event.taskInfo().executorId(), -1, Integer::sum);
            if (event.reason() instanceof ExecutorLostFailure) {
                lost.incrementAndGet();
            }
        }

        long executorsBusy() {
            return byExecutor.values().stream().filter(n -> n > 0).count();
        }
    }

    private Process start(String name, Path home, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(Arrays.asList(System.getProperty("tmrkit.spark.opens", "").trim().split("\\s+")));
        cmd.addAll(List.of("-Xmx160m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(Arrays.asList(args));
        cmd.removeIf(String::isEmpty);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_CONF_DIR", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13"); // else Spark looks for its own build folders
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
