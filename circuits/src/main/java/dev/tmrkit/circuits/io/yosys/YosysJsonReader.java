package dev.tmrkit.circuits.io.yosys;

import dev.tmrkit.circuits.io.ClockedNetlist;
import dev.tmrkit.circuits.io.ClockedTextReader;
import dev.tmrkit.circuits.io.NetlistNameAttribute;
import dev.tmrkit.circuits.io.ParseException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON that Yosys writes ({@code write_json}) for a flattened, gate-level design, such as
 * <pre>
 * yosys -p 'read_verilog top.v; synth -flatten; write_json top.json'
 * yosys -p 'read_blif c17.blif; proc; opt_clean; techmap; opt; write_json c17.json'
 * </pre>
 *
 * <p><b>Module.</b> The one marked with the attribute {@code top} (as {@code hierarchy -top} sets it), else the
 * only module that is not a black box. The netlist takes the module's name, or the one its attribute
 * {@link NetlistNameAttribute} gives (tmrkit's Verilog writers set it on a module named otherwise).
 *
 * <p><b>Ports.</b> In port order: {@code input} ports are inputs, {@code output} ports outputs, and an
 * {@code inout} port both (that is what Yosys makes of a BLIF net that is both input and output), one tmrkit port
 * per bit, least significant bit first. A 1-bit port keeps its name, bit {@code i} of a wider one is
 * {@code name[i]} (honouring the wire's {@code offset} and {@code upto}).
 *
 * <p><b>Names.</b> A bit is named after the input port, else the first output port, else the first public wire
 * (in the file's order) that contains it; Yosys's hidden {@code $}-names are ignored, and a bit without a public
 * name becomes {@code $yosys$<bit number>}. RTLIL's escaping backslash is dropped ({@code \1} is net {@code 1},
 * {@code \$tmr$A$n} is net {@code $tmr$A$n}). An output port whose bit is named otherwise (it is an input, a
 * constant, or shared with another output) is driven by a BUF of its own name, so every port keeps its name.
 * Generated nets are in the {@code $yosys$} namespace ({@link YosysLogic}).
 *
 * <p><b>Cells</b> are Yosys's internal gates ({@link YosysCells} lists them); constant bits {@code "0"} and
 * {@code "1"} become CONST0 and CONST1 gates; {@code "x"} and {@code "z"} are rejected.
 *
 * <p><b>Clock.</b> tmrkit's flip-flops share one implicit clock. Every flip-flop must use the same clock input
 * and edge (all {@code $_DFF_P_}, or all {@code $_DFF_N_}, or all {@code $_FF_}); that clock input is then
 * dropped from the netlist's inputs, and no logic may read it. So a netlist written by {@link dev.tmrkit.circuits.io.verilog.write.VerilogWriter}
 * (which adds a {@code clk} input) reads back with its original interface. A flip-flop whose wire has the
 * {@code init} attribute 1 is stored complemented ({@code q = NOT($yosys$q$init1)}), like BLIF's initial value 1;
 * init 0 and no init value start at 0, tmrkit's reset state.
 *
 * <p>Errors are {@link ParseException}s at the line and column of the JSON value concerned: a syntax error where
 * Jackson found it, an unsupported cell at its {@code "type"}, with the Yosys command that would help.
 */
public final class YosysJsonReader extends ClockedTextReader {
    /** A strict reader: every bit read must be an input or driven by a cell. */
    public YosysJsonReader() {
        this(false, null);
    }

    private YosysJsonReader(boolean undrivenAsInputs, String clock) {
        super(undrivenAsInputs, clock);
    }

    @Override
    protected YosysJsonReader with(boolean undrivenAsInputs, String clock) {
        return new YosysJsonReader(undrivenAsInputs, clock);
    }

    @Override
    public ClockedNetlist readClocked(String source, Reader in) throws IOException {
        JsonTree.Node root = JsonTree.parse(source, in);
        JsonTree.Node modules = root.get("modules");
        if (!root.is(JsonTree.Kind.OBJECT) || modules == null || !modules.is(JsonTree.Kind.OBJECT)) {
            JsonTree.Node at = modules == null ? root : modules;
            throw new ParseException(source, at.line, at.column, "expected a Yosys design: an object with a \"modules\""
                    + " object, as written by yosys write_json");
        }
        Map.Entry<String, JsonTree.Node> top = top(source, modules);
        if (!top.getValue().is(JsonTree.Kind.OBJECT)) {
            throw new ParseException(source, top.getValue().line, top.getValue().column, "expected module "
                    + top.getKey() + " to be an object, found " + top.getValue().describe());
        }
        return new YosysModule(source, name(top), top.getValue(), undrivenAsInputs, clock).build();
    }

    /**
     * The netlist's name: the string attribute {@link NetlistNameAttribute} of the module (Yosys appends a blank to a
     * string that looks like a bit string), else the module's name.
     */
    private static String name(Map.Entry<String, JsonTree.Node> module) {
        JsonTree.Node attributes = module.getValue().get("attributes");
        JsonTree.Node v = attributes == null || !attributes.is(JsonTree.Kind.OBJECT) ? null
                : attributes.get(NetlistNameAttribute.NAME);
        if (v != null && v.is(JsonTree.Kind.STRING) && !v.text.isBlank()) {
            return v.text.matches("[01xz]+ ") ? v.text.substring(0, v.text.length() - 1) : v.text;
        }
        return YosysModule.plain(module.getKey());
    }

    /** The module marked top, else the only one that is not a black box. */
    private static Map.Entry<String, JsonTree.Node> top(String source, JsonTree.Node modules) {
        List<Map.Entry<String, JsonTree.Node>> marked = new ArrayList<>();
        List<Map.Entry<String, JsonTree.Node>> designs = new ArrayList<>();
        for (Map.Entry<String, JsonTree.Node> m : modules.members().entrySet()) {
            if (attribute(m.getValue(), "top")) {
                marked.add(m);
            }
            if (!attribute(m.getValue(), "blackbox")) {
                designs.add(m);
            }
        }
        List<Map.Entry<String, JsonTree.Node>> candidates = marked.isEmpty() ? designs : marked;
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonTree.Node> m : candidates) {
            names.add(YosysModule.plain(m.getKey()));
        }
        String reason = candidates.isEmpty() ? "the design has no module (or only black boxes)"
                : (marked.isEmpty() ? "the design has " + names.size() + " modules (" + String.join(", ", names)
                        + ") and none is marked top" : "several modules are marked top (" + String.join(", ", names) + ")")
                        + "; run `hierarchy -top NAME; flatten` in Yosys before write_json";
        throw new ParseException(source, modules.line, modules.column, reason);
    }

    /** True when a module's attribute is set: a nonzero number, or a bit string with a 1. */
    private static boolean attribute(JsonTree.Node module, String name) {
        JsonTree.Node attributes = module.get("attributes");
        JsonTree.Node v = attributes == null ? null : attributes.get(name);
        if (v == null) {
            return false;
        }
        if (v.is(JsonTree.Kind.NUMBER)) {
            return !v.text.matches("-?0*(\\.0*)?");
        }
        return v.is(JsonTree.Kind.STRING) && v.text.indexOf('1') >= 0 && v.text.matches("[01]+");
    }
}
