package dev.tmrkit.cli.campaign;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.engine.MonteCarlo;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.Progress;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.cli.output.OutputFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code inject --montecarlo P --trials N}: random multi-gate failures instead of a fault-set campaign. */
public final class MonteCarloOption {
    @Option(names = "--montecarlo", paramLabel = "P", description = "Monte Carlo multi-fault instead: every gate fails "
            + "(output inverted) independently with probability P in each of --trials trials on random inputs.")
    Double probability;

    @Option(names = "--trials", defaultValue = "100000", paramLabel = "N", description = "Monte Carlo trials (default: ${DEFAULT-VALUE}).")
    long trials;

    boolean given() {
        return probability != null;
    }

    void validate() {
        if (trials < 1 || probability != null && !(probability >= 0 && probability <= 1)) {
            throw new UserException("--trials must be at least 1 and --montecarlo a probability in [0, 1]");
        }
    }

    /** Runs the trials on {@code n}, its outputs judged by {@code judging}, and reports; not resumable. */
    int run(Netlist n, CampaignPlan.Judging judging, long seed, int threads, double confidence, boolean progress, Path output,
            PrintWriter out, PrintWriter err, Format format) {
        if (n.isSequential()) {
            throw new UserException("--montecarlo needs a combinational circuit; '" + n.name() + "' has flip-flops");
        }
        MonteCarlo mc = new MonteCarlo(n, judging.check(), g -> true, judging.mismatchOutput(), judging.ties());
        MonteCarlo.Result r;
        try (Progress bar = Progress.onTerminal(err, "montecarlo " + n.name(), progress)) {
            r = mc.run(probability, trials, seed, threads, confidence, bar);
        }
        StringWriter text = new StringWriter();
        PrintWriter to = output == null ? out : new PrintWriter(text);
        InjectReport.monteCarlo(to, format, n, r, mc.eligibleGates(), judging.check());
        to.flush();
        if (output != null) {
            OutputFiles.write(output, text.toString());
        }
        out.flush();
        return 0;
    }
}
