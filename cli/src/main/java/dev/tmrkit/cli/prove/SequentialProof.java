package dev.tmrkit.cli.prove;

import dev.tmrkit.circuits.sat.SequentialProver;
import dev.tmrkit.circuits.tmr.check.Counterexample;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.gates.Netlist;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code tmrkit prove A B} for netlists with flip-flops: runs {@link SequentialProver} and prints its verdict. */
final class SequentialProof {
    private final PrintWriter out;
    private final Format format;

    SequentialProof(PrintWriter out, Format format) {
        this.out = out;
        this.format = format;
    }

    /** Prints the verdict; returns the exit code (0 proven, 3 different, 4 bounded or unknown). */
    int run(Netlist a, Netlist b, SequentialProver.Settings settings) {
        long start = System.nanoTime();
        SequentialProver.Result r;
        try {
            r = SequentialProver.prove(a, b, settings);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (format == Format.json) {
            out.println(Json.write(json(a, b, r, settings, seconds)));
        } else {
            out.println("a               " + shape(a));
            out.println("b               " + shape(b));
            out.println("verdict         " + verdict(r, settings));
            out.println("method          " + method(r, settings));
            r.counterexample().ifPresent(c -> {
                out.println("counterexample  " + String.join(" ", c.inputs()) + "  (one vector per cycle from reset)");
                out.println("                " + c.describe());
            });
            out.println("time            " + String.format(Locale.ROOT, "%.2f s", seconds));
        }
        out.flush();
        return switch (r.status()) {
            case PROVEN -> 0;
            case DIFFERENT -> ProveCommand.DIFFERENT;
            case BOUNDED, UNKNOWN -> ProveCommand.UNKNOWN;
        };
    }

    private static String shape(Netlist n) {
        return n.name() + " (" + n.inputCount() + " inputs, " + n.outputCount() + " outputs, " + n.stats().gates() + " gates, "
                + n.stats().dffs() + " DFFs)";
    }

    static String verdict(SequentialProver.Result r, SequentialProver.Settings s) {
        return switch (r.status()) {
            case PROVEN -> "equivalent (proven by induction)";
            case DIFFERENT -> "different";
            case BOUNDED -> "no difference in the first " + r.depth() + " cycles from reset (bounded to depth " + r.depth()
                    + ", not proven)";
            case UNKNOWN -> "unknown: no difference found, SAT gave up after " + s.timeLimit().toSeconds() + " s";
        };
    }

    private static String method(SequentialProver.Result r, SequentialProver.Settings s) {
        String sim = s.randomSequences() + " random sequences of " + s.depth() + " cycles from reset, seed " + s.seed();
        return switch (r.method()) {
            case "random simulation" -> "random simulation (" + sim + ")";
            case "induction" -> "induction over the register correspondence: " + r.classes() + " classes of " + r.registers()
                    + " flip-flops, " + r.satQueries() + " SAT queries; after " + sim;
            default -> "bounded SAT from reset after induction over the register correspondence failed (" + r.classes()
                    + " classes of " + r.registers() + " flip-flops), " + r.satQueries() + " SAT queries; after " + sim;
        };
    }

    private static Map<String, Object> json(Netlist a, Netlist b, SequentialProver.Result r, SequentialProver.Settings s,
                                            double seconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", a.name());
        m.put("b", b.name());
        m.put("verdict", r.status().name().toLowerCase(Locale.ROOT));
        m.put("method", r.method());
        m.put("depth", r.depth());
        m.put("registers", r.registers());
        m.put("classes", r.classes());
        m.put("sequences", s.randomSequences());
        m.put("seed", s.seed());
        m.put("satQueries", r.satQueries());
        if (r.counterexample().isPresent()) {
            Counterexample c = r.counterexample().get();
            m.put("counterexample", c.inputs());
            m.put("cycle", c.cycle());
            m.put("output", c.name());
            m.put("expected", c.expected() ? 1 : 0);
            m.put("actual", c.actual() ? 1 : 0);
        }
        m.put("seconds", seconds);
        return m;
    }
}
