package dev.tmrkit.cli.render;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.CampaignSpec;
import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.reliability.ReliabilityPoint;
import dev.tmrkit.circuits.reliability.ReliabilitySweep;
import dev.tmrkit.circuits.render.Diagram;
import dev.tmrkit.circuits.render.DiagramOptions;
import dev.tmrkit.circuits.render.DiagramTooLargeException;
import dev.tmrkit.circuits.render.DotWriter;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.cli.options.ReadOptions;
import dev.tmrkit.cli.options.RunOptions;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.OutputFiles;
import dev.tmrkit.cli.output.Progress;
import dev.tmrkit.cli.plot.ChartFiles;
import dev.tmrkit.cli.plot.ReliabilityPlot;
import dev.tmrkit.cli.tmr.TmrFlags;
import dev.tmrkit.cli.tmr.TmrPassFlags;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tmrkit report}: one self-contained HTML page with the diagram, the campaign and the reliability plot. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write one self-contained HTML page: the circuit diagram, a single stuck-at campaign (summary and "
                + "per-fault table) and the reliability plot of the circuit against 3R²−2R³. Clicking a fault in the table "
                + "highlights its site and the nets it changes in the diagram.",
            "With --tmr the TMR pass is applied first (see tmrkit tmr); the reliability plot is of the original circuit."})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CIRCUIT", description = "A netlist file or built-in circuit name.")
    String circuit;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The page to write: FILE.html.")
    Path output;

    @Option(names = "--tmr", paramLabel = "single|triplicated", converter = TmrPassFlags.VoterConverter.class,
            description = "Apply the TMR pass first, with single or triplicated voters.")
    TmrOptions.VoterMode tmrVoters;

    @Mixin
    TmrFlags tmr;

    @Option(names = "--patterns", defaultValue = "65536", paramLabel = "N", description = "Random patterns of the campaign when "
            + "not exhaustive (default: ${DEFAULT-VALUE}).")
    long patterns;

    @Option(names = "--trials", defaultValue = "20000", paramLabel = "N", description = "Monte Carlo trials per point of the "
            + "reliability plot (default: ${DEFAULT-VALUE}).")
    long trials;

    @Option(names = "--max-rows", defaultValue = "100000", paramLabel = "N", description = "Fault rows in the table, silent ones "
            + "first; the page sorts, filters and searches them (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Mixin
    RunOptions run;

    @Mixin
    ReadOptions read;

    @Spec
    CommandSpec spec;

    private static final double[] PS = {0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3};

    @Override
    public Integer call() throws IOException {
        if (!output.getFileName().toString().endsWith(".html")) {
            throw new UserException("the report is an HTML page: give -o FILE.html, not '" + output + "'");
        }
        if (patterns < 1 || trials < 1 || maxRows < 1) {
            throw new UserException("--patterns, --trials and --max-rows must be at least 1");
        }
        OutputFiles.checkWritable(output);
        Netlist original = read.load(circuit);
        Netlist n = original;
        if (tmrVoters != null) {
            try {
                n = new TmrPass(tmr.options(tmrVoters)).apply(original);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), e);
            }
        }
        boolean triplicated = tmrVoters != null && tmr.outputs == TmrOptions.OutputMode.TRIPLICATED;
        CampaignSpec stuckAt = CampaignSpec.builder().patterns(patterns)
                .check(triplicated ? OutputCheck.TRIPLICATED : OutputCheck.EXACT).build();
        CampaignPlan plan = CampaignPlan.of(n, stuckAt, run.seed);
        CampaignResult r;
        try (Progress progress = Progress.onTerminal(spec.commandLine().getErr(), "report " + n.name())) {
            r = plan.run(run.threads(), progress);
        }
        String[] diagram = diagram(n);
        String[] plot = plot(original);
        List<String> facts = new ArrayList<>();
        facts.add("circuit: " + n.name() + " (" + n.inputCount() + " inputs, " + n.outputCount() + " outputs, "
                + n.stats().gates() + " gates, " + n.stats().dffs() + " DFFs)");
        if (tmrVoters != null) {
            facts.add("TMR: " + tmr.options(tmrVoters).describe());
        }
        facts.add("faults: " + plan.describeFaults());
        facts.add("patterns: " + plan.patterns().describe());
        facts.add("seed: " + run.seed);
        String page = new HtmlReport().build(n, "tmrkit report: " + n.name(), facts, r, rows(r), run.seed,
                diagram[0], diagram[1], plot[0], plot[1]);
        OutputFiles.write(output, page.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().println("wrote " + output + ": " + r.faults() + " faults, " + r.count(Outcome.SILENT) + " silent"
                + (diagram[0] == null ? "; no diagram (" + diagram[1] + ")" : ""));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Silent faults first, then detected, then masked; at most --max-rows. */
    private List<Integer> rows(CampaignResult r) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < r.faults(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingInt((Integer k) -> -r.results().get(k).outcome().ordinal()).thenComparingInt(k -> k));
        return order.subList(0, Math.min(maxRows, order.size()));
    }

    /** The diagram as SVG and a note; collapsed replicas when the full drawing is too large, none when even that is. */
    private static String[] diagram(Netlist n) {
        for (DiagramOptions options : List.of(DiagramOptions.defaults(), DiagramOptions.defaults().withCollapseReplicas(true))) {
            try {
                Diagram d = Diagram.of(n, options);
                String svg = new String(GraphvizRenderer.render(DotWriter.write(d), GraphvizRenderer.Picture.SVG,
                        GraphvizRenderer.Engines.AUTO), StandardCharsets.UTF_8);
                return new String[] {svg, options.collapseReplicas() ? "Replicas B and C are drawn as boxes: the full "
                        + "drawing is beyond the size guard." : null};
            } catch (DiagramTooLargeException e) {
                // try the next, smaller drawing
            } catch (IOException | RuntimeException e) {
                return new String[] {null, "the diagram could not be drawn: " + e.getMessage()};
            }
        }
        return new String[] {null, n.stats().gates() + " gates are too many to draw readably; use tmrkit render with --cone OUTPUT"};
    }

    private String[] plot(Netlist original) {
        if (original.isSequential()) {
            return new String[] {null, "Reliability sweeps need a combinational circuit; this one has flip-flops."};
        }
        try {
            List<ReliabilityPoint> points = new ReliabilitySweep(original).run(PS, trials, run.seed, run.threads(), ProgressListener.NONE);
            byte[] svg = ChartFiles.encode(ReliabilityPlot.chart(original.name(), points, ReliabilitySweep.crossover(points)),
                    Path.of("plot.svg"));
            return new String[] {new String(svg, StandardCharsets.UTF_8), trials + " trials per point, seed " + run.seed
                    + "; tmrkit reliability prints the figures."};
        } catch (IOException | IllegalArgumentException e) {
            return new String[] {null, "no reliability plot: " + e.getMessage()};
        }
    }
}
