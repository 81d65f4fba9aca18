package dev.tmrkit.gates.eval;

import java.util.Arrays;

/**
 * The fanout structure of a combinational {@link CompiledEvaluator} that {@link StuckAtPropagator} works on,
 * computed once per circuit and shared by every propagator (it holds no simulation state): the readers of each
 * net, the output ports on each net, and the fanout stem of each net's fanout-free region.
 */
public final class FanoutRegions {
    final CompiledEvaluator compiled;
    /** Readers (topological positions) of net n: {@code readers[readerStart[n] .. readerStart[n+1])}. */
    final int[] readerStart;
    final int[] readers;
    /** Output indices on net n: {@code outputsOn[outputStart[n] .. outputStart[n+1])}. */
    final int[] outputStart;
    final int[] outputsOn;
    /** Per net, the stem of its fanout-free region. */
    final int[] stemOf;

    private FanoutRegions(CompiledEvaluator c) {
        this.compiled = c;
        int nets = c.netCount;
        int g = c.op.length;
        readerStart = new int[nets + 1];
        for (int p = 0; p < c.in.length; p++) {
            readerStart[c.in[p] + 1]++;
        }
        for (int n = 0; n < nets; n++) {
            readerStart[n + 1] += readerStart[n];
        }
        readers = new int[c.in.length];
        int[] fill = Arrays.copyOf(readerStart, nets);
        for (int k = 0; k < g; k++) {
            for (int p = c.inStart[k]; p < c.inStart[k + 1]; p++) {
                readers[fill[c.in[p]]++] = k;
            }
        }
        outputStart = new int[nets + 1];
        for (int o : c.outputs) {
            outputStart[o + 1]++;
        }
        for (int n = 0; n < nets; n++) {
            outputStart[n + 1] += outputStart[n];
        }
        outputsOn = new int[c.outputs.length];
        int[] ofill = Arrays.copyOf(outputStart, nets);
        for (int i = 0; i < c.outputs.length; i++) {
            outputsOn[ofill[c.outputs[i]]++] = i;
        }
        stemOf = stems(c);
    }

    /**
     * The regions of {@code compiled}.
     *
     * @throws IllegalArgumentException when the netlist has flip-flops
     */
    public static FanoutRegions of(CompiledEvaluator compiled) {
        if (compiled.dffGate.length > 0) {
            throw new IllegalArgumentException("event-driven propagation needs a combinational netlist");
        }
        return new FanoutRegions(compiled);
    }

    /**
     * A net is a stem when it does not feed exactly one gate pin and nothing else (several readers, an
     * output port, or no reader); any other net belongs to the region of its only reader's output.
     */
    private int[] stems(CompiledEvaluator c) {
        int nets = c.netCount;
        int[] stem = new int[nets];
        boolean[] single = new boolean[nets];
        for (int n = 0; n < nets; n++) {
            single[n] = readerStart[n + 1] - readerStart[n] == 1 && outputStart[n + 1] == outputStart[n];
            stem[n] = n;
        }
        // a net's only reader comes later in topological order, so its region is known when we get to it
        for (int k = c.op.length - 1; k >= 0; k--) {
            int region = stem[c.out[k]];
            for (int p = c.inStart[k]; p < c.inStart[k + 1]; p++) {
                if (single[c.in[p]]) {
                    stem[c.in[p]] = region;
                }
            }
        }
        return stem;
    }

    /** The fanout stem whose fanout-free region holds {@code net}: the net itself when it is a stem. */
    public int stemOf(int net) {
        return stemOf[net];
    }
}
