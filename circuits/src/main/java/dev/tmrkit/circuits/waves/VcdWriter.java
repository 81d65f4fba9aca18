package dev.tmrkit.circuits.waves;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link Waveform} as a Value Change Dump (IEEE 1364 §18) that GTKWave opens: a clock, and one
 * scope per circuit ({@code good}, and {@code faulty} beside it when there is a fault) with inputs,
 * outputs and flip-flops. One clock cycle is 10 time units; values change at the start of a cycle, the
 * clock rises in its middle.
 */
public final class VcdWriter {
    private static final int PERIOD = 10;

    private VcdWriter() {
    }

    public static void write(Waveform w, Writer out) throws IOException {
        out.write("$comment tmrkit: " + w.circuit() + (w.hasFault() ? ", fault " + w.fault() : "") + " $end\n");
        out.write("$timescale 1ns $end\n");
        out.write("$scope module " + identifier(w.circuit()) + " $end\n");
        out.write("$var wire 1 ! clk $end\n");
        scope(out, w, "good", 0);
        if (w.hasFault()) {
            scope(out, w, "faulty", w.signals().size());
        }
        out.write("$upscope $end\n$enddefinitions $end\n");
        boolean[] last = null;
        boolean[] lastBad = null;
        for (int c = 0; c < w.cycles(); c++) {
            out.write("#" + (c * PERIOD) + "\n");
            out.write(c == 0 ? "$dumpvars\n0!\n" : "0!\n");
            last = changes(out, w.good()[c], last, 0);
            if (w.hasFault()) {
                lastBad = changes(out, w.faulty()[c], lastBad, w.signals().size());
            }
            if (c == 0) {
                out.write("$end\n");
            }
            out.write("#" + (c * PERIOD + PERIOD / 2) + "\n1!\n");
        }
        out.write("#" + (w.cycles() * PERIOD) + "\n0!\n");
    }

    private static void scope(Writer out, Waveform w, String name, int offset) throws IOException {
        out.write("$scope module " + name + " $end\n");
        for (Waveform.Kind kind : Waveform.Kind.values()) {
            out.write("$scope module " + kind.name().toLowerCase(java.util.Locale.ROOT) + "s $end\n");
            for (int s = 0; s < w.signals().size(); s++) {
                Waveform.Signal sig = w.signals().get(s);
                if (sig.kind() == kind) {
                    String type = kind == Waveform.Kind.REGISTER ? "reg" : "wire";
                    out.write("$var " + type + " 1 " + code(offset + s) + " " + identifier(sig.name()) + " $end\n");
                }
            }
            out.write("$upscope $end\n");
        }
        out.write("$upscope $end\n");
    }

    private static boolean[] changes(Writer out, boolean[] now, boolean[] before, int offset) throws IOException {
        for (int s = 0; s < now.length; s++) {
            if (before == null || before[s] != now[s]) {
                out.write((now[s] ? '1' : '0') + code(offset + s) + "\n");
            }
        }
        return now;
    }

    /** Short identifier codes: base 93 over the printable ASCII characters after '!', which is the clock's. */
    static String code(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index;
        do {
            sb.append((char) ('"' + n % 93));
            n /= 93;
        } while (n > 0);
        return sb.toString();
    }

    /** VCD references may not contain white space; escape it. */
    static String identifier(String name) {
        StringBuilder sb = new StringBuilder();
        for (char ch : name.toCharArray()) {
            sb.append(ch <= ' ' || ch > '~' ? '_' : ch);
        }
        return sb.length() == 0 ? "_" : sb.toString();
    }
}
