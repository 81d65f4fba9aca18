package dev.tmrkit.circuits.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Random and-inverter graphs in binary-compatible order (inputs, latches, then AND gates whose inputs are
 * smaller literals), written as ASCII and binary AIGER by this independent little encoder, and simulated by
 * {@link #simulate}, a direct reading of the AIGER semantics: the oracle for the reader.
 */
final class RandomAigs {
    final int inputs;
    final int latches;
    final int[] next;
    final int[] reset;
    final int[] outputs;
    final int[] rhs0;
    final int[] rhs1;
    final String[] inputNames;
    final String[] outputNames;

    private RandomAigs(SplittableRandom r, int maxInputs, int maxLatches, int maxAnds) {
        inputs = r.nextInt(maxInputs + 1);
        latches = r.nextInt(maxLatches + 1);
        int ands = r.nextInt(maxAnds + 1);
        int maxVar = inputs + latches + ands;
        rhs0 = new int[ands];
        rhs1 = new int[ands];
        for (int k = 0; k < ands; k++) {
            int lhs = 2 * (inputs + latches + k + 1);
            int a = r.nextInt(lhs);
            int b = r.nextInt(lhs);
            rhs0[k] = Math.max(a, b);
            rhs1[k] = Math.min(a, b);
        }
        next = new int[latches];
        reset = new int[latches];
        for (int k = 0; k < latches; k++) {
            next[k] = r.nextInt(2 * maxVar + 2);
            reset[k] = r.nextInt(3) == 0 ? 1 : 0;
        }
        outputs = new int[1 + r.nextInt(4)];
        for (int k = 0; k < outputs.length; k++) {
            outputs[k] = r.nextInt(2 * maxVar + 2);
        }
        inputNames = new String[inputs];
        for (int k = 0; k < inputs; k++) {
            inputNames[k] = r.nextBoolean() ? "in" + k : null;
        }
        outputNames = new String[outputs.length];
        for (int k = 0; k < outputs.length; k++) {
            outputNames[k] = r.nextBoolean() ? "out" + k : null;
        }
    }

    static RandomAigs generate(SplittableRandom r, int maxInputs, int maxLatches, int maxAnds) {
        return new RandomAigs(r, maxInputs, maxLatches, maxAnds);
    }

    int maxVar() {
        return inputs + latches + rhs0.length;
    }

    private String header(String magic) {
        return magic + " " + maxVar() + " " + inputs + " " + latches + " " + outputs.length + " " + rhs0.length + "\n";
    }

    private String latchLine(int k) {
        return next[k] + (reset[k] == 1 ? " 1" : "") + "\n";
    }

    private String symbols() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < inputs; k++) {
            if (inputNames[k] != null) {
                sb.append('i').append(k).append(' ').append(inputNames[k]).append('\n');
            }
        }
        for (int k = 0; k < outputs.length; k++) {
            if (outputNames[k] != null) {
                sb.append('o').append(k).append(' ').append(outputNames[k]).append('\n');
            }
        }
        return sb.append("c\nrandom\n").toString();
    }

    String ascii() {
        StringBuilder sb = new StringBuilder(header("aag"));
        for (int k = 0; k < inputs; k++) {
            sb.append(2 * (k + 1)).append('\n');
        }
        for (int k = 0; k < latches; k++) {
            sb.append(2 * (inputs + k + 1)).append(' ').append(latchLine(k));
        }
        for (int o : outputs) {
            sb.append(o).append('\n');
        }
        for (int k = 0; k < rhs0.length; k++) {
            sb.append(2 * (inputs + latches + k + 1)).append(' ').append(rhs0[k]).append(' ').append(rhs1[k]).append('\n');
        }
        return sb.append(symbols()).toString();
    }

    byte[] binary() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder sb = new StringBuilder(header("aig"));
        for (int k = 0; k < latches; k++) {
            sb.append(latchLine(k));
        }
        for (int o : outputs) {
            sb.append(o).append('\n');
        }
        out.writeBytes(sb.toString().getBytes(StandardCharsets.US_ASCII));
        for (int k = 0; k < rhs0.length; k++) {
            int lhs = 2 * (inputs + latches + k + 1);
            varint(out, lhs - rhs0[k]);
            varint(out, rhs0[k] - rhs1[k]);
        }
        out.writeBytes(symbols().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, int x) {
        while ((x & ~0x7F) != 0) {
            out.write((x & 0x7F) | 0x80);
            x >>>= 7;
        }
        out.write(x);
    }

    /** Output values per cycle (bit l = lane l) for 64 lanes of input words {@code in[cycle][input]}. */
    long[][] simulate(long[][] in) {
        long[] state = new long[latches];
        for (int k = 0; k < latches; k++) {
            state[k] = reset[k] == 1 ? -1L : 0L;
        }
        long[][] out = new long[in.length][outputs.length];
        long[] var = new long[maxVar() + 1];
        for (int c = 0; c < in.length; c++) {
            for (int k = 0; k < inputs; k++) {
                var[k + 1] = in[c][k];
            }
            for (int k = 0; k < latches; k++) {
                var[inputs + k + 1] = state[k];
            }
            for (int k = 0; k < rhs0.length; k++) {
                var[inputs + latches + k + 1] = lit(var, rhs0[k]) & lit(var, rhs1[k]);
            }
            for (int k = 0; k < outputs.length; k++) {
                out[c][k] = lit(var, outputs[k]);
            }
            for (int k = 0; k < latches; k++) {
                state[k] = lit(var, next[k]);
            }
        }
        return out;
    }

    private static long lit(long[] var, int lit) {
        long v = var[lit >> 1]; // var[0] stays 0: the constant false
        return (lit & 1) == 1 ? ~v : v;
    }
}
