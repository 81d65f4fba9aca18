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
 * thread CPU time of {@code new FaultSetCampaign(...)} plus {@code .run(...)}, RUNS times; prints the median of the
 * last half. Usage: FaultSimTiming BENCH_FILE RUNS [ATP_OUT] — with ATP_OUT, also writes the patterns in Atalanta's
 * test-file format ("N: bits", inputs in declared order) for its fault simulator.
 */
public class FaultSimTiming {
    public static void main(String[] a) throws Exception {
        Netlist n = NetlistFiles.read(Path.of(a[0]));
        int runs = Integer.parseInt(a[1]);
        List<Fault> faults = FaultCollapsing.collapse(n).representatives();
        PatternSet ps = new PatternSet(false, 65_536, 1, 1);
        if (a.length > 2) {
            long[][] in = ps.generate(n.inputCount())[0];
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(a[2])))) {
                StringBuilder sb = new StringBuilder();
                for (int p = 0; p < 65_536; p++) {
                    sb.setLength(0);
                    sb.append(p + 1).append(": ");
                    for (long[] input : in) {
                        sb.append((input[p / 64] >>> (p % 64) & 1L) != 0 ? '1' : '0');
                    }
                    w.println(sb);
                }
            }
        }
        double[] t = new double[runs];
        CampaignResult r = null;
        var bean = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long s = bean.getCurrentThreadCpuTime();
            r = new FaultSetCampaign(n, ps, OutputCheck.EXACT, true).run(faults, 1, ProgressListener.NONE);
            t[i] = (bean.getCurrentThreadCpuTime() - s) / 1e9;
        }
        double[] last = Arrays.copyOfRange(t, runs / 2, runs);
        Arrays.sort(last);
        System.out.printf("%s faults=%d detected=%d seconds=%.4f (median of the last %d of %d runs)%n", n.name(), r.faults(),
                r.faults() - r.count(Outcome.MASKED), last[last.length / 2], last.length, runs);
    }
}
