package dev.tmrkit.circuits.io.verilog;

import dev.tmrkit.circuits.io.ClockedNetlist;
import dev.tmrkit.circuits.io.ClockedTextReader;
import dev.tmrkit.circuits.io.NetlistAssembly;
import dev.tmrkit.circuits.io.NetlistNameAttribute;
import dev.tmrkit.circuits.io.ParseException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads structural Verilog: what tmrkit writes (flat or with kept replica and voter modules), what Yosys's
 * {@code write_verilog -noattr} writes for a techmapped design, and hand-written gate-level modules.
 *
 * <p><b>The subset.</b> Modules with ANSI or non-ANSI ports; {@code input}, {@code output}, {@code wire},
 * {@code reg} with ranges {@code [msb:lsb]} and initial values; {@code assign} with the bitwise operators
 * {@code ~ & | ^ ~^}, reductions, {@code ! && ||}, {@code ?:}, parentheses, constants ({@code 1'b0}, {@code 4'hf},
 * {@code 3}), bit and part selects and concatenations; the gate primitives {@code and or nand nor xor xnor not buf};
 * instances of modules of the same file (flattened); and flip-flops: {@code always @(posedge clk)} (or all
 * {@code negedge}) with {@code <=}, {@code if}/{@code else} and {@code begin}/{@code end}, optionally with an
 * asynchronous reset {@code always @(posedge clk or negedge rst) if (!rst) q <= 0; else q <= d;} modelled as the
 * Yosys reader models {@code $_DFF_PN0_}. Comments, attributes {@code (* ... *)} and compiler directives are
 * skipped. Anything behavioural (arithmetic, comparisons, {@code always @*}, {@code case}, parameters, ...) is a
 * {@link NotStructural}; other constructs outside the subset are {@link ParseException}s, all at
 * {@code file:line:column}.
 *
 * <p><b>Top module and names.</b> The module {@link #withTop named}, else the one module no other instantiates. The
 * netlist takes the top module's name, or the name its attribute {@link NetlistNameAttribute} gives.
 * Bit {@code i} of a ranged wire {@code w} is net {@code w[i]}, a wire without range is net {@code w}: the names
 * {@link dev.tmrkit.circuits.io.yosys.YosysJsonReader} gives. An {@code assign} between two spellings of the same
 * name ({@code assign q[0] = \q[0] ;}) joins them into one net; any other {@code assign a = b;} is a BUF.
 *
 * <p><b>Clock.</b> All flip-flops share one clock input and edge; it is dropped from the inputs (tmrkit's clock is
 * implicit) and no logic may read it; {@link #withClock} names it and fails when the flip-flops use another.
 * Registers start at their initial value (0 without one).
 */
public final class VerilogReader extends ClockedTextReader {
    private final String top;

    /** A strict reader choosing the top module by itself. */
    public VerilogReader() {
        this(false, null, null);
    }

    private VerilogReader(boolean undrivenAsInputs, String top, String clock) {
        super(undrivenAsInputs, clock);
        this.top = top;
    }

    @Override
    protected VerilogReader with(boolean undrivenAsInputs, String clock) {
        return new VerilogReader(undrivenAsInputs, top, clock);
    }

    /** A reader that takes module {@code name} as the top (null: the one module no other instantiates). */
    public VerilogReader withTop(String name) {
        return new VerilogReader(undrivenAsInputs, name, clock);
    }

    @Override
    public ClockedNetlist readClocked(String source, Reader in) throws IOException {
        String text = VerilogText.read(source, in);
        List<Ast.Module> parsed = VerilogParser.parse(source, text);
        Map<String, Ast.Module> modules = new LinkedHashMap<>();
        for (Ast.Module m : parsed) {
            Ast.Module old = modules.putIfAbsent(m.name(), m);
            if (old != null) {
                throw new ParseException(source, m.at().line(), m.at().column(), "module " + m.name()
                        + " is defined twice (first at line " + old.at().line() + ")");
            }
        }
        Ast.Module topModule = top(source, modules, parsed);
        Elaborator e = new Elaborator(source, modules);
        e.top(topModule);
        String name = topModule.at().attribute(NetlistNameAttribute.NAME).filter(n -> !n.isEmpty()).orElse(topModule.name());
        return new NetlistEmitter(e, source).emit(name, clock, undrivenAsInputs);
    }

    private Ast.Module top(String source, Map<String, Ast.Module> modules, List<Ast.Module> parsed) {
        if (top != null) {
            Ast.Module m = modules.get(top);
            if (m == null) {
                throw new ParseException(source, 1, 1, "--top " + top + ": the file has no module of that name; it has "
                        + String.join(", ", modules.keySet()));
            }
            return m;
        }
        Set<String> instantiated = new HashSet<>();
        for (Ast.Module m : parsed) {
            for (Ast.Instance i : m.instances()) {
                instantiated.add(i.type());
            }
        }
        List<Ast.Module> roots = new ArrayList<>();
        for (Ast.Module m : parsed) {
            if (!instantiated.contains(m.name())) {
                roots.add(m);
            }
        }
        if (roots.size() != 1) {
            Ast.Module at = roots.isEmpty() ? parsed.get(0) : roots.get(1);
            throw new ParseException(source, at.at().line(), at.at().column(), (roots.isEmpty() ? "every module is"
                    + " instantiated by another, so none is the top" : "modules " + String.join(", ", roots.stream()
                    .map(Ast.Module::name).toList()) + " are all uninstantiated") + "; name the top module (--top NAME)");
        }
        return roots.get(0);
    }

    /** The netlist name for a source whose module is unnamed: the file's stem. */
    static String stem(String source) {
        return NetlistAssembly.stem(source);
    }
}
