package dev.tmrkit.cli.tmr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tmrkit check-tmr}: exit 0 when the redundancy is intact, 1 when it is gone, 2 for bad input. */
class CheckTmrCommandTest {
    /** Kept TMR designs (tmr's arguments before -o) that the Yosys tests synthesise. */
    private static final List<List<String>> DESIGNS = List.of(List.of("c17"), List.of("c17", "--scope", "gates"),
            List.of("counter:3", "--scope", "registers"), List.of("s27", "--scope", "registers", "--voters", "single"));

    @TempDir
    Path tmp;

    @Test
    void intactMergedAndPlainNetlistsGetTheirExitCodes() throws IOException {
        Path tmr = tmp.resolve("t.bench");
        assertEquals(0, Cli.run("tmr", "counter:3", "--scope", "registers", "-o", tmr.toString()).code());
        Cli intact = Cli.run("check-tmr", tmr.toString());
        assertEquals(0, intact.code(), intact.err());
        assertTrue(intact.out().contains("verdict  redundancy intact: three distinct replicas"), intact.out());

        // replica C merged into replica B, as a synthesis tool that merges identical logic would leave it
        StringBuilder merged = new StringBuilder();
        for (String line : Files.readAllLines(tmr)) {
            if (!line.startsWith("$tmr$C$")) {
                merged.append(line.replace("$tmr$C$", "$tmr$B$")).append('\n');
            }
        }
        Path m = tmp.resolve("m.bench");
        Files.writeString(m, merged);
        Cli gone = Cli.run("check-tmr", m.toString());
        assertEquals(1, gone.code(), gone.out() + gone.err());
        assertTrue(gone.out().contains("verdict  redundancy merged away"), gone.out());
        assertTrue(gone.out().contains("C has 0 gates, 0 flip-flops"), gone.out());

        Cli plain = Cli.run("check-tmr", "c17");
        assertEquals(1, plain.code());
        assertTrue(plain.out().contains("not recognised as a TMR netlist"), plain.out());
        assertEquals(2, Cli.run("check-tmr", tmp.resolve("missing.bench").toString()).code());
    }

    /**
     * The written module is named after the original ({@code module c17}); after a synthesis that merged every
     * replica, the guard still says merged (exit 1, "merged away"), not "not recognised", in Yosys's JSON.
     */
    @Test
    void tmrVerilogNamedAsTheOriginalIsReportedMergedOrIntactAfterYosysSynth() throws IOException {
        ExternalTool.requireWorking(ExternalTool.YOSYS);
        for (boolean flat : new boolean[] {true, false}) {
            Path v = tmp.resolve(flat ? "flat.v" : "kept.v");
            Cli tmr = flat ? Cli.run("tmr", "c17", "--flat-verilog", "-o", v.toString()) : Cli.run("tmr", "c17", "-o", v.toString());
            assertEquals(0, tmr.code(), tmr.err());
            assertTrue(Files.readString(v).contains("(* tmrkit_netlist = \"c17-tmr\" *)\nmodule c17 ("));
            Path json = tmp.resolve(flat ? "flat.json" : "kept.json");
            ExternalTool.yosys(tmp, "read_verilog " + v.getFileName() + "; synth -flatten -top c17;"
                    + " setattr -mod -unset keep_hierarchy; flatten; opt_clean; write_json " + json.getFileName());
            Cli check = Cli.run("check-tmr", json.toString());
            assertEquals(flat ? 1 : 0, check.code(), check.out() + check.err());
            assertTrue(check.out().contains(flat ? "verdict  redundancy merged away: A has 0 gates"
                    : "verdict  redundancy intact: three distinct replicas"), check.out());
            assertTrue(check.out().startsWith("circuit  c17-tmr ("), check.out());
        }
    }

    /**
     * Yosys's BLIF of kept TMR Verilog names each voter's output twice: {@code $tmr$u$0.o0} inside the flattened
     * instance and {@code 22} outside it, a buffer of it (and replica ports {@code $tmr$A.$tmr$voteA$d0} that buffer
     * the voter outputs they read). Each voter is counted once: as many as {@code tmr} says it inserted.
     */
    @Test
    void yosysBlifCountsEachVoterOnceNotItsBufferedCopies() throws IOException {
        ExternalTool.requireWorking(ExternalTool.YOSYS);
        for (List<String> design : DESIGNS) {
            Path v = tmp.resolve("kept.v");
            Cli tmr = Cli.run(tmrArgs(design, v));
            assertEquals(0, tmr.code(), tmr.err());
            int inserted = inserted(tmr.out());
            String top = design.get(0).contains(":") ? "\\" + design.get(0) : design.get(0);
            ExternalTool.yosys(tmp, "read_verilog kept.v; synth -flatten -top " + top + "; setattr -mod -unset"
                    + " keep_hierarchy; flatten; opt_clean; write_blif syn.blif; write_json syn.json");
            for (String form : List.of("syn.blif", "syn.json")) {
                Cli check = Cli.run("check-tmr", tmp.resolve(form).toString());
                assertEquals(0, check.code(), design + " " + form + ": " + check.out() + check.err());
                assertTrue(check.out().contains("\nvoters   " + inserted + " (nets computing the majority"),
                        design + " " + form + ", " + inserted + " inserted: " + check.out());
            }
        }
    }

    /**
     * The gates column means the same whatever form the netlist comes in: one Yosys synthesis of kept TMR Verilog,
     * read as JSON, BLIF and Verilog (which name different nets after the replicas and add buffers for ports and
     * aliases), gives the same gates and flip-flops per replica; and a TMR netlist {@code tmr} writes without
     * synthesis has, per replica, the original's gates (without buffers and constants) and flip-flops, as
     * {@code tmrkit info} counts them on the original.
     */
    @Test
    void perReplicaGatesAgreeInEveryFormAndEqualTheOriginalsWithoutSynthesis() throws IOException {
        ExternalTool.requireWorking(ExternalTool.YOSYS);
        for (List<String> design : DESIGNS) {
            Path v = tmp.resolve("kept.v");
            assertEquals(0, Cli.run(tmrArgs(design, v)).code());
            String top = design.get(0).contains(":") ? "\\" + design.get(0) : design.get(0);
            ExternalTool.yosys(tmp, "read_verilog kept.v; synth -flatten -top " + top + "; write_verilog -noattr syn.v;"
                    + " setattr -mod -unset keep_hierarchy; flatten; opt_clean; write_blif syn.blif; write_json syn.json");
            List<List<Integer>> json = replicaRows(tmp.resolve("syn.json"));
            for (String form : List.of("syn.blif", "syn.v")) {
                assertEquals(json, replicaRows(tmp.resolve(form)), design + ": " + form + " against syn.json");
            }
            Cli info = Cli.run("info", design.get(0));
            int gates = infoCount(info.out(), "gates") - infoCount(info.out(), "  BUF") - infoCount(info.out(), "  CONST0")
                    - infoCount(info.out(), "  CONST1");
            List<Integer> original = List.of(gates, infoCount(info.out(), "dffs"));
            for (String written : List.of("t.bench", "t.blif", "t.v", "t.edf")) {
                assertEquals(0, Cli.run(tmrArgs(design, tmp.resolve(written))).code());
                assertEquals(List.of(original, original, original), replicaRows(tmp.resolve(written)),
                        design + " " + written + ": " + info.out());
            }
        }
    }

    private static String[] tmrArgs(List<String> design, Path out) {
        List<String> args = new ArrayList<>(List.of("tmr"));
        args.addAll(design);
        args.addAll(List.of("-o", out.toString()));
        return args.toArray(String[]::new);
    }

    /** check-tmr's table: per replica A, B, C its gates and flip-flops; the netlist must be intact. */
    private static List<List<Integer>> replicaRows(Path netlist) {
        Cli check = Cli.run("check-tmr", netlist.toString());
        assertEquals(0, check.code(), netlist + ": " + check.out() + check.err());
        List<List<Integer>> rows = new ArrayList<>();
        Matcher m = Pattern.compile("^[ABC] +(\\d+) +(\\d+) +\\d+$", Pattern.MULTILINE).matcher(check.out());
        while (m.find()) {
            rows.add(List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        assertEquals(3, rows.size(), check.out());
        return rows;
    }

    /** The number after {@code label} at the start of a line of {@code tmrkit info}, 0 when there is none. */
    private static int infoCount(String info, String label) {
        Matcher m = Pattern.compile("^" + Pattern.quote(label) + " +(\\d+)", Pattern.MULTILINE).matcher(info);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The voters {@code tmr} reports it inserted: single + triplicated + reduction, from its voters table. */
    private static int inserted(String tmrOut) {
        Matcher m = Pattern.compile("^(single|triplicated|reduction) +(\\d+)$", Pattern.MULTILINE).matcher(tmrOut);
        int sum = 0;
        int rows = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(2));
            rows++;
        }
        assertEquals(3, rows, tmrOut);
        return sum;
    }
}
