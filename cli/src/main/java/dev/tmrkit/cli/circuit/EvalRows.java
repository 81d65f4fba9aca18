package dev.tmrkit.cli.circuit;

import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.Table;
import dev.tmrkit.gates.Netlist;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code eval --format csv|json}, written row by row (a truth table has up to 2^20 rows). A row is
 * {@code {"cycle":…,"inputs":{NAME:0|1,…},"outputs":{NAME:0|1,…},"faultyOutputs":{…}|null,"differs":…|null}};
 * CSV has the columns {@code cycle, inputs.NAME…, outputs.NAME…, faultyOutputs.NAME…, differs}. The cycle is null
 * (empty) for a combinational evaluation; the faulty outputs and {@code differs} are null without {@code --fault}.
 * JSON wraps the rows as {@code {"circuit":…,"fault":…,"seed":…,"rows":[…]}}, the seed that of the random inputs of
 * {@code --cycles} (null otherwise).
 */
final class EvalRows implements AutoCloseable {
    private final PrintWriter out;
    private final Format format;
    private final Netlist netlist;
    private final boolean withFault;
    private boolean first = true;

    EvalRows(PrintWriter out, Format format, Netlist netlist, String fault, Long seed) {
        if (format == Format.table) {
            throw new IllegalArgumentException("the table is written by eval itself");
        }
        this.out = out;
        this.format = format;
        this.netlist = netlist;
        this.withFault = fault != null;
        if (format == Format.json) {
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("circuit", netlist.name());
            head.put("fault", fault);
            head.put("seed", seed);
            String h = Json.write(head);
            out.print(h.substring(0, h.length() - 1) + ",\"rows\":[");
        } else {
            List<String> header = new ArrayList<>(List.of("cycle"));
            netlist.inputNames().forEach(n -> header.add("inputs." + n));
            netlist.outputNames().forEach(n -> header.add("outputs." + n));
            if (withFault) {
                netlist.outputNames().forEach(n -> header.add("faultyOutputs." + n));
            }
            header.add("differs");
            out.print(new Table(header.toArray(new String[0])).csv());
        }
    }

    /** One evaluation: the inputs and outputs in declared order, the faulty outputs (or null), the cycle (or null). */
    void row(Integer cycle, boolean[] inputs, boolean[] outputs, boolean[] faulty) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("cycle", cycle);
        r.put("inputs", bits(netlist.inputNames(), inputs));
        r.put("outputs", bits(netlist.outputNames(), outputs));
        r.put("faultyOutputs", faulty == null ? null : bits(netlist.outputNames(), faulty));
        r.put("differs", faulty == null ? null : !java.util.Arrays.equals(outputs, faulty));
        if (format == Format.json) {
            out.print((first ? "" : ",") + Json.write(r));
        } else {
            List<Object> cells = new ArrayList<>();
            cells.add(cycle == null ? "" : cycle);
            for (boolean b : inputs) {
                cells.add(b ? 1 : 0);
            }
            for (boolean b : outputs) {
                cells.add(b ? 1 : 0);
            }
            if (withFault) {
                for (boolean b : faulty) {
                    cells.add(b ? 1 : 0);
                }
            }
            cells.add(faulty == null ? "" : r.get("differs"));
            out.print(Table.csvRecord(cells));
        }
        first = false;
    }

    private static Map<String, Object> bits(List<String> names, boolean[] values) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(names.get(i), values[i] ? 1 : 0);
        }
        return m;
    }

    @Override
    public void close() {
        if (format == Format.json) {
            out.println("]}");
        }
        out.flush();
    }
}
