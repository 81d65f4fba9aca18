package dev.tmrkit.cli.circuit;

import dev.tmrkit.cli.output.OutputFiles;
import dev.tmrkit.cli.options.Limits;
import dev.tmrkit.cli.options.UserException;

import dev.tmrkit.circuits.waves.SequentialTrace;
import dev.tmrkit.circuits.waves.VcdWriter;
import dev.tmrkit.cli.output.ToolVersion;
import dev.tmrkit.circuits.waves.Waveform;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** {@code eval --cycles/--vectors} with a fault or a waveform: clock by clock, good and faulty side by side. */
public final class CycleRun {
    private final Netlist netlist;
    private final PrintWriter out;

    CycleRun(Netlist netlist, PrintWriter out) {
        this.netlist = netlist;
        this.out = out;
    }

    static List<boolean[]> random(Netlist n, int cycles, long seed) {
        Limits.check("--cycles", cycles, 1, (int) Limits.MAX_CYCLES);
        SplittableRandom r = new SplittableRandom(seed);
        List<boolean[]> v = new ArrayList<>();
        for (int c = 0; c < cycles; c++) {
            boolean[] in = new boolean[n.inputCount()];
            for (int i = 0; i < in.length; i++) {
                in[i] = r.nextBoolean();
            }
            v.add(in);
        }
        return v;
    }

    void run(List<boolean[]> inputs, Fault fault, Path vcd, boolean verbose) {
        run(inputs, fault, vcd, verbose, null);
    }

    /** As {@link #run(List, Fault, Path, boolean)}, the rows going to {@code rows} (CSV or JSON) when it is given. */
    void run(List<boolean[]> inputs, Fault fault, Path vcd, boolean verbose, EvalRows rows) {
        String label = fault == null ? null : fault.describe(netlist);
        Waveform w = SequentialTrace.record(netlist, inputs, fault == null ? List.of() : List.of(fault), label);
        int in = netlist.inputCount();
        int outs = netlist.outputCount();
        if (rows != null) {
            for (int c = 0; c < w.cycles(); c++) {
                rows.row(c, java.util.Arrays.copyOfRange(w.good()[c], 0, in), java.util.Arrays.copyOfRange(w.good()[c], in, in + outs),
                        fault == null ? null : java.util.Arrays.copyOfRange(w.faulty()[c], in, in + outs));
            }
            if (vcd != null) {
                writeAtomically(w, vcd);
            }
            return;
        }
        if (verbose || fault != null) {
            out.println("# cycle " + String.join(" ", netlist.inputNames()) + " | " + String.join(" ", netlist.outputNames())
                    + (fault != null ? " | with " + label : ""));
        }
        for (int c = 0; c < w.cycles(); c++) {
            String outputs = bits(w.good()[c], in, in + outs);
            if (verbose || fault != null) {
                String line = c + " " + bits(w.good()[c], 0, in) + " " + outputs;
                if (fault != null) {
                    String bad = bits(w.faulty()[c], in, in + outs);
                    line += " " + bad + (bad.equals(outputs) ? "" : "  <- differs");
                }
                out.println(line);
            } else {
                out.println(outputs);
            }
        }
        if (vcd != null) {
            writeAtomically(w, vcd);
        }
    }

    private static String bits(boolean[] row, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(row[i] ? '1' : '0');
        }
        return sb.toString();
    }

    private static void writeAtomically(Waveform w, Path file) {
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            VcdWriter.write(w, text, new VcdWriter.Header(ToolVersion.fileDate(), "tmrkit " + ToolVersion.version()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        OutputFiles.write(file, text.toString());
    }
}
