package dev.tmrkit.cli.prove;

import dev.tmrkit.circuits.faults.FaultCollapsing;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.atpg.Atpg;
import dev.tmrkit.cli.options.ReadOptions;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.OutputFiles;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
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

/** {@code tmrkit atpg}: a compact test set, the fault coverage, and the faults proven redundant. */
@Command(name = "atpg", mixinStandardHelpOptions = true,
        description = {"Generate tests for the single stuck-at faults of a combinational circuit (collapsed list by default): "
                + "random patterns with fault dropping first, then SAT per remaining fault, which yields a test or proves the "
                + "fault redundant (no input shows it at any output).",
            "Prints the fault coverage (detected / all faults) and the redundant faults; -o FILE writes the test set, one "
                + "vector per line in declared input order (the format of eval --vectors)."})
public final class AtpgCommand implements Callable<Integer> {
    private static final int REDUNDANT_SHOWN = 40;

    @Parameters(index = "0", paramLabel = "CIRCUIT", description = "A netlist file or a built-in circuit name.")
    String circuit;

    @Option(names = "--patterns", defaultValue = "2048", paramLabel = "N",
            description = "Random patterns of the first phase (default: ${DEFAULT-VALUE}).")
    long patterns;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the random patterns (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "SECONDS",
            description = "SAT time limit per fault; a fault that reaches it is aborted (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--uncollapsed", description = "Every stuck-at fault, not one per equivalence class.")
    boolean uncollapsed;

    @Option(names = "--fault-list", paramLabel = "FILE", description = "Generate tests for these single stuck-at faults "
            + "(one per line: SITE=sa0|sa1, or rows of tmrkit faults --list) instead of the collapsed list.")
    Path faultList;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the test set here (atomically).")
    Path output;

    @Mixin
    FormatOption.TableJson format;

    @Mixin
    ReadOptions read;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (patterns < 1 || limit < 1) {
            throw new UserException("--patterns and --limit must be at least 1");
        }
        OutputFiles.checkWritable(output);
        Netlist n = read.load(circuit);
        if (n.isSequential()) {
            throw new UserException("atpg needs a combinational circuit; '" + n.name() + "' has flip-flops");
        }
        if (faultList != null && uncollapsed) {
            throw new UserException("--fault-list gives the faults: --uncollapsed cannot take effect with it");
        }
        List<Fault> faults = faultList != null ? ListedFaults.read(n, faultList)
                : uncollapsed ? FaultLists.allStuckAt(n) : FaultCollapsing.collapse(n).representatives();
        long start = System.nanoTime();
        Atpg.Result r = Atpg.run(n, faults, patterns, seed, Duration.ofSeconds(limit));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (output != null) {
            OutputFiles.write(output, String.join("\n", r.tests()) + (r.tests().isEmpty() ? "" : "\n"));
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> redundant = new ArrayList<>();
        List<String> aborted = new ArrayList<>();
        List<Object> redundantKeys = new ArrayList<>();
        List<Object> abortedKeys = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            if (r.status().get(i) == Atpg.Status.REDUNDANT) {
                redundant.add(faults.get(i).describe(n));
                redundantKeys.add(dev.tmrkit.cli.output.FaultKeys.of(n, faults.get(i)));
            } else if (r.status().get(i) == Atpg.Status.ABORTED) {
                aborted.add(faults.get(i).describe(n));
                abortedKeys.add(dev.tmrkit.cli.output.FaultKeys.of(n, faults.get(i)));
            }
        }
        if (format.get() == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("circuit", n.name());
            m.put("faults", faults.size());
            m.put("collapsed", !uncollapsed && faultList == null);
            if (faultList != null) {
                m.put("faultList", faultList.toString());
            }
            m.put("detected", r.count(Atpg.Status.DETECTED));
            m.put("redundant", r.count(Atpg.Status.REDUNDANT));
            m.put("aborted", r.count(Atpg.Status.ABORTED));
            m.put("coverage", r.coverage());
            m.put("tests", r.tests().size());
            m.put("randomTests", r.randomTests());
            m.put("patterns", patterns);
            m.put("seed", seed);
            m.put("seconds", seconds);
            m.put("redundantFaults", redundantKeys);
            m.put("abortedFaults", abortedKeys);
            out.println(Json.write(m));
        } else {
            out.println("circuit    " + n.name() + " (" + n.inputCount() + " inputs, " + n.outputCount() + " outputs, "
                    + n.stats().gates() + " gates)");
            out.println("faults     " + faults.size() + (faultList != null ? " single stuck-at faults listed in " + faultList
                    : uncollapsed ? " single stuck-at faults" : " collapsed single stuck-at faults"));
            out.println("random     " + patterns + " patterns, seed " + seed + ": " + r.randomTests() + " kept as tests");
            out.println("SAT        " + (r.tests().size() - r.randomTests()) + " tests, " + redundant.size() + " faults proven redundant, "
                    + aborted.size() + " aborted at " + limit + " s");
            out.println(String.format(Locale.ROOT, "coverage   %.3f %% (%d of %d detected); %.3f %% of the faults not proven redundant",
                    100 * r.coverage(), r.count(Atpg.Status.DETECTED), faults.size(), 100 * r.testableCoverage()));
            out.println("tests      " + r.tests().size() + (output != null ? " vectors written to " + output : " vectors (-o FILE writes them)"));
            out.println(String.format(Locale.ROOT, "time       %.2f s", seconds));
            if (!redundant.isEmpty()) {
                out.println("redundant  " + String.join(", ", redundant.subList(0, Math.min(REDUNDANT_SHOWN, redundant.size())))
                        + (redundant.size() > REDUNDANT_SHOWN ? ", ... (" + (redundant.size() - REDUNDANT_SHOWN) + " more; --format json lists all)" : ""));
            }
            if (!aborted.isEmpty()) {
                out.println("aborted    " + String.join(", ", aborted));
            }
        }
        out.flush();
        return 0;
    }
}
