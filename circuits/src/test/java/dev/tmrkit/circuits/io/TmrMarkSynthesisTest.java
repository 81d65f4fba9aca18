package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.io.verilog.write.VerilogOptions;
import dev.tmrkit.circuits.io.verilog.write.VerilogWriter;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.check.TmrCheck;
import dev.tmrkit.circuits.tmr.hierarchy.TmrModules;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard after a real synthesis, with the TMR Verilog written as {@code tmr -o x.v} writes it: a module named
 * after the original ({@code module c17}, so the name {@code c17-tmr} is gone from the module), carrying the
 * netlist's name in {@code (* tmrkit_netlist = "c17-tmr" *)}. {@code yosys synth -flatten} of the kept Verilog is
 * INTACT, of the flat Verilog MERGED (its replicas merged into one) — in every form Yosys writes the result: JSON,
 * BLIF, Verilog with and without attributes — and the same flow on a plain design is NOT_TMR.
 */
class TmrMarkSynthesisTest {
    /** After synthesis, the kept instances flattened so that tmrkit reads one module; then every output form. */
    private static final String FLOW = "read_verilog t.v; synth -flatten -top %s; write_verilog -noattr syn-noattr.v;"
            + " write_verilog syn-attr.v; setattr -mod -unset keep_hierarchy; flatten; opt_clean; write_json syn.json;"
            + " write_blif syn.blif";
    private static final List<String> CIRCUITS = List.of("c17", "counter:3");
    private static final List<String> FORMS = List.of("syn.json", "syn.blif", "syn-noattr.v", "syn-attr.v");

    @TempDir
    Path dir;

    @BeforeAll
    static void tools() {
        ExternalTool.requireWorking(ExternalTool.YOSYS);
    }

    @Test
    void keptTmrVerilogNamedAsTheOriginalIsIntactAfterSynthesis() throws IOException {
        for (String circuit : CIRCUITS) {
            Netlist tmr = tmr(BuiltinCircuits.byName(circuit).orElseThrow());
            // one kept instance per replica, one per voter
            int voters = TmrModules.of(tmr).size() - 3;
            List<String> forms = synthesise(TmrModules.writer(asOriginal(circuit)).write(tmr), circuit);
            TmrCheck first = TmrCheck.of(NetlistFiles.read(dir.resolve(forms.get(0))));
            for (String form : forms) {
                TmrCheck check = TmrCheck.of(NetlistFiles.read(dir.resolve(form)));
                assertEquals(TmrCheck.Verdict.INTACT, check.verdict(), circuit + " " + form + ": " + check.describe());
                // Yosys's BLIF also names each voter output outside its instance, a buffer of it: counted once
                assertEquals(voters, check.voters(), circuit + " " + form + ": " + check.describe());
                // each form names other nets after the replicas and adds other buffers; the replicas' logic is one
                for (Replica r : Replica.values()) {
                    assertEquals(first.replicas().get(r).gates(), check.replicas().get(r).gates(), circuit + " " + form);
                    assertEquals(first.replicas().get(r).dffs(), check.replicas().get(r).dffs(), circuit + " " + form);
                }
            }
        }
    }

    @Test
    void flatTmrVerilogNamedAsTheOriginalIsMergedNotUnrecognisedAfterSynthesis() throws IOException {
        for (String circuit : CIRCUITS) {
            Netlist tmr = tmr(BuiltinCircuits.byName(circuit).orElseThrow());
            String written = new VerilogWriter(asOriginal(circuit)).write(tmr);
            assertTrue(written.contains("(* tmrkit_netlist = \"" + tmr.name() + "\" *)\nmodule " + module(circuit) + " ("),
                    written);
            for (String form : synthesise(written, circuit)) {
                Netlist back = NetlistFiles.read(dir.resolve(form));
                TmrCheck check = TmrCheck.of(back);
                assertEquals(TmrCheck.Verdict.MERGED, check.verdict(), circuit + " " + form + ": " + check.describe());
                assertEquals(0, check.voters(), circuit + " " + form + ": the merged voters read one replica");
                // what makes it MERGED rather than NOT_TMR: the name from the attribute, or replica names Yosys kept
                // as aliases of the merged nets (public wires survive opt_clean)
                boolean aliases = check.replicas().values().stream().anyMatch(p -> p.gates() > 0);
                assertTrue(aliases || back.name().equals(tmr.name()), circuit + " " + form + ": " + back.name());
            }
            // the forms that keep module attributes restore the netlist's name
            assertEquals(tmr.name(), NetlistFiles.read(dir.resolve("syn.json")).name());
            assertEquals(tmr.name(), NetlistFiles.read(dir.resolve("syn-attr.v")).name());
            assertEquals(module(circuit), NetlistFiles.read(dir.resolve("syn-noattr.v")).name());
        }
    }

    @Test
    void aPlainDesignThroughTheSameFlowIsNotTmr() throws IOException {
        for (String circuit : CIRCUITS) {
            Netlist original = BuiltinCircuits.byName(circuit).orElseThrow();
            for (String form : synthesise(new VerilogWriter(asOriginal(circuit)).write(original), circuit)) {
                TmrCheck check = TmrCheck.of(NetlistFiles.read(dir.resolve(form)));
                assertEquals(TmrCheck.Verdict.NOT_TMR, check.verdict(), circuit + " " + form + ": " + check.describe());
            }
        }
    }

    /** Runs {@link #FLOW} on {@code verilog}; the files it wrote. */
    private List<String> synthesise(String verilog, String circuit) throws IOException {
        Files.writeString(dir.resolve("t.v"), verilog);
        ExternalTool.yosys(dir, String.format(FLOW, module(circuit)));
        return FORMS;
    }

    private static Netlist tmr(Netlist original) {
        TmrOptions options = original.isSequential() ? TmrOptions.defaults().withScope(TmrOptions.Scope.REGISTERS)
                : TmrOptions.defaults();
        return new TmrPass(options).run(original).netlist();
    }

    /** The module name of the original design (a simple identifier: counter:3 becomes counter_3). */
    private static String module(String circuit) {
        return circuit.replace(':', '_');
    }

    /** Verilog options that name the module as {@code tmr -o} does: after the original. */
    private static VerilogOptions asOriginal(String circuit) {
        return VerilogOptions.defaults().withModule(module(circuit));
    }
}
