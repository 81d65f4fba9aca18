package dev.tmrkit.circuits.io;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.io.verilog.write.VerilogWriter;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

/**
 * Netlists whose nets have hostile names ({@link HostileNames}: quotes, backslashes, Verilog keywords, leading
 * digits, {@code $tmr$} look-alikes, comment syntax) written as Verilog and read back by Yosys (an independent
 * Verilog parser) and tmrkit's Yosys JSON reader: the ports come back with the same names in the same order,
 * every gate output name survives as a net, and the function is the same.
 */
class HostileVerilogRoundTripTest {
    @TempDir
    Path dir;

    private Netlist throughYosys(Netlist n) throws IOException {
        Path v = dir.resolve("h.v");
        NetlistFiles.write(n, v);
        ExternalTool.Result y = ExternalTool.yosys(dir, "read_verilog h.v; hierarchy -auto-top; proc; flatten; techmap; "
                + "opt_clean; write_json h.json");
        assertEquals(0, y.exitCode(), y.output() + "\n" + Files.readString(v));
        return NetlistFiles.read(dir.resolve("h.json"));
    }

    @Test
    void hostileNamesSurviveVerilogThroughYosys() {
        ExternalTool.requireWorking(ExternalTool.YOSYS);
        qt().withExamples(12).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            HostileNames.Renamed h = HostileNames.netlist(r, false, 5, 14, r.nextBoolean() ? 3 : 0);
            Netlist n = h.netlist();
            try {
                Netlist back = throughYosys(n);
                // the oracle for which nets Yosys keeps: the same netlist with plain names
                Netlist plainBack = throughYosys(h.plain());
                List<String> clock = VerilogWriter.clockPort(n).stream().toList();
                List<String> inputs = new ArrayList<>(back.inputNames());
                inputs.removeAll(clock);
                List<String> plainInputs = new ArrayList<>(plainBack.inputNames());
                plainInputs.removeAll(VerilogWriter.clockPort(h.plain()).stream().toList());
                assertEquals(n.inputNames(), inputs, "input names, in order");
                assertEquals(plainInputs.stream().map(h.names()::get).toList(), inputs, "the inputs the plain netlist keeps");
                assertEquals(VerilogWriter.outputPorts(n), back.outputNames(), "output names, in order");
                TreeSet<String> expected = new TreeSet<>();
                TreeSet<String> found = new TreeSet<>();
                for (int g = 0; g < h.plain().gateCount(); g++) {
                    String plain = h.plain().netName(h.plain().gateOutput(g));
                    if (plainBack.findNet(plain).isPresent()) {
                        expected.add(h.names().get(plain));
                    }
                    if (back.findNet(h.names().get(plain)).isPresent()) {
                        found.add(h.names().get(plain));
                    }
                }
                assertEquals(expected, found, "gate outputs kept by name exactly where plain names are kept");
                if (clock.isEmpty() && back.inputCount() == n.inputCount()) {
                    assertEquals(Optional.empty(), SameFunction.compare(n, back, SameFunction.byPosition(n, back), 2, 1, seed));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
