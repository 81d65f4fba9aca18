package dev.tmrkit.gates.eval;

import java.util.Arrays;

/**
 * The fanout of a combinational {@link CompiledEvaluator} as flat arrays, built once: the readers of each net,
 * the output ports on each net, each gate's logic level with level buckets for an event queue, and each net's
 * fanout-free region (the stem it reaches through single-reader nets). What {@link StuckAtPropagator} walks.
 */
final class FanoutStructure {
    /** Readers (topological positions) of net n: {@code readers[readerStart[n] .. readerStart[n+1])}. */
    final int[] readerStart;
    final int[] readers;
    /** Output indices on net n: {@code outputsOn[outputStart[n] .. outputStart[n+1])}. */
    final int[] outputStart;
    final int[] outputsOn;
    /** Logic level of each gate; level l's gates number {@code levelStart[l+1] - levelStart[l]}. */
    final int[] levelOf;
    final int[] levelStart;
    /** The number of logic levels. */
    final int depth;
    /** Per net, the stem of its fanout-free region. */
    final int[] stemOf;

    FanoutStructure(CompiledEvaluator c) {
        int nets = c.netCount;
        int g = c.op.length;
        readerStart = new int[nets + 1];
        for (int p = 0; p < c.in.length; p++) {
            readerStart[c.in[p] + 1]++;
        }
        prefixSums(readerStart);
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
        prefixSums(outputStart);
        outputsOn = new int[c.outputs.length];
        int[] ofill = Arrays.copyOf(outputStart, nets);
        for (int i = 0; i < c.outputs.length; i++) {
            outputsOn[ofill[c.outputs[i]]++] = i;
        }
        levelOf = new int[g];
        int[] netLevel = new int[nets];
        int d = 0;
        for (int k = 0; k < g; k++) {
            int l = 0;
            for (int p = c.inStart[k]; p < c.inStart[k + 1]; p++) {
                l = Math.max(l, netLevel[c.in[p]]);
            }
            levelOf[k] = l;
            netLevel[c.out[k]] = l + 1;
            d = Math.max(d, l + 1);
        }
        depth = d;
        levelStart = new int[depth + 1];
        for (int k = 0; k < g; k++) {
            levelStart[levelOf[k] + 1]++;
        }
        prefixSums(levelStart);
        stemOf = stems(c);
    }

    private static void prefixSums(int[] a) {
        for (int i = 0; i + 1 < a.length; i++) {
            a[i + 1] += a[i];
        }
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
}
