package dev.tmrkit.cli.render;

import dev.tmrkit.cli.output.OutputFile;
import dev.tmrkit.cli.options.ReadOptions;
import dev.tmrkit.cli.tmr.TmrPassFlags;
import dev.tmrkit.cli.options.UserException;

import dev.tmrkit.circuits.probe.FaultCone;
import dev.tmrkit.circuits.probe.FaultSpec;
import dev.tmrkit.circuits.probe.InputVector;
import dev.tmrkit.circuits.probe.NetValues;
import dev.tmrkit.circuits.render.Diagram;
import dev.tmrkit.circuits.render.DiagramOptions;
import dev.tmrkit.circuits.render.DiagramTooLargeException;
import dev.tmrkit.circuits.render.DotWriter;
import dev.tmrkit.circuits.render.SummaryDiagram;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import guru.nidi.graphviz.engine.GraphvizException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tmrkit render}: a circuit diagram as DOT, SVG or PNG. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw a circuit diagram: left to right by logic level, gates as IEC symbols (& AND, ≥1 OR, =1 XOR, "
                + "1 NOT/BUF, a bubble for inversion, 1D ►C1 flip-flops), each TMR replica in its own cluster, majority voters as "
                + "blue double-framed ≥2 MAJ nodes in columns of their own, generated $... names small and grey; a legend "
                + "on the diagram says what each mark means.",
            "The format follows the extension of -o: .dot writes the Graphviz text itself, .svg and .png are laid out "
                + "with Graphviz's dot command if it is on the PATH, else with the Graphviz bundled in tmrkit (the first "
                + "picture then takes about 2 s). The file is replaced atomically.",
            "--fault marks the fault site red and the nets whose value it changes orange: for the --vector, "
                + "or without one for at least one input combination (exhaustive up to 16 inputs, else 4096 random "
                + "patterns from --seed).",
            "A diagram of more than --max-gates gates would not read: an overview is drawn instead (one box per TMR region, "
                + "or per band of logic levels, with gate counts), and the command says how to draw it in full."})
public final class RenderCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CIRCUIT", description = "A netlist file (.bench, .blif) or a built-in circuit name.")
    String circuit;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The picture: FILE.svg, FILE.png or FILE.dot.")
    String output;

    @Option(names = "--tmr", paramLabel = "single|triplicated", converter = TmrPassFlags.VoterConverter.class,
            description = "Apply the TMR pass first, with single or triplicated voters (see also --scope, --inputs, "
                    + "--outputs, --mismatch, --exclude).")
    TmrOptions.VoterMode tmrVoters;

    @Mixin
    TmrPassFlags tmr;

    @Option(names = "--vector", paramLabel = "BITS", description = "An input vector, 0/1 in declared input order (e.g. 10110 for "
            + "c17): every net shows its value (with --fault: good/faulty where they differ).")
    String vector;

    @Option(names = "--inputs", paramLabel = "shared|triplicated", description = "With --tmr: the TMR pass's input mode, as in "
            + "'tmrkit tmr' (default: shared).")
    String inputs;

    @Option(names = "--fault", paramLabel = "NET=sa0|sa1|flip", description = "Show a fault: stuck-at 0 or 1, or a bit flip, "
            + "on net NET (or on one branch, NET>GATE.PIN, as reports print it).")
    String fault;

    @Option(names = "--collapse-replicas", description = "Draw replica A in full and replicas B and C as one box each.")
    boolean collapseReplicas;

    @Option(names = "--expand-voters", description = "Draw each majority voter's AND and OR gates; by default a voter is "
            + "one blue, double-framed ≥2 MAJ node.")
    boolean expandVoters;

    @Option(names = "--cone", paramLabel = "OUTPUT", description = "Draw only the transitive fan-in of this output (or net).")
    String cone;

    @Option(names = "--max-gates", defaultValue = "" + DiagramOptions.DEFAULT_MAX_GATES, paramLabel = "N",
            description = "Draw at most this many gates one by one; a larger diagram becomes an overview (default: ${DEFAULT-VALUE}).")
    int maxGates;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of the random patterns of --fault without --vector on circuits with more than 16 inputs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ReadOptions read;

    @Spec
    CommandSpec spec;

    @Option(names = "--engine", defaultValue = "auto", paramLabel = "auto|dot|bundled", converter = EngineConverter.class,
            description = "Lay out with Graphviz's dot command, with the Graphviz bundled in tmrkit, or with dot when it "
                    + "is on the PATH and the bundled one otherwise (default: ${DEFAULT-VALUE}).")
    GraphvizRenderer.Engines engines;

    @Override
    public Integer call() throws IOException {
        Kind kind = Kind.of(output);
        if (maxGates < 1) {
            throw new UserException("--max-gates must be at least 1");
        }
        TmrOptions.InputMode inputMode = TmrOptions.InputMode.SHARED;
        if (inputs != null) {
            String lower = inputs.toLowerCase(Locale.ROOT);
            if (!lower.equals("shared") && !lower.equals("triplicated")) {
                throw new UserException("--inputs is the TMR pass's input mode (shared or triplicated)"
                        + (inputs.matches("[01]+") ? "; an input vector is --vector " + inputs : ", not '" + inputs + "'"));
            }
            if (tmrVoters == null) {
                throw new UserException("--inputs shared|triplicated is the TMR pass's input mode; add --tmr single|triplicated");
            }
            inputMode = lower.equals("shared") ? TmrOptions.InputMode.SHARED : TmrOptions.InputMode.TRIPLICATED;
        }
        TmrPassFlags.refuseWithoutPass(spec.commandLine().getParseResult(), spec, "tmr", "--tmr");
        Netlist n = read.load(circuit);
        if (tmrVoters != null) {
            tmr.check(tmr.options(tmrVoters, inputMode), n, "--tmr single");
            try {
                n = new TmrPass(tmr.options(tmrVoters, inputMode)).apply(n);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), e);
            }
        }
        Diagram diagram;
        String dot;
        String summary = null;
        DiagramTooLargeException summaryOf = null;
        try {
            diagram = diagram(n, vector);
            dot = DotWriter.write(diagram);
        } catch (TooLarge e) {
            diagram = null;
            summary = e.howToDraw;
            summaryOf = e.cause;
            dot = SummaryDiagram.dot(n, e.cause.gates(), e.cause.limit(), summary);
        }
        try (OutputFile file = OutputFile.create(output)) {
            byte[] content;
            try {
                content = kind == Kind.DOT ? dot.getBytes(StandardCharsets.UTF_8) : GraphvizRenderer.render(dot, kind.picture, engines);
            } catch (GraphvizException e) {
                throw new UserException("Graphviz could not draw the diagram (" + e.getMessage() + "); write a .dot file "
                        + "and run Graphviz's dot on it instead", e);
            }
            file.commit(content);
        }
        PrintWriter out = spec.commandLine().getOut();
        String laidOut = kind == Kind.DOT ? "" : ", laid out by " + GraphvizRenderer.engineName();
        if (diagram == null) {
            out.println("wrote " + output + ": an overview of " + n.name() + " (" + summaryOf.gates() + " gates to draw, more than "
                    + "the limit of " + summaryOf.limit() + ")" + laidOut + ". " + summary);
        } else {
            out.println("wrote " + output + ": " + diagram.gateCount() + " gate" + (diagram.gateCount() == 1 ? "" : "s")
                    + " of " + n.name() + laidOut);
        }
        out.flush();
        return 0;
    }

    private Diagram diagram(Netlist n, String vector) {
        DiagramOptions options = DiagramOptions.defaults().withCollapseReplicas(collapseReplicas).withExpandVoters(expandVoters)
                .withMaxGates(maxGates);
        if (cone != null) {
            options = options.withCone(cone);
        }
        try {
            boolean[] values = vector == null ? null : InputVector.parse(n, vector);
            if (fault != null) {
                Fault f = FaultSpec.parse(n, fault);
                options = options.withFault(values != null ? FaultCone.forVector(n, f, values) : FaultCone.overPatterns(n, f, seed));
            } else if (values != null) {
                options = options.withValues(NetValues.of(n, values));
            }
            return Diagram.of(n, options);
        } catch (DiagramTooLargeException e) {
            String ways = "--cone OUTPUT (one output's fan-in)"
                    + (collapseReplicas || tmrVoters == null ? "" : " or --collapse-replicas (replicas B and C as boxes)");
            if (fault != null || vector != null) {
                // the overview has no nets to mark or write values on: refuse rather than drop the option
                throw new UserException(e.getMessage() + "; the overview drawn instead cannot show --"
                        + (fault != null ? "fault" : "inputs") + ": draw less with " + ways + ", or raise the limit with --max-gates "
                        + e.gates(), e);
            }
            throw new TooLarge(e, "The full drawing: --max-gates " + e.gates() + "; less of it: " + ways + ".");
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /** The diagram is over the limit: an overview is drawn instead, with this sentence on how to draw it in full. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient DiagramTooLargeException cause;
        private final String howToDraw;

        TooLarge(DiagramTooLargeException cause, String howToDraw) {
            super(cause.getMessage(), cause);
            this.cause = cause;
            this.howToDraw = howToDraw;
        }
    }

    /** auto, dot or bundled. */
    static final class EngineConverter implements picocli.CommandLine.ITypeConverter<GraphvizRenderer.Engines> {
        @Override
        public GraphvizRenderer.Engines convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "auto": return GraphvizRenderer.Engines.AUTO;
                case "dot": return GraphvizRenderer.Engines.COMMAND_LINE;
                case "bundled": return GraphvizRenderer.Engines.V8;
                default: throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of auto, dot, bundled");
            }
        }
    }

    /** The output format, by extension. */
    enum Kind {
        DOT(null), SVG(GraphvizRenderer.Picture.SVG), PNG(GraphvizRenderer.Picture.PNG);

        final GraphvizRenderer.Picture picture;

        Kind(GraphvizRenderer.Picture picture) {
            this.picture = picture;
        }

        static Kind of(String file) {
            String lower = file.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".dot") || lower.endsWith(".gv")) {
                return DOT;
            }
            if (lower.endsWith(".svg")) {
                return SVG;
            }
            if (lower.endsWith(".png")) {
                return PNG;
            }
            throw new UserException("-o " + file + ": the extension must be .svg, .png or .dot (or .gv)");
        }
    }
}
