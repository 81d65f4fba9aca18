package dev.tmrkit.cli.circuit;

import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.options.ReadOptions;
import dev.tmrkit.cli.output.Table;

import dev.tmrkit.circuits.faults.CollapsedFaults;
import dev.tmrkit.circuits.faults.FaultCollapsing;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tmrkit faults}: the single stuck-at fault list of a circuit and its equivalence collapsing. */
@Command(name = "faults", mixinStandardHelpOptions = true,
        description = {"Count a circuit's single stuck-at faults (sa0 and sa1 on every stem, and on every fanout "
                + "branch of a net with more than one sink; a primary output counts as a sink) and the classes left "
                + "after equivalence collapsing (AND/NAND/OR/NOR/NOT/BUF rules; flip-flops are not collapsed through).",
            "A class is represented by its first fault in list order (stems first, in net order)."})
public final class FaultsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CIRCUIT", description = "A netlist file (.bench, .blif, .aag, .aig, Yosys .json) or a built-in circuit name.")
    String circuit;

    @Mixin
    FormatOption.TableCsvJson format;

    @Option(names = "--list", description = "List every fault with its class representative.")
    boolean list;

    @Option(names = "--collapsed", description = "List only the class representatives, with their class sizes (implies --list).")
    boolean collapsed;

    @Mixin
    ReadOptions read;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Netlist n = read.load(circuit);
        CollapsedFaults c = FaultCollapsing.collapse(n);
        List<Map<String, Object>> rows = collapsed ? representatives(n, c) : (list ? everyFault(n, c) : null);
        PrintWriter out = spec.commandLine().getOut();
        if (format.get() == Format.json) {
            Map<String, Object> m = summary(n, c);
            m.put("faults", rows);
            out.println(Json.write(m));
        } else if (rows == null) {
            Table t = new Table("property", "value");
            for (Map.Entry<String, Object> e : summary(n, c).entrySet()) {
                t.row(e.getKey(), e.getValue());
            }
            out.print(format.get() == Format.csv ? t.csv() : t.text());
        } else if (format.get() == Format.csv) {
            out.print(dev.tmrkit.cli.output.Records.csv(rows));
        } else {
            Table t = new Table(rows.get(0).keySet().toArray(new String[0]));
            for (Map<String, Object> r : rows) {
                t.row(r.values().stream().map(v -> v instanceof Map<?, ?> f ? f.get("site") + " " + f.get("fault") : v).toArray());
            }
            out.print(t.text());
        }
        out.flush();
        return 0;
    }

    /** Totals first, as scripts read them; then where they come from. */
    private static Map<String, Object> summary(Netlist n, CollapsedFaults c) {
        int stems = 0;
        int branches = 0;
        for (int i = 0; i < c.total(); i += 2) {
            if (c.all().get(i).site() instanceof Site.Stem) {
                stems++;
            } else {
                branches++;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", c.total());
        m.put("collapsed", c.collapsed());
        m.put("circuit", n.name());
        m.put("stems", stems);
        m.put("branches", branches);
        m.put("ratio", Math.round(1000.0 * c.collapsed() / Math.max(1, c.total())) / 1000.0);
        return m;
    }

    private static List<Map<String, Object>> everyFault(Netlist n, CollapsedFaults c) {
        List<Map<String, Object>> rows = new ArrayList<>(c.total());
        for (int i = 0; i < c.total(); i++) {
            Map<String, Object> r = describe(n, c.all().get(i));
            r.put("class", c.classOf(i));
            Map<String, Object> rep = describe(n, c.representativeOf(i));
            rep.remove("kind");
            r.put("representative", rep);
            rows.add(r);
        }
        return rows;
    }

    private static List<Map<String, Object>> representatives(Netlist n, CollapsedFaults c) {
        int[] sizes = c.classSizes();
        List<Map<String, Object>> rows = new ArrayList<>(c.collapsed());
        for (int k = 0; k < c.collapsed(); k++) {
            Map<String, Object> r = describe(n, c.representatives().get(k));
            r.put("class", k);
            r.put("size", sizes[k]);
            rows.add(r);
        }
        return rows;
    }

    private static Map<String, Object> describe(Netlist n, Fault f) {
        Map<String, Object> r = new LinkedHashMap<>();
        Site s = f.site();
        r.put("site", s.describe(n));
        r.put("kind", s instanceof Site.Stem ? "stem" : s instanceof Site.Branch ? "branch" : "port");
        r.put("fault", ((StuckAt) f).value() ? "sa1" : "sa0");
        return r;
    }
}
