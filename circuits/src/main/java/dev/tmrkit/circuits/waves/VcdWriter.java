package dev.tmrkit.circuits.waves;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link Waveform} as a Value Change Dump (IEEE 1364 §18) that GTKWave opens: a clock, and one
 * scope per circuit ({@code good}, and {@code faulty} beside it when there is a fault) with inputs,
 * outputs and flip-flops.
 *
 * <p>Timing, as a synchronous testbench would drive it: one clock cycle is 10 time units; cycle c starts
 * at 10·c with the clock low, when its inputs (and the outputs they give) change; the clock rises at
 * 10·c + 5, and that rising edge is when the flip-flops take their next value (the state of cycle c + 1).
 * So in a viewer the registers change exactly on the rising edge.
 *
 * <p>Signals named {@code base[i]} whose indices are contiguous form one vector {@code base [hi:lo]};
 * any other name is one bit. Scope names are reduced to letters, digits and {@code _}; variable names lose
 * white space and control characters, and a name that starts with {@code $} (a VCD keyword's mark) is
 * written as an escaped identifier.
 */
public final class VcdWriter {
    private static final int PERIOD = 10;
    private static final Pattern BIT = Pattern.compile("(.+)\\[(\\d{1,9})\\]");

    /** Header facts: the {@code $date} text (null leaves it out) and the writing tool's {@code $version}. */
    public record Header(String date, String version) {
    }

    private VcdWriter() {
    }

    /** Writes with a {@code $version} of plain "tmrkit" and no {@code $date}. */
    public static void write(Waveform w, Writer out) throws IOException {
        write(w, out, new Header(null, "tmrkit"));
    }

    public static void write(Waveform w, Writer out, Header header) throws IOException {
        List<Variable> vars = variables(w);
        if (header.date() != null) {
            out.write("$date " + comment(header.date()) + " $end\n");
        }
        out.write("$version " + comment(header.version()) + " $end\n");
        out.write("$comment tmrkit: " + comment(w.circuit()) + (w.hasFault() ? ", fault " + comment(w.fault()) : "")
                + " $end\n");
        out.write("$timescale 1ns $end\n");
        out.write("$scope module " + scopeName(w.circuit()) + " $end\n");
        out.write("$var wire 1 ! clk $end\n");
        scope(out, vars, "good", 0);
        if (w.hasFault()) {
            scope(out, vars, "faulty", vars.size());
        }
        out.write("$upscope $end\n$enddefinitions $end\n");
        String[] last = new String[2 * vars.size()];
        for (int c = 0; c < w.cycles(); c++) {
            out.write("#" + (c * PERIOD) + "\n");
            if (c == 0) {
                out.write("$dumpvars\n0!\n");
            } else {
                out.write("0!\n");
            }
            // inputs and outputs of cycle c; the registers too in cycle 0 (the reset state)
            changes(out, vars, w, c, last, c == 0 ? null : false);
            if (c == 0) {
                out.write("$end\n");
            }
            out.write("#" + (c * PERIOD + PERIOD / 2) + "\n1!\n");
            if (c + 1 < w.cycles()) {
                changes(out, vars, w, c + 1, last, true);
            }
        }
        out.write("#" + (w.cycles() * PERIOD) + "\n0!\n");
    }

    /** One VCD variable: a single signal, or a vector of signals {@code bits} from most to least significant. */
    private record Variable(String name, Waveform.Kind kind, int[] bits, String range) {
    }

    private static List<Variable> variables(Waveform w) {
        List<Variable> vars = new ArrayList<>();
        for (Waveform.Kind kind : Waveform.Kind.values()) {
            Map<String, List<int[]>> groups = new LinkedHashMap<>();
            List<Integer> order = new ArrayList<>();
            for (int s = 0; s < w.signals().size(); s++) {
                Waveform.Signal sig = w.signals().get(s);
                if (sig.kind() != kind) {
                    continue;
                }
                Matcher m = BIT.matcher(sig.name());
                String key = m.matches() ? m.group(1) : "\0" + s;
                int index = m.matches() ? Integer.parseInt(m.group(2)) : 0;
                if (!groups.containsKey(key)) {
                    order.add(s);
                }
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {index, s});
            }
            for (Map.Entry<String, List<int[]>> g : groups.entrySet()) {
                List<int[]> bits = g.getValue();
                if (g.getKey().startsWith("\0") || !contiguous(bits) || bits.size() == 1) {
                    for (int[] b : bits) {
                        vars.add(new Variable(w.signals().get(b[1]).name(), kind, new int[] {b[1]}, null));
                    }
                } else {
                    bits.sort((a, b) -> Integer.compare(b[0], a[0]));
                    int[] order2 = bits.stream().mapToInt(b -> b[1]).toArray();
                    vars.add(new Variable(g.getKey(), kind, order2, "[" + bits.get(0)[0] + ":" + bits.get(bits.size() - 1)[0] + "]"));
                }
            }
        }
        return vars;
    }

    private static boolean contiguous(List<int[]> bits) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int[] b : bits) {
            if (!seen.add(b[0])) {
                return false;
            }
            min = Math.min(min, b[0]);
            max = Math.max(max, b[0]);
        }
        return max - min + 1 == bits.size();
    }

    private static void scope(Writer out, List<Variable> vars, String name, int offset) throws IOException {
        out.write("$scope module " + name + " $end\n");
        for (Waveform.Kind kind : Waveform.Kind.values()) {
            out.write("$scope module " + kind.name().toLowerCase(Locale.ROOT) + "s $end\n");
            for (int v = 0; v < vars.size(); v++) {
                Variable var = vars.get(v);
                if (var.kind() == kind) {
                    String type = kind == Waveform.Kind.REGISTER ? "reg" : "wire";
                    out.write("$var " + type + " " + var.bits().length + " " + code(offset + v) + " " + identifier(var.name())
                            + (var.range() == null ? "" : " " + var.range()) + " $end\n");
                }
            }
            out.write("$upscope $end\n");
        }
        out.write("$upscope $end\n");
    }

    /**
     * Writes the variables of cycle c that changed: registers only ({@code registers} true), all but
     * registers (false), or all (null).
     */
    private static void changes(Writer out, List<Variable> vars, Waveform w, int c, String[] last, Boolean registers)
            throws IOException {
        for (int side = 0; side < (w.hasFault() ? 2 : 1); side++) {
            boolean[] row = side == 0 ? w.good()[c] : w.faulty()[c];
            for (int v = 0; v < vars.size(); v++) {
                Variable var = vars.get(v);
                boolean isRegister = var.kind() == Waveform.Kind.REGISTER;
                if (registers != null && registers != isRegister) {
                    continue;
                }
                String value = value(var, row);
                int slot = side * vars.size() + v;
                if (!value.equals(last[slot])) {
                    String id = code(slot);
                    out.write(var.bits().length == 1 ? value + id + "\n" : "b" + value + " " + id + "\n");
                    last[slot] = value;
                }
            }
        }
    }

    private static String value(Variable var, boolean[] row) {
        StringBuilder sb = new StringBuilder(var.bits().length);
        for (int s : var.bits()) {
            sb.append(row[s] ? '1' : '0');
        }
        return sb.toString();
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

    /**
     * A variable's reference: no white space, control or non-ASCII characters (each becomes {@code _}); a
     * name starting with {@code $} is escaped with a backslash, so no name reads as a keyword like {@code $end}.
     */
    static String identifier(String name) {
        StringBuilder sb = new StringBuilder();
        for (char ch : name.toCharArray()) {
            sb.append(ch <= ' ' || ch > '~' ? '_' : ch);
        }
        if (sb.length() == 0) {
            return "_";
        }
        return sb.charAt(0) == '$' ? "\\" + sb : sb.toString();
    }

    /** A scope name GTKWave accepts everywhere: letters, digits and {@code _} ({@code counter:3} → {@code counter_3}). */
    static String scopeName(String name) {
        StringBuilder sb = new StringBuilder();
        for (char ch : name.toCharArray()) {
            sb.append(Character.isLetterOrDigit(ch) && ch < 128 || ch == '_' ? ch : '_');
        }
        if (sb.length() == 0 || Character.isDigit(sb.charAt(0))) {
            sb.insert(0, '_');
        }
        return sb.toString();
    }

    /** Free text inside a {@code $…} section: one line, and never a {@code $end} that would close it early. */
    static String comment(String text) {
        StringBuilder sb = new StringBuilder();
        for (char ch : text.toCharArray()) {
            sb.append(ch < ' ' || ch == 0x7f ? ' ' : ch);
        }
        return sb.toString().replace("$end", "$ end");
    }
}
