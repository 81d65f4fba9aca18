package dev.tmrkit.circuits.library;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.vote.MajorityVoter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalogue of built-in circuits, addressed by a spec {@code name[:param[:param]]} such as {@code c17},
 * {@code ripple-adder:8} or {@code comparator:6:41}. Names are matched case-insensitively; parameters are
 * decimal. A spec whose name is not built in yields {@link Optional#empty()} (a caller may then try it as a
 * file); a built-in name with bad parameters is an {@link IllegalArgumentException} naming the problem and
 * the usage. Each call builds a fresh netlist, named by the canonical spec with every parameter spelt out
 * (e.g. {@code ripple-adder:4}).
 */
public final class BuiltinCircuits {
    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        register(new Builtin(MajorityVoter.NAME, "",
                "2-of-3 majority voter r = ab + bc + ac (three 2-input ANDs, one 3-input OR); "
                        + "inputs a, b, c; output r", Builtin.LIBRARY),
                0, p -> MajorityVoter.netlist());
        register(new Builtin(TmrGateExample.NAME, "",
                "three copies of an AND gate with three majority voters (triplicated voters); inputs a, b; "
                        + "replicas g_A, g_B, g_C = a AND b; outputs y_A, y_B, y_C, each the majority of the three replicas", Builtin.LIBRARY),
                0, p -> TmrGateExample.netlist());
        register(new Builtin(C17.NAME, "",
                "ISCAS-85 c17, six 2-input NANDs; inputs 1, 2, 3, 6, 7; outputs 22, 23", Builtin.LIBRARY),
                0, p -> C17.netlist());
        register(new Builtin(FullAdder.NAME, "",
                "one-bit full adder (XOR/AND/OR); inputs a, b, cin; outputs sum, cout", Builtin.LIBRARY),
                0, p -> FullAdder.netlist());
        register(new Builtin(RippleCarryAdder.NAME, "[:N]",
                "N-bit ripple-carry adder of full adders (N from 1 to 64, default 4); "
                        + "inputs a0..a(N-1), b0..b(N-1), cin; outputs s0..s(N-1), cout (bit 0 least significant)", Builtin.LIBRARY),
                1, p -> RippleCarryAdder.netlist(width(RippleCarryAdder.NAME, p, RippleCarryAdder.DEFAULT_WIDTH)));
        register(new Builtin(ConstantComparator.NAME, "[:N[:K]]",
                "N-bit unsigned x > K for a constant K, as gates specialised to K (N from 1 to 64, default 4; "
                        + "0 <= K < 2^N, default 10: greater than 10); inputs x0..x(N-1) (x0 least significant); output gt", Builtin.LIBRARY),
                2, p -> ConstantComparator.netlist(width(ConstantComparator.NAME, p, ConstantComparator.DEFAULT_WIDTH),
                        constant(p)));
        register(new Builtin(SyncCounter.NAME, "[:N]",
                "N-bit synchronous counter with D flip-flops, initially 0, next = reset ? 0 : q + inc "
                        + "(N from 1 to 64, default 4); inputs inc, reset; outputs q0..q(N-1), the flip-flop outputs "
                        + "(q0 least significant)", Builtin.LIBRARY),
                1, p -> SyncCounter.netlist(width(SyncCounter.NAME, p, SyncCounter.DEFAULT_WIDTH)));
    }

    private BuiltinCircuits() {
    }

    /**
     * Every built-in circuit: the library's, in catalogue order, then the bundled benchmark suites
     * ({@link BundledCircuits}) except those the library already names (c17).
     */
    public static List<Builtin> all() {
        List<Builtin> out = new ArrayList<>();
        for (Entry e : ENTRIES.values()) {
            out.add(e.info);
        }
        for (BundledCircuits.Bundled b : BundledCircuits.all()) {
            if (!ENTRIES.containsKey(b.name().toLowerCase(Locale.ROOT))) {
                out.add(info(b));
            }
        }
        return List.copyOf(out);
    }

    /** The catalogue entry for the name part of {@code spec} (before any {@code :}), if it is built in. */
    public static Optional<Builtin> find(String spec) {
        Optional<Builtin> library = entry(spec).map(e -> e.info);
        return library.isPresent() ? library : bundled(spec).map(BuiltinCircuits::info);
    }

    /**
     * The built-in names closest to {@code name} by edit distance (Levenshtein, case-insensitive), nearest
     * first, at most {@code count}; ties in catalogue order.
     */
    public static List<String> closest(String name, int count) {
        String wanted = name(name);
        List<String> names = all().stream().map(Builtin::name).toList();
        List<String> sorted = new ArrayList<>(names);
        Map<String, Integer> distance = new LinkedHashMap<>();
        for (String n : names) {
            distance.put(n, EditDistance.between(wanted, n.toLowerCase(Locale.ROOT)));
        }
        sorted.sort((a, b) -> Integer.compare(distance.get(a), distance.get(b)));
        return List.copyOf(sorted.subList(0, Math.min(count, sorted.size())));
    }

    private static Builtin info(BundledCircuits.Bundled b) {
        return new Builtin(b.name(), "", b.suite() + " benchmark circuit " + b.name(), b.suite() + ", " + b.source());
    }

    private static Optional<BundledCircuits.Bundled> bundled(String spec) {
        return spec == null ? Optional.empty() : BundledCircuits.find(name(spec));
    }

    /**
     * Builds the circuit a spec names.
     *
     * @return the netlist, or empty when the name part of {@code spec} is not a built-in circuit
     * @throws IllegalArgumentException when the name is built in but the parameters are not valid for it
     */
    public static Optional<Netlist> byName(String spec) {
        return byName(spec, false);
    }

    /**
     * Builds the circuit a spec names; {@code undrivenAsInputs} reads a bundled benchmark's undriven nets as
     * inputs (the library's circuits have none).
     *
     * @return the netlist, or empty when the name part of {@code spec} is not a built-in circuit
     * @throws IllegalArgumentException when the name is built in but the parameters are not valid for it
     * @throws dev.tmrkit.circuits.io.ParseException when a bundled circuit has undriven nets and
     *     {@code undrivenAsInputs} is false
     */
    public static Optional<Netlist> byName(String spec, boolean undrivenAsInputs) {
        Optional<Entry> found = entry(spec);
        if (found.isEmpty()) {
            Optional<BundledCircuits.Bundled> b = bundled(spec);
            if (b.isPresent() && !parameters(spec).isEmpty()) {
                throw new IllegalArgumentException(b.get().name() + ": takes no parameters, got '" + spec + "' (usage: "
                        + b.get().name() + ")");
            }
            return b.map(x -> BundledCircuits.read(x, undrivenAsInputs));
        }
        Entry e = found.get();
        List<String> params = parameters(spec);
        if (params.size() > e.maxParams) {
            throw new IllegalArgumentException(e.info.name() + ": " + (e.maxParams == 0 ? "takes no parameters"
                    : "takes at most " + e.maxParams + " parameter" + (e.maxParams == 1 ? "" : "s"))
                    + ", got '" + spec + "' (usage: " + e.info.usage() + ")");
        }
        for (String p : params) {
            if (p.isBlank()) {
                throw new IllegalArgumentException(e.info.name() + ": empty parameter in '" + spec + "' (usage: "
                        + e.info.usage() + ")");
            }
        }
        try {
            return Optional.of(e.factory.apply(params));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(ex.getMessage() + " (usage: " + e.info.usage() + ")", ex);
        }
    }

    private static void register(Builtin info, int maxParams, Function<List<String>, Netlist> factory) {
        ENTRIES.put(info.name(), new Entry(info, maxParams, factory));
    }

    private static Optional<Entry> entry(String spec) {
        if (spec == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ENTRIES.get(name(spec)));
    }

    /** The name part of a spec (before any {@code :}), trimmed and in lower case. */
    private static String name(String spec) {
        int colon = spec.indexOf(':');
        return (colon < 0 ? spec : spec.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> parameters(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return List.of();
        }
        return Arrays.asList(spec.substring(colon + 1).split(":", -1));
    }

    /** The first parameter as a width N, or the default. */
    private static int width(String name, List<String> params, int defaultWidth) {
        if (params.isEmpty()) {
            return defaultWidth;
        }
        String text = params.get(0).trim();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(name + ": width N must be an integer from 1 to 64, got '" + text + "'", ex);
        }
    }

    /** The comparator's second parameter K (unsigned decimal), or its default. */
    private static long constant(List<String> params) {
        if (params.size() < 2) {
            return ConstantComparator.DEFAULT_CONSTANT;
        }
        String text = params.get(1).trim();
        try {
            return Long.parseUnsignedLong(text);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(ConstantComparator.NAME + ": constant K must be a non-negative integer, got '"
                    + text + "'", ex);
        }
    }

    private record Entry(Builtin info, int maxParams, Function<List<String>, Netlist> factory) {
    }
}
