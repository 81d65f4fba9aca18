package dev.tmrkit.circuits.waves;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import dev.tmrkit.gates.fault.Fault;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a netlist clock by clock from reset on given input vectors and records every primary input,
 * output and flip-flop (its value during the cycle), for the good circuit and optionally a faulty one.
 * Lane 0 of a one-word simulation carries the good circuit; the faulty one runs in its own simulation.
 */
public final class SequentialTrace {
    private SequentialTrace() {
    }

    public static Waveform record(Netlist n, List<boolean[]> inputsPerCycle, List<? extends Fault> faults, String faultLabel) {
        List<Waveform.Signal> signals = new ArrayList<>();
        for (String in : n.inputNames()) {
            signals.add(new Waveform.Signal(in, Waveform.Kind.INPUT));
        }
        List<String> outs = n.outputNames();
        for (int o = 0; o < outs.size(); o++) {
            // an output listed twice is two ports: keep both, distinguishable
            String name = outs.indexOf(outs.get(o)) == o ? outs.get(o) : outs.get(o) + "#" + o;
            signals.add(new Waveform.Signal(name, Waveform.Kind.OUTPUT));
        }
        int[] dffs = n.dffGates();
        for (int g : dffs) {
            signals.add(new Waveform.Signal(n.netName(n.gate(g).output()), Waveform.Kind.REGISTER));
        }
        boolean[][] good = run(n, inputsPerCycle, List.of(), signals.size());
        boolean[][] bad = faults.isEmpty() ? null : run(n, inputsPerCycle, faults, signals.size());
        return new Waveform(n.name(), signals, good, bad, faults.isEmpty() ? null : faultLabel);
    }

    private static boolean[][] run(Netlist n, List<boolean[]> inputs, List<? extends Fault> faults, int width) {
        Simulation sim = CompiledEvaluator.compile(n).newSimulation(1).setFaults(faults);
        int[] dffs = n.dffGates();
        boolean[][] rows = new boolean[inputs.size()][width];
        for (int c = 0; c < inputs.size(); c++) {
            boolean[] in = inputs.get(c);
            for (int i = 0; i < in.length; i++) {
                sim.setInput(i, 0, in[i] ? 1L : 0L);
            }
            sim.evaluate();
            int s = 0;
            for (int i = 0; i < in.length; i++) {
                rows[c][s++] = in[i];
            }
            for (int o = 0; o < n.outputCount(); o++) {
                rows[c][s++] = (sim.output(o, 0) & 1) != 0;
            }
            for (int g : dffs) {
                rows[c][s++] = (sim.net(n.gate(g).output(), 0) & 1) != 0;
            }
            sim.clock();
        }
        return rows;
    }
}
