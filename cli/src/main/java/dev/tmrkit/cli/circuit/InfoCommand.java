package dev.tmrkit.cli.circuit;

import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.options.ReadOptions;
import dev.tmrkit.cli.output.Table;
import dev.tmrkit.cli.options.UserException;

import dev.tmrkit.circuits.library.Builtin;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistStats;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tmrkit info}: the structure of a circuit, or the list of built-in circuits. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a circuit's inputs, outputs, gates by type, flip-flops and logic depth.")
public final class InfoCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CIRCUIT",
            description = "A netlist file (.bench, .blif, .aag, .aig, Yosys .json) or a built-in circuit name.")
    String circuit;

    @Option(names = "--list", description = "List the built-in circuits: the library's and the bundled ISCAS-85, ISCAS-89 and ITC'99 suites, with their source.")
    boolean list;

    @Mixin
    FormatOption.TableCsvJson format;

    @Mixin
    ReadOptions read;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list || circuit == null) {
            if (!list) {
                throw new UserException("give a CIRCUIT, or --list for the built-in circuits");
            }
            printList(out);
            out.flush();
            return 0;
        }
        Netlist n = read.load(circuit);
        NetlistStats s = n.stats();
        Map<String, Integer> types = new LinkedHashMap<>();
        for (Map.Entry<GateType, Integer> e : s.gateTypes().entrySet()) {
            types.put(e.getKey().name(), e.getValue());
        }
        if (format.get() != Format.table) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("circuit", n.name());
            m.put("inputs", s.inputs());
            m.put("outputs", s.outputs());
            m.put("gates", s.gates());
            m.put("dffs", s.dffs());
            m.put("depth", s.depth());
            m.put("gateTypes", types);
            if (format.get() == Format.csv) {
                Table t = new Table("property", "value");
                dev.tmrkit.cli.output.Records.flatten(m).forEach(t::row);
                out.print(t.csv());
            } else {
                out.println(Json.write(m));
            }
        } else {
            Table t = new Table("property", "value");
            t.row("circuit", n.name());
            t.row("inputs", s.inputs());
            t.row("outputs", s.outputs());
            t.row("gates", s.gates() + " (every combinational cell, NOT and BUF included)");
            t.row("dffs", s.dffs());
            t.row("depth", s.depth() + " levels");
            for (Map.Entry<String, Integer> e : types.entrySet()) {
                t.row("  " + e.getKey(), e.getValue());
            }
            out.print(t.text());
        }
        out.flush();
        return 0;
    }

    private void printList(PrintWriter out) {
        if (format.get() == Format.json) {
            java.util.List<Object> items = new java.util.ArrayList<>();
            for (Builtin b : BuiltinCircuits.all()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", b.name());
                m.put("parameters", b.parameters().isEmpty() ? null : b.parameters());
                m.put("description", b.description());
                m.put("source", b.source());
                items.add(m);
            }
            out.println(Json.write(items));
            return;
        }
        Table t = new Table("name", "parameters", "source", "description");
        for (Builtin b : BuiltinCircuits.all()) {
            t.row(b.name(), b.parameters().isEmpty() && format.get() != Format.csv ? "-" : b.parameters(), b.source(), b.description());
        }
        out.print(format.get() == Format.csv ? t.csv() : t.text());
    }
}
