package dev.tmrkit.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.CampaignSpec;
import dev.tmrkit.circuits.campaign.Checkpoint;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer (seed {@link #SEED}, printed) over the bytes of valid vector files ({@code eval
 * --vectors}, {@code inject --vectors}), resume files ({@code inject --resume}) and parts ({@code merge}), and
 * over the values of valid option sets. Every run must end with exit 0 or 2; on 2, with one line that says
 * what is wrong — at {@code file:line:column} when a file is to blame — and never a stack trace; and nothing
 * may be left on disk but the requested output of a successful run.
 */
class MutationFuzzTest {
    static final long SEED = 0x5EED_F022L;
    /** Mutants per kind of file (twice as many option sets); {@code -Dtmrkit.fuzzRuns=N} for a longer run. */
    private static final int RUNS = Integer.getInteger("tmrkit.fuzzRuns", 30);
    private static final Pattern POSITION = Pattern.compile("^(\\S+):\\d+:\\d+: \\S");
    private static final byte[] INTERESTING = {0, (byte) 0xff, (byte) 0xc3, (byte) 0x80, '"', '{', '}', '[', ']', ',', ':', '-', '9', 'e',
        '.', '\n', '\r', ' ', '#', '0', '1', '\\'};
    private static final String[] VALUES = {"-1", "0", "-0", "2147483648", "9223372036854775808", "99999999999999999999", "1e3", "0x10",
        "NaN", "Infinity", "", " ", "\uff11\uff12", "1_000", "+5", "--", "-", "\u202e7", "7\u0000", "1/0", "abc", "3/2", "0/2", "2/0",
        "\u001b[31m", "1.5", "seu", "none", "exact"};

    @TempDir
    Path dir;

    /** What happened in one run that breaks the rules, or null. */
    private String judge(String what, Cli r, Path file, Path output) throws IOException {
        String err = r.err();
        if (r.code() != 0 && r.code() != 2) {
            return what + ": exit " + r.code() + ": " + err;
        }
        if (r.code() == 2 && file != null && between(err) && !err.contains(file.toString())) {
            return what + ": does not name " + file + ": " + err;
        }
        if (err.contains("Exception") || err.contains("\tat ") || err.contains("internal error")) {
            return what + ": stack trace or internal error: " + err;
        }
        if (r.code() == 2) {
            List<String> lines = err.lines().toList();
            boolean usage = lines.size() == 2 && lines.get(1).startsWith("Try '");
            if (lines.size() != 1 && !usage) {
                return what + ": " + lines.size() + " lines: " + err;
            }
            // a conflict between two parts (different campaigns) is no position in either: it names both files
            if (file != null && !between(err) && !(POSITION.matcher(lines.get(0)).find() && lines.get(0).startsWith(file.toString() + ":"))) {
                return what + ": no file:line:column: " + lines.get(0);
            }
        }
        if (output != null) {
            Files.deleteIfExists(output);
        }
        TreeSet<String> left = new TreeSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("keep-")).forEach(left::add);
        }
        left.remove(file == null ? "" : file.getFileName().toString());
        return left.isEmpty() ? null : what + ": left " + left;
    }

    private static boolean between(String err) {
        return err.startsWith("tmrkit merge: ") && err.contains(" part of a different campaign than ");
    }

    private static byte[] mutate(byte[] valid, SplittableRandom r) {
        List<Byte> b = new ArrayList<>();
        for (byte x : valid) {
            b.add(x);
        }
        for (int m = 0, n = 1 + r.nextInt(3); m < n && !b.isEmpty(); m++) {
            int at = r.nextInt(b.size());
            switch (r.nextInt(6)) {
                case 0 -> b.set(at, (byte) r.nextInt(256));
                case 1 -> b.add(at, INTERESTING[r.nextInt(INTERESTING.length)]);
                case 2 -> b.subList(at, Math.min(b.size(), at + 1 + r.nextInt(16))).clear();
                case 3 -> b.addAll(at, new ArrayList<>(b.subList(at, Math.min(b.size(), at + 1 + r.nextInt(32)))));
                case 4 -> b.subList(at, b.size()).clear();
                default -> b.set(at, INTERESTING[r.nextInt(INTERESTING.length)]);
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    /** Fuzzes {@code valid} as the file {@code name} of the command {@code argv} makes from its path; the problems found. */
    private List<String> fuzzFile(String name, byte[] valid, Function<Path, String[]> argv, SplittableRandom r) throws IOException {
        List<String> problems = new ArrayList<>();
        Path file = dir.resolve(name);
        Path output = dir.resolve("out.txt");
        for (int k = 0; k < RUNS; k++) {
            byte[] bytes = mutate(valid, r);
            Files.write(file, bytes);
            Cli run = Cli.run(argv.apply(file));
            String p = judge(name + " #" + k + " (" + new String(bytes, StandardCharsets.UTF_8).replace("\n", "\\n")
                    .substring(0, Math.min(120, bytes.length)) + ")", run, file, output);
            if (p != null) {
                problems.add(p);
            }
        }
        Files.deleteIfExists(file);
        return problems;
    }

    @Test
    void mutatedFilesAndOptionsEndInZeroOrTwoWithOneLine() throws IOException {
        System.err.println("MutationFuzzTest: seed " + SEED + " (" + RUNS + " mutants per kind)");
        SplittableRandom r = new SplittableRandom(SEED);
        List<String> problems = new ArrayList<>();
        Path out = dir.resolve("out.txt");

        byte[] vectors = "# c17 vectors\n00000\n10110\n1 1 1 1 1\n01010 # a comment\n\n11001\n".getBytes(StandardCharsets.US_ASCII);
        problems.addAll(fuzzFile("v.txt", vectors, f -> new String[] {"eval", "c17", "--vectors", f.toString()}, r.split()));
        problems.addAll(fuzzFile("v.txt", vectors, f -> new String[] {"inject", "c17", "--vectors", f.toString(), "-o", out.toString()},
                r.split()));

        Cli full = Cli.run("inject", "c17", "--format", "json", "--per-fault");
        JsonNode report = new ObjectMapper().readTree(full.out());
        StringBuilder resume = new StringBuilder("{\"partial\":true,\"completed\":10,\"faults\":34,\"masked\":0,\"detected\":0,\"silent\":10,"
                + "\"digest\":\"" + Checkpoint.digest(CampaignPlan.of(BuiltinCircuits.byName("c17").orElseThrow(),
                CampaignSpec.builder().build(), 1)) + "\",\"results\":[\n");
        for (int k = 0; k < 10; k++) {
            resume.append(report.get("results").get(k * 3)).append(k < 9 ? ",\n" : "\n");
        }
        resume.append("]}\n");
        Cli valid = Cli.run("inject", "c17", "--resume", Files.writeString(dir.resolve("keep-r.json"), resume).toString());
        assertEquals(0, valid.code(), "the fuzzer starts from a valid resume file: " + valid.err());
        problems.addAll(fuzzFile("r.json", resume.toString().getBytes(StandardCharsets.UTF_8),
                f -> new String[] {"inject", "c17", "--format", "json", "--resume", f.toString(), "-o", out.toString()}, r.split()));

        Path p2 = dir.resolve("keep-p2.json");
        assertEquals(0, Cli.run("inject", "c17", "--shard", "2/2", "-o", p2.toString()).code());
        Path p1 = dir.resolve("keep-p1.json");
        assertEquals(0, Cli.run("inject", "c17", "--shard", "1/2", "-o", p1.toString()).code());
        problems.addAll(fuzzFile("p1.json", Files.readAllBytes(p1),
                f -> new String[] {"merge", f.toString(), p2.toString(), "-o", out.toString()}, r.split()));

        List<String[]> optionSets = List.of(
                new String[] {"inject", "c17", "--patterns", "100", "--seed", "5", "--threads", "2", "--faults", "stuck-at"},
                new String[] {"inject", "s27", "--faults", "seu", "--cycle", "2", "--cycles", "8", "--multi", "2", "--sets", "5"},
                new String[] {"inject", "c17", "--shard", "1/3", "--format", "csv"},
                new String[] {"eval", "counter:3", "--cycles", "4"},
                new String[] {"tmr", "c17", "--voters", "single", "--scope", "outputs", "--format", "json"},
                new String[] {"reliability", "c17", "--trials", "50", "--seed", "3", "--threads", "1"},
                new String[] {"faults", "c17", "--collapsed", "--format", "json"},
                new String[] {"replicas", "run", "--replicas", "3", "--duration", "5s", "--seed", "2"});
        SplittableRandom o = r.split();
        for (int k = 0; k < RUNS * 2; k++) {
            String[] args = optionSets.get(o.nextInt(optionSets.size())).clone();
            int at = 1 + o.nextInt(args.length - 1);
            args[at] = o.nextBoolean() ? VALUES[o.nextInt(VALUES.length)] : args[at] + VALUES[o.nextInt(VALUES.length)];
            Cli run = Cli.run(args);
            String p = judge("options " + Arrays.toString(args), run, null, null);
            if (p != null) {
                problems.add(p);
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems (seed " + SEED + "):\n" + String.join("\n", problems));
    }
}
