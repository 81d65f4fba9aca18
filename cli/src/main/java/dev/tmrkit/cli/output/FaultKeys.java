package dev.tmrkit.cli.output;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fault as reports write it: {@code {"site":…,"fault":"sa0"|"sa1"|"flip","cycle":…}}, the site as the netlist
 * names it (a fanout branch as {@code stem>sink.pin}), the cycle of a flip (null for a stuck-at fault) — three
 * values, where a text report writes {@code 393>429.1 sa1}.
 */
public final class FaultKeys {
    private FaultKeys() {
    }

    public static Map<String, Object> of(Netlist netlist, Fault f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", f.site().describe(netlist));
        m.put("fault", f instanceof StuckAt s ? (s.value() ? "sa1" : "sa0") : "flip");
        m.put("cycle", f instanceof BitFlip b ? b.cycle() : null);
        return m;
    }
}
