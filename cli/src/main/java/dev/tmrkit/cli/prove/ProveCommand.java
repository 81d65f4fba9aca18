package dev.tmrkit.cli.prove;

import dev.tmrkit.circuits.sat.EquivalenceProver;
import dev.tmrkit.circuits.tmr.check.Counterexample;
import dev.tmrkit.cli.options.ReadOptions;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.gates.Netlist;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tmrkit prove A B}: combinational equivalence, proven or refuted with a counterexample. */
@Command(name = "prove", mixinStandardHelpOptions = true,
        description = {"Prove that two combinational netlists compute the same outputs (ports matched by name; B may be a "
                + "TMR netlist of A, even read back from a file), or print an input vector on which they differ.",
            "Random simulation first (every input combination up to 20 inputs, which is a proof by itself), then SAT on a "
                + "structurally hashed, swept miter.",
            "Exit code: 0 proven equivalent, 3 different (counterexample printed), 4 unknown (time limit), 2 bad input."})
public final class ProveCommand implements Callable<Integer> {
    /** Exit code when the netlists differ. */
    public static final int DIFFERENT = 3;
    /** Exit code when the time limit ran out. */
    public static final int UNKNOWN = 4;

    @Parameters(index = "0", paramLabel = "A", description = "A netlist file or a built-in circuit name.")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "A netlist file or a built-in circuit name.")
    String second;

    @Option(names = "--patterns", defaultValue = "10000", paramLabel = "N",
            description = "Random patterns simulated before SAT (default: ${DEFAULT-VALUE}).")
    long patterns;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the random patterns (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--time-limit", defaultValue = "60", paramLabel = "SECONDS",
            description = "Give up the SAT step after this long and say unknown (default: ${DEFAULT-VALUE}).")
    int timeLimit;

    @Mixin
    FormatOption.TableJson format;

    @Mixin
    ReadOptions read;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (patterns < 1 || timeLimit < 1) {
            throw new UserException("--patterns and --time-limit must be at least 1");
        }
        Netlist a = read.load(first);
        Netlist b = read.load(second);
        long start = System.nanoTime();
        EquivalenceProver.Result r;
        try {
            r = EquivalenceProver.prove(a, b, new EquivalenceProver.Settings(patterns, seed, Duration.ofSeconds(timeLimit)));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (format.get() == Format.json) {
            out.println(Json.write(json(a, b, r, seconds)));
        } else {
            out.println("a               " + a.name() + " (" + a.inputCount() + " inputs, " + a.outputCount() + " outputs, "
                    + a.stats().gates() + " gates)");
            out.println("b               " + b.name() + " (" + b.inputCount() + " inputs, " + b.outputCount() + " outputs, "
                    + b.stats().gates() + " gates)");
            out.println("verdict         " + verdict(r));
            out.println("method          " + r.method() + (r.method().equals("SAT") ? " (" + r.satQueries() + " queries, "
                    + r.merges() + " nodes merged by sweeping)" : "") + ", after " + r.patterns() + " patterns, seed " + r.seed());
            r.counterexample().ifPresent(c -> {
                out.println("counterexample  " + c.inputs().get(0));
                out.println("                " + c.describe());
            });
            out.println("time            " + String.format(Locale.ROOT, "%.2f s", seconds));
        }
        out.flush();
        return switch (r.status()) {
            case PROVEN -> 0;
            case DIFFERENT -> DIFFERENT;
            case UNKNOWN -> UNKNOWN;
        };
    }

    private String verdict(EquivalenceProver.Result r) {
        return switch (r.status()) {
            case PROVEN -> "equivalent (proven)";
            case DIFFERENT -> "different";
            case UNKNOWN -> "unknown: no difference found, SAT gave up after " + timeLimit + " s";
        };
    }

    private Map<String, Object> json(Netlist a, Netlist b, EquivalenceProver.Result r, double seconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", a.name());
        m.put("b", b.name());
        m.put("verdict", r.status().name().toLowerCase(Locale.ROOT));
        m.put("method", r.method());
        m.put("patterns", r.patterns());
        m.put("seed", r.seed());
        m.put("satQueries", r.satQueries());
        m.put("merges", r.merges());
        if (r.counterexample().isPresent()) {
            Counterexample c = r.counterexample().get();
            m.put("counterexample", c.inputs().get(0));
            m.put("output", c.name());
            m.put("expected", c.expected() ? 1 : 0);
            m.put("actual", c.actual() ? 1 : 0);
        }
        m.put("seconds", seconds);
        return m;
    }
}
