package dev.tmrkit.circuits.io;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.NetlistException;
import dev.tmrkit.gates.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link NetlistBuilder} fed by a reader, which also remembers where each not-yet-driven net was first
 * read (the token's own column, finer than the builder's per-gate locations) and turns the builder's
 * {@link NetlistException} into a {@link ParseException} located in the source. Every reader uses one, those of
 * the format subpackages ({@code io.aiger}, {@code io.yosys}) included, so that all report structural problems
 * (undriven nets, several drivers, combinational cycles) alike.
 */
public final class NetlistAssembly {
    private final String source;
    private final NetlistBuilder builder;
    /** Nets first mentioned as a read and not driven so far, with the position of that first read. */
    private final Map<String, Location> pendingReads = new HashMap<>();
    private int ports;

    /** An empty netlist named {@code name}, read from {@code source}; see {@link NetlistReader#withUndrivenAsInputs}. */
    public NetlistAssembly(String source, String name, boolean undrivenAsInputs) {
        this.source = source;
        this.builder = Netlist.builder(name).undrivenAsInputs(undrivenAsInputs);
    }

    /** The netlist name to use for a source: the file name without folders and extension. */
    public static String stem(String source) {
        if (source.startsWith("<")) {
            return "netlist";
        }
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The source named in error messages. */
    public String source() {
        return source;
    }

    /** Records that the net named by the token at {@code line:column} is read (by a gate pin or an output port). */
    public void read(String net, int line, int column) {
        if (!builder.hasNet(net)) {
            pendingReads.putIfAbsent(net, new Location(line, column));
        }
    }

    /** A primary input, declared at {@code where}. */
    public void input(String net, Location where) {
        pendingReads.remove(net);
        builder.input(net, where);
        ports++;
    }

    /** A primary output port on {@code net}, declared at {@code where}. */
    public void output(String net, Location where) {
        read(net, where.line(), where.column());
        builder.output(net, where);
        ports++;
    }

    /** A gate; the caller has already {@link #read recorded} the positions of its input tokens. */
    public void gate(GateType type, String output, List<String> inputs, Location where) {
        pendingReads.remove(output);
        builder.gate(type, output, inputs, where);
    }

    /** True once any input or output port has been declared. */
    public boolean hasPorts() {
        return ports > 0;
    }

    /** Validates and freezes the netlist, reporting every structural problem at its place in the source. */
    public Netlist build() {
        try {
            return builder.build();
        } catch (NetlistException e) {
            List<ParseException.Diagnostic> diagnostics = new ArrayList<>();
            for (Problem p : e.problems()) {
                Location at = p.location();
                String reason = p.message();
                if (p.kind() == Problem.Kind.UNDRIVEN_NET && !p.nets().isEmpty()) {
                    at = pendingReads.getOrDefault(p.nets().get(0), at);
                    reason += "; declare it as an input or drive it, or read with undriven nets treated as inputs";
                }
                diagnostics.add(new ParseException.Diagnostic(at.line(), at.column(), reason));
            }
            diagnostics.sort(Comparator.comparingInt(ParseException.Diagnostic::line)
                    .thenComparingInt(ParseException.Diagnostic::column));
            throw new ParseException(source, diagnostics);
        }
    }
}
