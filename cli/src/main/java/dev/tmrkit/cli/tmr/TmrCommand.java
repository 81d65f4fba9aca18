package dev.tmrkit.cli.tmr;

import dev.tmrkit.circuits.io.NetlistFormat;
import dev.tmrkit.circuits.sat.TmrProofStep;
import dev.tmrkit.circuits.io.bench.BenchWriter;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.io.verilog.write.VerilogOptions;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.TmrReport;
import dev.tmrkit.circuits.tmr.TmrResult;
import dev.tmrkit.circuits.tmr.VoterKind;
import dev.tmrkit.circuits.tmr.VoterPlacement;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.cli.options.Limits;
import dev.tmrkit.cli.options.ReadOptions;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.OutputFiles;
import dev.tmrkit.cli.output.Table;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tmrkit tmr}: the TMR transformation, its overhead report and its equivalence check. */
@Command(name = "tmr", mixinStandardHelpOptions = true,
        description = {"Triplicate a circuit and insert majority voters (triple modular redundancy), print the overhead "
                + "and why each voter was placed, and check by simulation that the result computes the original "
                + "(exhaustively up to 20 inputs, else --patterns random patterns; sequential circuits over "
                + "--cycles cycles from reset).",
            "With -o FILE the TMR netlist is written in the format that FILE's extension names (bench, blif, or v for "
                + "structural Verilog: a module named as the original, with its bus ports and its clock input, each replica and voter a kept module marked keep_hierarchy, "
                + "keep and dont_touch so that synthesis cannot merge them; -c FILE.sdc|.xdc adds matching constraints; or edf "
                + "for EDIF with DONT_TOUCH on every replica and voter instance), "
                + "replacing FILE atomically, and only after the check passed. With -o - it is written as .bench to standard "
                + "output and the report goes to standard error. Without -o only the report is printed.",
            "Generated nets are named $tmr$..., never colliding with user names; a circuit that already has such "
                + "a net (a TMR netlist, say) is refused. By default the result keeps the original's inputs and "
                + "outputs: a drop-in replacement."})
public final class TmrCommand implements Callable<Integer> {
    private static final int PLACEMENTS_SHOWN = 40;

    @Parameters(index = "0", paramLabel = "CIRCUIT", description = "A netlist file (.bench, .blif, .aag, .aig, Yosys .json, Verilog .v, EDIF .edf) or a built-in circuit name.")
    String circuit;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the TMR netlist here (.bench, .blif, .v or .edf; - for "
            + ".bench on standard output).")
    String output;

    @Option(names = {"-c", "--constraints"}, paramLabel = "FILE.sdc|FILE.xdc",
            description = "Also write constraints that keep every replica and voter instance of the -o Verilog: "
                    + "set_dont_touch (.sdc) or set_property DONT_TOUCH (.xdc).")
    String constraints;

    @Option(names = "--flat-verilog",
            description = "Write -o FILE.v as one flat module of assigns, without the kept replica and voter modules "
                    + "(synthesis with opt then merges the replicas).")
    boolean flatVerilog;

    @Option(names = "--module", paramLabel = "NAME",
            description = "The module name of the -o Verilog (default: the original's, so that it replaces the original "
                    + "in a testbench).")
    String module;

    @Option(names = "--scalar-ports",
            description = "Write every bit of a bus as a port of its own (escaped names such as \\q[0] ) instead of "
                    + "the original's bus ports (output [3:0] q).")
    boolean scalarPorts;

    @Option(names = "--voters", defaultValue = "triplicated", paramLabel = "single|triplicated",
            converter = TmrFlags.VoterConverter.class,
            description = "One voter per voted net read by all replicas (a single point of failure), or three, replica X "
                    + "reading voter X (default: ${DEFAULT-VALUE}).")
    TmrOptions.VoterMode voters;

    @Mixin
    TmrFlags tmr;

    @Option(names = "--patterns", defaultValue = "100000", paramLabel = "N",
            description = "Random patterns (sequences) of the check when not exhaustive (default: ${DEFAULT-VALUE}).")
    long patterns;

    @Option(names = "--cycles", defaultValue = "32", paramLabel = "N",
            description = "Clock cycles per sequence of the check for sequential circuits (default: ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of the check's random patterns (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--prove-limit", defaultValue = "60", paramLabel = "SECONDS",
            description = "Time limit of the proof that follows the simulation when it was not exhaustive: SAT for a "
                    + "combinational circuit, induction over the register correspondence (then a bounded check as deep as "
                    + "--cycles) for a sequential one; 0 skips it (default: ${DEFAULT-VALUE}).")
    int proveLimit;

    @Mixin
    FormatOption.TableJson format;

    @Mixin
    ReadOptions read;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Limits.check("--patterns", patterns, 1, Limits.MAX_PATTERNS);
        Limits.check("--cycles", cycles, 1, Limits.MAX_CYCLES);
        Limits.check("--prove-limit", proveLimit, 0, 86_400);
        boolean toStdout = "-".equals(output);
        Path file = output == null || toStdout ? null : Path.of(output);
        if (file != null) {
            try {
                NetlistFiles.writer(NetlistFormat.of(file)); // fails early for an unknown or read-only format
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), e);
            }
        }
        Path constraintFile = KeptOutput.check(file, constraints, flatVerilog);
        KeptOutput.checkVerilogOptions(file, module, scalarPorts);
        Netlist original = read.load(circuit);
        OutputFiles.checkWritable(file); // after reading: the output may not replace the input
        TmrOptions options = tmr.options(voters);
        tmr.check(options, original, "--voters single");
        TmrResult result;
        try {
            result = new TmrPass(options).run(original);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        Equivalence.Verdict verdict = Equivalence.verify(original, result.netlist(),
                new Equivalence.Settings(patterns, cycles, seed));
        if (!verdict.equivalent()) {
            throw new IllegalStateException("the TMR netlist is not equivalent to the original, which is a bug in the "
                    + "TMR pass: " + verdict.counterexample().get().describe() + " (" + verdict.describePatterns()
                    + "); nothing was written");
        }
        TmrProofStep.Claim proof = TmrProofStep.prove(original, result.netlist(), verdict, Duration.ofSeconds(proveLimit), seed);
        String claim = proof.claim();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter report = toStdout ? spec.commandLine().getErr() : out;
        if (toStdout) {
            writeBench(result.netlist(), out);
        } else if (file != null) {
            KeptOutput.write(result.netlist(), file, flatVerilog, constraintFile, verilogOptions(original));
        }
        if (format.get() == Format.json) {
            report.println(Json.write(json(original, result, verdict, proof, toStdout ? "-" : output)));
        } else {
            printTable(report, original, result, claim, toStdout ? "standard output (.bench)" : output);
        }
        report.flush();
        out.flush();
        return 0;
    }

    /** The written module: the original's name (or --module), its clock's name, bus ports unless --scalar-ports. */
    private VerilogOptions verilogOptions(Netlist original) {
        try {
            // the original's name as a module name: blanks and non-ASCII (a file "my design.bench") become '_'
            String name = module != null ? module : original.name().isEmpty() ? "netlist"
                    : original.name().replaceAll("[^\\x21-\\x7E]", "_");
            return VerilogOptions.defaults().withModule(name)
                    .withClock(read.clockFound().orElse(null)).withScalarPorts(scalarPorts);
        } catch (IllegalArgumentException e) {
            throw new UserException("--module: " + e.getMessage(), e);
        }
    }

    private static void writeBench(Netlist tmr, PrintWriter out) {
        try {
            new BenchWriter().write(tmr, out);
        } catch (IllegalArgumentException | IOException e) {
            throw new UserException("cannot write .bench: " + e.getMessage(), e);
        }
    }

    private static String shape(Netlist n) {
        return n.name() + " (" + n.inputCount() + " inputs, " + n.outputCount() + " outputs, " + n.stats().gates()
                + " gates, " + n.stats().dffs() + " DFFs)";
    }

    private static void printTable(PrintWriter out, Netlist original, TmrResult result, String claim, String written) {
        TmrReport r = result.report();
        out.println("circuit      " + shape(original));
        out.println("options      " + r.options().describe());
        out.println("tmr          " + shape(result.netlist()));
        out.println("written      " + (written == null ? "- (no -o given)" : written));
        out.println("equivalence  " + claim);
        out.println("protection   " + protection(result.netlist()));
        List<String> readBack = r.readBackOutputs();
        if (!readBack.isEmpty()) {
            out.println("note         --outputs triplicated: " + readBack.size() + " output" + (readBack.size() == 1 ? " is" : "s are")
                    + " also read by the replicas (" + String.join(", ", readBack.subList(0, Math.min(8, readBack.size())))
                    + (readBack.size() > 8 ? ", ..." : "") + "), so they read its voted value: voting inside the logic"
                    + " (feedback voting for flip-flop outputs) that --scope " + r.options().scope().label() + " alone would not place");
        }
        out.println();
        Table cells = new Table("cells (gates and DFFs)", "count");
        cells.row("original", r.originalGates());
        cells.row("replica copies", r.replicaGates());
        cells.row("unreplicated (excluded)", r.unreplicatedGates());
        cells.row("voters", r.voterGates());
        cells.row("reduction voters", r.reductionGates());
        cells.row("mismatch detector", r.mismatchGates());
        cells.row("total", r.tmrGates() + String.format(Locale.ROOT, " (+%d, %.2fx the original)", r.addedGates(), r.overhead()));
        out.print(cells.text());
        out.println();
        Table voters = new Table("voters", "count");
        for (VoterKind k : VoterKind.values()) {
            voters.row(k.label(), r.voters(k));
        }
        out.print(voters.text());
        if (!r.placements().isEmpty()) {
            out.println();
            Table placed = new Table("voted net", "kind", "reason");
            List<VoterPlacement> ps = r.placements();
            for (int i = 0; i < Math.min(PLACEMENTS_SHOWN, ps.size()); i++) {
                placed.row(ps.get(i).net(), ps.get(i).kind().label(), ps.get(i).reason());
            }
            out.print(placed.text());
            if (ps.size() > PLACEMENTS_SHOWN) {
                out.println("... and " + (ps.size() - PLACEMENTS_SHOWN) + " more (--format json lists them all)");
            }
        }
    }

    /**
     * How many nets of the TMR netlist mask a single fault by construction, and which kinds do not (the
     * single points of failure that exclusions, single voters and shared inputs leave).
     */
    static String protection(Netlist tmr) {
        int masked = 0;
        Map<String, Integer> single = new java.util.TreeMap<>();
        for (int net = 0; net < tmr.netCount(); net++) {
            if (dev.tmrkit.circuits.tmr.TmrRoles.masksSingleFaults(tmr, net)) {
                masked++;
            } else {
                dev.tmrkit.circuits.tmr.TmrRoles.Region region = dev.tmrkit.circuits.tmr.TmrRoles.regionOf(tmr, net);
                String kind = region == dev.tmrkit.circuits.tmr.TmrRoles.Region.VOTER ? "single voter"
                        : region.name().toLowerCase(Locale.ROOT).replace('_', ' ');
                single.merge(kind, 1, Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder(masked + " of " + tmr.netCount() + " nets mask any single fault on them "
                + "(replicas, triplicated voters, mismatch logic)");
        if (single.isEmpty()) {
            return sb.append("; no single point of failure").toString();
        }
        sb.append("; single points of failure:");
        single.forEach((k, v) -> sb.append(' ').append(v).append(' ').append(k).append(v == 1 ? " net" : " nets").append(','));
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static Map<String, Object> json(Netlist original, TmrResult result, Equivalence.Verdict verdict,
                                            TmrProofStep.Claim proof, String written) {
        TmrReport r = result.report();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("circuit", original.name());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("scope", r.options().scope().label());
        o.put("voters", r.options().voters().label());
        o.put("inputs", r.options().inputs().label());
        o.put("outputs", r.options().outputs().label());
        o.put("mismatch", r.options().mismatch());
        o.put("exclude", new ArrayList<>(r.options().exclude()));
        o.put("vote", new ArrayList<>(r.options().vote()));
        o.put("registers", r.options().registers().label());
        o.put("voteRegisters", new ArrayList<>(r.options().voteRegisters()));
        m.put("options", o);
        m.put("output", written);
        m.put("originalGates", r.originalGates());
        m.put("tmrGates", r.tmrGates());
        m.put("addedGates", r.addedGates());
        m.put("overhead", r.overhead());
        m.put("replicaGates", r.replicaGates());
        m.put("unreplicatedGates", r.unreplicatedGates());
        m.put("voterGates", r.voterGates());
        m.put("reductionGates", r.reductionGates());
        m.put("mismatchGates", r.mismatchGates());
        m.put("inputs", r.inputs());
        m.put("outputs", r.outputs());
        m.put("tmrInputs", r.tmrInputs());
        m.put("tmrOutputs", r.tmrOutputs());
        Map<String, Object> voters = new LinkedHashMap<>();
        for (VoterKind k : VoterKind.values()) {
            voters.put(k.label(), r.voters(k));
        }
        m.put("voters", voters);
        Map<String, Object> eq = new LinkedHashMap<>();
        eq.put("equivalent", verdict.equivalent());
        eq.put("exhaustive", verdict.exhaustive());
        eq.put("patterns", verdict.patterns());
        eq.put("cycles", verdict.cycles());
        eq.put("seed", verdict.seed());
        eq.put("proven", proof.proven());
        eq.put("method", proof.method());
        m.put("equivalence", eq);
        List<Object> placements = new ArrayList<>();
        for (VoterPlacement p : r.placements()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("net", p.net());
            e.put("kind", p.kind().label());
            e.put("reason", p.reason());
            placements.add(e);
        }
        m.put("placements", placements);
        m.put("readBackOutputs", r.readBackOutputs());
        return m;
    }
}
