package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.blif.BlifReader;
import dev.tmrkit.circuits.io.verilog.write.VerilogOptions;
import dev.tmrkit.circuits.io.verilog.write.VerilogWriter;
import dev.tmrkit.circuits.io.yosys.YosysJsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** --clock NAME in every format that has a clock net, and the clock each reader reports so a writer keeps its name. */
class ClockChoiceTest {
    private static final String JSON = "{\"modules\": {\"m\": {\"ports\": {"
            + "\"ck\": {\"direction\": \"input\", \"bits\": [2]}, \"d\": {\"direction\": \"input\", \"bits\": [3]},"
            + " \"q\": {\"direction\": \"output\", \"bits\": [4]}},"
            + " \"cells\": {\"f\": {\"type\": \"$_DFF_P_\", \"connections\": {\"C\": [2], \"D\": [3], \"Q\": [4]}}}}}}";
    private static final String LATCH = ".model t\n.inputs ck d\n.outputs q\n.latch d q re ck 0\n.end\n";

    @Test
    void theClockIsReportedAndCanBeRequiredByName() throws IOException {
        ClockedNetlist json = new YosysJsonReader().withClock("ck").readClocked("m.json", new StringReader(JSON));
        assertEquals(Optional.of("ck"), json.clock());
        assertEquals(List.of("d"), json.netlist().inputNames());
        ClockedNetlist blif = new BlifReader().withClock("ck").readClocked("t.blif", new StringReader(LATCH));
        assertEquals(Optional.of("ck"), blif.clock());
        assertEquals(List.of("d"), blif.netlist().inputNames());
        String verilog = new VerilogWriter(VerilogOptions.defaults().withClock(json.clock().get())).write(json.netlist());
        assertTrue(verilog.contains("module m (ck, d, q);") && verilog.contains("always @(posedge ck)"), verilog);
    }

    @Test
    void aNameThatClocksNothingIsRefusedAtTheFlipFlop() {
        ParseException json = assertThrows(ParseException.class,
                () -> new YosysJsonReader().withClock("d").parse("m.json", JSON));
        assertTrue(json.getMessage().matches("m\\.json:1:\\d+: --clock d: 'd' does not feed the flip-flops' clock; they are"
                + " clocked by 'ck'"), json.getMessage());
        ParseException blif = assertThrows(ParseException.class, () -> new BlifReader().withClock("d").parse("t.blif", LATCH));
        assertEquals("t.blif:4:15: --clock d: 'd' does not feed the flip-flops' clock; they are clocked by 'ck'", blif.getMessage());
        ParseException none = assertThrows(ParseException.class, () -> new BlifReader().withClock("ck")
                .parse("c.blif", ".model c\n.inputs a\n.outputs y\n.names a y\n0 1\n.end\n"));
        assertTrue(none.getMessage().contains("--clock ck: no flip-flop names a clock net"), none.getMessage());
        IllegalArgumentException bench = assertThrows(IllegalArgumentException.class, () -> new BenchReader().withClock("clk"));
        assertTrue(bench.getMessage().contains("this format has no clock net"), bench.getMessage());
    }
}
