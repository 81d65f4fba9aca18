package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.io.verilog.write.VerilogWriter;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.testing.RandomNetlists;
import dev.tmrkit.testing.Corpus;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Yosys as an independent reader (needs {@code yosys}; see {@link ExternalTool}): a netlist written by tmrkit
 * as BLIF and as Verilog, read by Yosys, lowered to its gate cells and written as JSON, reads back into tmrkit
 * with the same ports (matched by name) and the same function: on random vectors for combinational circuits,
 * over random sequences of cycles from reset for sequential ones. The Yosys scripts:
 * <pre>
 * read_blif X.blif; proc; opt_clean; techmap; opt; write_json X.blif.json
 * read_verilog X.v; proc; opt_clean; techmap; opt; write_json X.v.json
 * </pre>
 */
class YosysRoundTripTest {
    private static final String LOWER = "proc; opt_clean; techmap; opt";

    @BeforeAll
    static void tools() {
        ExternalTool.requireWorking(ExternalTool.YOSYS);
    }

    private static Netlist bench(String folder, String name) throws IOException {
        return new BenchReader().read(Corpus.file(folder, name + ".bench"));
    }

    private static Map<String, Netlist> combinational() throws IOException {
        Map<String, Netlist> m = new java.util.LinkedHashMap<>();
        for (String c : List.of("c17", "c432", "c499", "c880", "c2670", "c6288")) {
            m.put(c, bench("iscas85", c));
        }
        m.put("c432 TMR", new TmrPass(TmrOptions.defaults()).apply(bench("iscas85", "c432")));
        m.put("c17 TMR, gates scope", new TmrPass(TmrOptions.defaults().withScope(TmrOptions.Scope.GATES)).apply(bench("iscas85", "c17")));
        SplittableRandom r = new SplittableRandom(0x4057);
        for (int k = 0; k < 3; k++) {
            m.put("random " + k, RandomNetlists.generate(r.split(), 8, 60, 0));
        }
        return m;
    }

    private static Map<String, Netlist> sequential() throws IOException {
        Map<String, Netlist> m = new java.util.LinkedHashMap<>();
        m.put("s27", bench("iscas89", "s27"));
        m.put("s298", bench("iscas89", "s298"));
        Netlist counter = BuiltinCircuits.byName("counter:3").orElseThrow();
        m.put("counter:3", counter);
        m.put("counter:3 TMR, registers scope", new TmrPass(TmrOptions.defaults().withScope(TmrOptions.Scope.REGISTERS)).apply(counter));
        SplittableRandom r = new SplittableRandom(0x5E9);
        for (int k = 0; k < 2; k++) {
            m.put("random sequential " + k, RandomNetlists.generate(r.split(), 5, 40, 5));
        }
        return m;
    }

    @Test
    void combinationalNetlistsSurviveYosys(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), roundTrips(dir, combinational(), 1));
    }

    @Test
    void sequentialNetlistsSurviveYosysCycleByCycle(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), roundTrips(dir, sequential(), 40));
    }

    /**
     * A finding, kept as a test: Yosys's {@code opt} (its {@code opt_merge} pass) merges the three replicas of a TMR
     * netlist back into one. The function survives, the redundancy does not: a TMR counter's nine flip-flops come
     * back as three. Without {@code opt} the structure survives intact.
     */
    @Test
    void yosysOptMergesTheReplicasOfATmrNetlist(@TempDir Path dir) throws IOException {
        Netlist counter = BuiltinCircuits.byName("counter:3").orElseThrow();
        Netlist tmr = new TmrPass(TmrOptions.defaults().withScope(TmrOptions.Scope.REGISTERS)).apply(counter);
        NetlistFiles.write(tmr, dir.resolve("tmr.v"));
        ExternalTool.yosys(dir, "read_verilog tmr.v; proc; opt_clean; techmap; write_json kept.json; design -reset;"
                + " read_verilog tmr.v; " + LOWER + "; write_json merged.json");
        Netlist kept = NetlistFiles.read(dir.resolve("kept.json"));
        Netlist merged = NetlistFiles.read(dir.resolve("merged.json"));
        assertEquals(9, tmr.stats().dffs());
        assertEquals(9, kept.stats().dffs(), "without opt");
        assertEquals(3, merged.stats().dffs(), "with opt: one flip-flop per counter bit, as before TMR");
        for (Netlist back : List.of(kept, merged)) {
            assertEquals(Optional.empty(), SameFunction.compare(tmr, back, SameFunction.byPosition(tmr, back), 4, 40, 3));
        }
    }

    /** Every netlist through both routes; the differences found (none, we hope). */
    private static List<String> roundTrips(Path dir, Map<String, Netlist> netlists, int cycles) throws IOException {
        List<String> differences = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, Netlist> e : netlists.entrySet()) {
            Netlist n = e.getValue();
            String stem = "n" + k++;
            NetlistFiles.write(n, dir.resolve(stem + ".blif"));
            NetlistFiles.write(n, dir.resolve(stem + ".v"));
            ExternalTool.yosys(dir, "read_blif " + stem + ".blif; " + LOWER + "; write_json " + stem + ".blif.json; design -reset; "
                    + "read_verilog " + stem + ".v; " + LOWER + "; write_json " + stem + ".v.json");
            Netlist viaBlif = NetlistFiles.read(dir.resolve(stem + ".blif.json"));
            Netlist viaVerilog = NetlistFiles.read(dir.resolve(stem + ".v.json"));
            List<String> verilogPorts = VerilogWriter.outputPorts(n);
            Map<String, String> renamed = new java.util.HashMap<>();
            for (int o = 0; o < n.outputCount(); o++) {
                renamed.putIfAbsent(n.outputNames().get(o), verilogPorts.get(o));
            }
            // when Yosys removes every flip-flop (none affects an output), the clock input reads nothing and stays
            Set<String> clock = viaVerilog.stats().dffs() == 0 ? Set.copyOf(VerilogWriter.clockPort(n).stream().toList()) : Set.of();
            compare(e.getKey() + " via BLIF", n, viaBlif, UnaryOperator.identity(), Set.of(), cycles).ifPresent(differences::add);
            compare(e.getKey() + " via Verilog", n, viaVerilog, renamed::get, clock, cycles).ifPresent(differences::add);
            assertEquals(n.inputNames(), viaVerilog.inputNames().stream().filter(i -> !clock.contains(i)).toList(),
                    e.getKey() + ": the clock input is dropped again");
            assertEquals(verilogPorts, viaVerilog.outputNames(), e.getKey() + ": Verilog output ports, in order");
            assertTrue(viaBlif.outputNames().containsAll(n.outputNames()), e.getKey() + ": BLIF output names kept");
            if (n.isSequential() && !e.getKey().startsWith("random")) {
                assertTrue(viaBlif.stats().dffs() > 0 && viaVerilog.stats().dffs() > 0, e.getKey() + ": flip-flops kept");
            }
        }
        return differences;
    }

    private static Optional<String> compare(String what, Netlist original, Netlist back, UnaryOperator<String> outputName,
                                            Set<String> unused, int cycles) {
        SameFunction.PortMap map = SameFunction.byName(original, back, outputName, unused);
        return SameFunction.compare(original, back, map, cycles == 1 ? 64 : 8, cycles, what.hashCode()).map(d -> what + ": " + d);
    }
}
