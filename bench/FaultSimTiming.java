import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.faults.FaultCollapsing;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Fault simulation with dropping of every collapsed fault on 65 536 random patterns (seed 1), one thread, in one JVM:
 * thread CPU time of {@code new FaultSetCampaign(...)} plus {@code .run(...)}. Prints two figures: cold, the median of
 * runs 21-40 of a fresh JVM (the JIT is still compiling: on the small circuits this partly measures compilation), and
 * warm, the median of RUNS runs after the campaign has run for WARM seconds of CPU time in all (the JIT has finished).
 * Usage: FaultSimTiming BENCH_FILE WARM_SECONDS RUNS [ATP_OUT] — with ATP_OUT, also writes the patterns in Atalanta's
 * (and HOPE's) test-file format ("N: bits", inputs in declared order) for their fault simulators. With the environment
 * variable NODROP=1 every fault is simulated on every pattern (no fault dropping).
 */
public class FaultSimTiming {
    private static final int COLD_RUNS = 40;

    public static void main(String[] a) throws Exception {
        Netlist n = NetlistFiles.read(Path.of(a[0]));
        double warm = Double.parseDouble(a[1]);
        int runs = Integer.parseInt(a[2]);
        List<Fault> faults = FaultCollapsing.collapse(n).representatives();
        PatternSet ps = new PatternSet(false, 65_536, 1, 1);
        if (a.length > 3) {
            writePatterns(ps, n.inputCount(), Path.of(a[3]));
        }
        boolean drop = !"1".equals(System.getenv("NODROP"));
        var bean = ManagementFactory.getThreadMXBean();
        double[] cold = new double[COLD_RUNS];
        double[] t = new double[runs];
        CampaignResult r = null;
        long begin = bean.getCurrentThreadCpuTime();
        int done = 0;
        for (int i = 0; done < runs; i++) {
            long s = bean.getCurrentThreadCpuTime();
            r = new FaultSetCampaign(n, ps, OutputCheck.EXACT, drop).run(faults, 1, ProgressListener.NONE);
            long e = bean.getCurrentThreadCpuTime();
            if (i < COLD_RUNS) {
                cold[i] = (e - s) / 1e9;
            } else if ((s - begin) / 1e9 >= warm) {
                t[done++] = (e - s) / 1e9;
            }
        }
        System.out.printf("%s%s faults=%d detected=%d cold=%.5f seconds=%.5f (cold: median of runs 21-%d; warm: median of %d runs "
                        + "after %.1f s)%n", n.name(), drop ? "" : " no-drop", r.faults(), r.faults() - r.count(Outcome.MASKED),
                median(Arrays.copyOfRange(cold, COLD_RUNS / 2, COLD_RUNS)), median(t), COLD_RUNS, runs, warm);
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static void writePatterns(PatternSet ps, int inputs, Path file) throws Exception {
        long[][] in = ps.generate(inputs)[0];
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            StringBuilder sb = new StringBuilder();
            for (int p = 0; p < ps.count(); p++) {
                sb.setLength(0);
                sb.append(p + 1).append(": ");
                for (long[] input : in) {
                    sb.append((input[p / 64] >>> (p % 64) & 1L) != 0 ? '1' : '0');
                }
                w.println(sb);
            }
        }
    }
}
