package dev.tmrkit.cli.options;

import dev.tmrkit.circuits.io.NetlistFiles;
import dev.tmrkit.circuits.library.BenchmarkSuites;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves a circuit argument: a netlist file (format from its extension; a file always wins), else a
 * built-in circuit of the library ({@code counter:4}), else a circuit of the bundled suites ({@code c6288},
 * {@code s27}, {@code b05}); an unknown name is refused with the closest known names.
 */
public final class CircuitLoader {
    private CircuitLoader() {
    }

    public static Netlist load(String spec, boolean undrivenAsInputs) {
        Path file = Path.of(spec);
        if (Files.isRegularFile(file)) {
            InputFiles.add(file);
            try {
                return NetlistFiles.read(file, undrivenAsInputs);
            } catch (NoSuchFileException e) {
                throw new UserException("cannot read '" + spec + "': no such file");
            } catch (IOException e) {
                throw new UserException("cannot read '" + spec + "': " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), e); // an unknown file extension
            }
        }
        try {
            Optional<Netlist> builtin = BuiltinCircuits.byName(spec);
            if (builtin.isPresent()) {
                return builtin.get();
            }
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        Optional<BenchmarkSuites.Entry> bundled = BenchmarkSuites.find(spec);
        if (bundled.isPresent()) {
            return BenchmarkSuites.read(bundled.get(), undrivenAsInputs);
        }
        List<String> near = closest(spec);
        throw new UserException("'" + spec + "' is neither a file nor a built-in circuit"
                + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?")
                + " (tmrkit info --list shows the built-ins)");
    }

    /** Every built-in name: the library's circuits, then the bundled suites. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        BuiltinCircuits.all().forEach(b -> names.add(b.name()));
        BenchmarkSuites.all().forEach(e -> names.add(e.name()));
        return names;
    }

    /** Up to three built-in names closest to {@code spec} by edit distance, nearest first (none when nothing is close). */
    static List<String> closest(String spec) {
        String name = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        String lower = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, lower.length() / 3);
        List<String> names = names();
        List<int[]> scored = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int d = distance(lower, names.get(i).toLowerCase(Locale.ROOT));
            if (d <= limit) {
                scored.add(new int[] {d, i});
            }
        }
        scored.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.min(3, scored.size()); k++) {
            out.add(names.get(scored.get(k)[1]));
        }
        return out;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
