package dev.tmrkit.cli.hostile;

import dev.tmrkit.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Hostile inputs and option sets, one per kind of attack. {@link #main} runs every case in a fresh folder
 * (in a JVM the test starts with a small heap) and prints one tab-separated line per case: name, exit code,
 * number of stderr lines, whether a stack trace appeared, files left in the folder beyond those the case
 * made, and the first stderr line (escaped).
 */
public final class HostileCorpus {
    /** One case: what it makes in its folder, the arguments, and the exit code it must end with. */
    record Case(String name, int code, Function<Path, String[]> setup, String forbiddenOutput) {
    }

    static final List<Case> CASES = new ArrayList<>();

    private static void add(String name, int code, Function<Path, String[]> setup) {
        CASES.add(new Case(name, code, setup, null));
    }

    /** A case whose standard output must not match {@code forbidden} (a regular expression). */
    private static void add(String name, int code, String forbidden, Function<Path, String[]> setup) {
        CASES.add(new Case(name, code, setup, forbidden));
    }

    private static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path bytes(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path sparse(Path dir, String name, long size) {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    private static Path fifo(Path dir, String name) {
        Path p = dir.resolve(name);
        try {
            if (new ProcessBuilder("mkfifo", p.toString()).start().waitFor() != 0) {
                throw new IllegalStateException("mkfifo failed");
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    private static String s(Path p) {
        return p.toString();
    }

    private static final String C17 = "INPUT(a)\nINPUT(b)\nOUTPUT(y)\ny = NAND(a, b)\n";

    static {
        // output targets
        add("tmr -o onto a FIFO", 2, d -> new String[] {"tmr", "c17", "-o", s(fifo(d, "pipe.bench"))});
        add("eval --vcd onto /dev/null", 2, d -> new String[] {"eval", "counter:3", "--cycles", "3", "--vcd", "/dev/null"});
        add("render -o onto /dev/null", 2, d -> new String[] {"render", "c17", "-o", "/dev/null"});
        add("tmr onto its own input", 2, d -> new String[] {"tmr", s(write(d, "x.bench", C17)), "-o", s(d.resolve("x.bench"))});
        add("tmr onto its input through a link", 2, d -> {
            Path x = write(d, "x.bench", C17);
            try {
                Files.createSymbolicLink(d.resolve("l.bench"), x);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return new String[] {"tmr", s(d.resolve("l.bench")), "-o", s(x)};
        });
        add("inject onto its own input", 2, d -> new String[] {"inject", s(write(d, "x.bench", C17)), "-o", s(d.resolve("x.bench"))});
        add("eval --vcd onto its vectors", 2, d -> new String[] {"eval", "c17", "--vectors", s(write(d, "v.txt", "00000\n")),
            "--vcd", s(d.resolve("v.txt"))});
        add("-o into a missing folder", 2, d -> new String[] {"tmr", "c17", "-o", s(d.resolve("no/such/x.bench"))});
        add("-o onto a folder", 2, d -> new String[] {"tmr", "c17", "-o", s(d)});
        add("render -o onto a FIFO", 2, d -> new String[] {"render", "c17", "-o", s(fifo(d, "pipe.svg"))});
        // names and characters
        add("control character in a BLIF name", 2, d -> new String[] {"info",
            s(write(d, "x.blif", ".model m\n.inputs a\u001b[31m b\n.outputs y\n.names a\u001b[31m b y\n11 1\n.end\n"))});
        add("control character in a .bench name", 2, d -> new String[] {"info", s(write(d, "x.bench", "INPUT(a\u0007)\nOUTPUT(y)\ny = NOT(a\u0007)\n"))});
        add("bare CR inside a .bench name", 2, d -> new String[] {"info", s(write(d, "x.bench", "INPUT(a\rb)\nOUTPUT(y)\ny = NOT(a\rb)\n"))});
        add("bidi override in a .bench name", 2, d -> new String[] {"info", s(write(d, "x.bench", "INPUT(a\u202e)\nOUTPUT(y)\ny = NOT(a\u202e)\n"))});
        add("ESC in a Yosys JSON port name", 2, d -> new String[] {"info", s(write(d, "x.json",
            "{\"modules\":{\"m\":{\"ports\":{\"a\\u001b]0;x\\u0007\":{\"direction\":\"input\",\"bits\":[2]},"
                + "\"y\":{\"direction\":\"output\",\"bits\":[2]}},\"cells\":{}}}}"))});
        add("control character in an .aag symbol", 2, d -> new String[] {"info", s(write(d, "x.aag", "aag 1 1 0 1 0\n2\n2\ni0 a\u001bb\n"))});
        add("formula-like names stay data in CSV", 0, "(^|,|\\n)[=+@]", d -> new String[] {"faults", s(write(d, "f.blif",
            ".model m\n.inputs =cmd +x\n.outputs @y\n.names =cmd +x @y\n11 1\n.end\n")), "--list", "--format", "csv"});
        add("$end as a net name in a VCD", 0, d -> new String[] {"eval", s(write(d, "e.bench", "INPUT($end)\nOUTPUT(q)\nq = DFF($end)\n")),
            "--cycles", "3", "--vcd", s(d.resolve("w.vcd"))});
        // memory and size bombs
        add("/dev/zero as a netlist", 2, d -> new String[] {"info", "/dev/zero"});
        add("3 GiB sparse file of NULs as a .bench", 2, d -> new String[] {"info", s(sparse(d, "big.bench", 3L << 30))});
        add("3 GiB sparse file of NULs as a .blif", 2, d -> new String[] {"info", s(sparse(d, "big.blif", 3L << 30))});
        add("3 GiB sparse file of NULs as a .json", 2, d -> new String[] {"info", s(sparse(d, "big.json", 3L << 30))});
        add("3 GiB sparse file of NULs as an .aig", 2, d -> new String[] {"info", s(sparse(d, "big.aig", 3L << 30))});
        add("/dev/zero as vectors", 2, d -> new String[] {"eval", "c17", "--vectors", "/dev/zero"});
        add("3 GiB sparse vectors file", 2, d -> new String[] {"eval", "c17", "--vectors", s(sparse(d, "v.txt", 3L << 30))});
        add("megabyte-long line with an error", 2, d -> new String[] {"info", s(write(d, "l.bench", "INPUT(a)\nOUTPUT(y)\ny = " + "Q".repeat(1 << 20) + "(a)\n"))});
        add("twenty thousand problems", 2, d -> {
            StringBuilder sb = new StringBuilder("OUTPUT(y)\ny = AND(");
            for (int i = 0; i < 20_000; i++) {
                sb.append(i == 0 ? "" : ", ").append("u").append(i);
            }
            return new String[] {"info", s(write(d, "u.bench", sb.append(")\n").toString()))};
        });
        add("AIGER header claiming 2^31 variables", 2, d -> new String[] {"info", s(write(d, "h.aag", "aag 2147483647 1 0 1 0\n2\n2\n"))});
        add("truncated binary AIGER", 2, d -> new String[] {"info", s(bytes(d, "t.aig", "aig 5 2 0 1 3\n10\n".getBytes(StandardCharsets.US_ASCII)))});
        add("JSON nested a million deep", 2, d -> new String[] {"info", s(write(d, "deep.json", "[".repeat(1_000_000)))});
        add("Verilog nested a million deep", 2, d -> new String[] {"info", s(write(d, "deep.v",
            "module d(input a, output y);\n  assign y = " + "(".repeat(1_000_000) + "a;\nendmodule\n"))});
        add("3 GiB sparse file of NULs as a .v", 2, d -> new String[] {"info", s(sparse(d, "big.v", 3L << 30))});
        add("Verilog instances doubling twenty times", 2, d -> {
            StringBuilder sb = new StringBuilder("module m0(input [1023:0] a, output y); assign y = a[0]; endmodule\n");
            for (int k = 1; k <= 20; k++) {
                sb.append("module m").append(k).append("(input [1023:0] a, output y); wire p, q; m").append(k - 1)
                        .append(" u(a, p); m").append(k - 1).append(" v(a, q); assign y = p ^ q; endmodule\n");
            }
            return new String[] {"info", s(write(d, "double.v", sb.toString()))};
        });
        add("behavioural Verilog without --top", 2, d -> new String[] {"info", s(write(d, "rtl.v",
            "module r(input [3:0] a, output [3:0] y); assign y = a * 3; endmodule\n"))});
        add("a .bench gate without inputs", 2, d -> new String[] {"info", s(write(d, "g.bench", "OUTPUT(y)\ny = AND()\n"))});
        add("a combinational loop", 2, d -> new String[] {"info", s(write(d, "loop.bench", "INPUT(a)\nOUTPUT(y)\ny = AND(a, z)\nz = NOT(y)\n"))});
        add("an empty file", 2, d -> new String[] {"info", s(write(d, "e.bench", ""))});
        add("UTF-16 text", 2, d -> new String[] {"info", s(bytes(d, "w.bench", C17.getBytes(StandardCharsets.UTF_16)))});
        add("a folder as the netlist", 2, d -> new String[] {"info", s(d)});
        add("an unknown extension", 2, d -> new String[] {"info", s(write(d, "x.vhdl", C17))});
        add("a byte-order mark is fine", 0, d -> new String[] {"info", s(write(d, "bom.bench", "\uFEFF" + C17))});
        // numbers
        add("tmr --patterns 10^14", 2, d -> new String[] {"tmr", "c17", "--patterns", "100000000000000"});
        add("tmr --patterns 2^63-1", 2, d -> new String[] {"tmr", "c17", "--patterns", "9223372036854775807"});
        add("eval --cycles beyond int", 2, d -> new String[] {"eval", "counter:3", "--cycles", "100000000000000"});
        add("eval --cycles 2·10^9", 2, d -> new String[] {"eval", "counter:3", "--cycles", "2000000000"});
        add("eval --cycles -5", 2, d -> new String[] {"eval", "counter:3", "--cycles", "-5"});
        add("inject --threads 0", 2, d -> new String[] {"inject", "c17", "--threads", "0"});
        add("inject --threads 2^31-1", 2, d -> new String[] {"inject", "c17", "--threads", "2147483647"});
        add("--seed that is not a number", 2, d -> new String[] {"inject", "c17", "--seed", "abc"});
        add("an unknown option", 2, d -> new String[] {"inject", "c17", "--frobnicate"});
        add("an unknown built-in", 2, d -> new String[] {"info", "c99999"});
        add("a bad built-in parameter", 2, d -> new String[] {"info", "counter:-3"});
        add("a huge built-in parameter", 2, d -> new String[] {"info", "counter:2147483647"});
        // diagnostics
        add("a bad byte in vectors", 2, d -> new String[] {"eval", "c17", "--vectors", s(bytes(d, "v.txt", new byte[] {'0', (byte) 0xff}))});
        add("a vector of the wrong length", 2, d -> new String[] {"eval", "c17", "--vectors", s(write(d, "v.txt", "01\n"))});
        add("missing vectors file", 2, d -> new String[] {"eval", "c17", "--vectors", s(d.resolve("none.txt"))});
        // resume files
        add("a resume file that is not JSON", 2, d -> new String[] {"inject", "c17", "--resume", s(write(d, "r.json", "{\"partial\": tru"))});
        add("a forged resume file without a digest", 2, d -> new String[] {"inject", "c17", "--resume", s(write(d, "r.json",
            "{\"partial\":true,\"completed\":34,\"results\":[]}"))});
        add("a resume file with a foreign digest", 2, d -> new String[] {"inject", "c17", "--resume", s(write(d, "r.json",
            "{\"partial\":true,\"digest\":\"00\",\"results\":[]}"))});
        add("/dev/zero as a resume file", 2, d -> new String[] {"inject", "c17", "--resume", "/dev/zero"});
        add("a missing resume file", 2, d -> new String[] {"inject", "c17", "--resume", s(d.resolve("none.json"))});
        // more numbers and option sets
        add("reliability --threads 0", 2, d -> new String[] {"reliability", "c17", "--threads", "0"});
        add("inject --patterns 10^14", 2, d -> new String[] {"inject", "c6288", "--patterns", "100000000000000"});
        add("inject --montecarlo outside [0, 1]", 2, d -> new String[] {"inject", "c17", "--montecarlo", "1.5"});
        add("replicas run --replicas 2^31-1", 2, d -> new String[] {"replicas", "run", "--replicas", "2147483647"});
        add("replicas run --topology ring", 2, d -> new String[] {"replicas", "run", "--topology", "ring"});
        add("tmr -c with a flat output", 2, d -> new String[] {"tmr", "c17", "-o", s(d.resolve("t.bench")), "-c", s(d.resolve("t.sdc"))});
        add("render --inputs with a vector", 2, d -> new String[] {"render", "c17", "--inputs", "10110", "-o", s(d.resolve("x.svg"))});
        add("merge of a file that is no part", 2, d -> new String[] {"merge", s(write(d, "p.json", "{}")), "-o", s(d.resolve("all.json"))});
        add("replicas run --delay 1e300s", 2, d -> new String[] {"replicas", "run", "--delay", "1e300s"});
        add("inject --second-cycle -5", 2, d -> new String[] {"inject", "s27", "--faults", "seu", "--multi", "2", "--second-cycle", "-5"});
        add("an upset at cycle 100 of a 16-cycle run", 2, d -> new String[] {"inject", "counter:3", "--faults", "flip", "--cycle", "100",
            "--cycles", "16"});
        // resume files and parts, entry by entry
        add("a resume entry with an outcome the mode cannot give", 2, d -> resume(d, "{\"index\":0,\"outcome\":\"detected\","
            + "\"firstFailingPattern\":3}"));
        add("a resume entry given twice", 2, d -> resume(d, "{\"index\":0,\"outcome\":\"silent\",\"firstFailingPattern\":3},"
            + "{\"index\":0,\"outcome\":\"silent\",\"firstFailingPattern\":3}"));
        add("a resume entry past the fault list", 2, d -> resume(d, "{\"index\":2147483647,\"outcome\":\"masked\",\"firstFailingPattern\":-1}"));
        add("a resume entry failing past the patterns", 2, d -> resume(d, "{\"index\":1,\"outcome\":\"silent\",\"firstFailingPattern\":"
            + "9223372036854775807}"));
        add("a resume entry with a text index", 2, d -> resume(d, "{\"index\":\"1\",\"outcome\":\"silent\",\"firstFailingPattern\":1}"));
        add("a resume entry that is not an object", 2, d -> resume(d, "null"));
        add("a resume file whose counts disagree", 2, d -> new String[] {"inject", "c17", "--resume", s(write(d, "r.json",
            "{\"partial\":true,\"completed\":5,\"digest\":\"" + c17Digest() + "\",\"results\":[]}"))});
        add("a resume file nested a million deep", 2, d -> new String[] {"inject", "c17", "--resume", s(write(d, "r.json", "[".repeat(1_000_000)))});
        add("a part with a forged outcome", 2, d -> merge(d, t -> t.replaceFirst("\"outcome\":\"silent\"", "\"outcome\":\"detected\"")));
        add("a part holding a fault set of another slice", 2, d -> merge(d, t -> t.replaceFirst("\\{\"index\":2,", "{\"index\":3,")));
        add("a part with a count that is no number", 2, d -> merge(d, t -> t.replace("\"entries\":34", "\"entries\":\"34\"")));
        add("a part with a count past any int", 2, d -> merge(d, t -> t.replace("\"entries\":34", "\"entries\":1e99")));
        add("/dev/zero as a part", 2, d -> new String[] {"merge", "/dev/zero", "-o", s(d.resolve("all.txt"))});
        add("a NUL byte in the circuit argument", 2, d -> new String[] {"tmr", "c17\u0000"});
        add("inject --vectors of only comments", 2, d -> new String[] {"inject", "c17", "--vectors", s(write(d, "v.txt", "# none\n\n"))});
        add("prove with a missing file", 2, d -> new String[] {"prove", "c17", s(d.resolve("none.bench"))});
    }

    /** The digest of {@code inject c17} with the default options and seed. */
    private static String c17Digest() {
        return dev.tmrkit.circuits.campaign.Checkpoint.digest(dev.tmrkit.circuits.campaign.CampaignPlan.of(
                dev.tmrkit.circuits.library.BuiltinCircuits.byName("c17").orElseThrow(),
                dev.tmrkit.circuits.campaign.CampaignSpec.builder().build(), 1));
    }

    /** {@code inject c17 --resume} of a file with the true digest and the given results. */
    private static String[] resume(Path d, String results) {
        return new String[] {"inject", "c17", "-o", s(d.resolve("out.json")), "--format", "json", "--resume",
            s(write(d, "r.json", "{\"partial\":true,\"digest\":\"" + c17Digest() + "\",\"results\":[" + results + "]}"))};
    }

    /** {@code merge} of the two true parts of {@code inject c17 --shard K/2}, the first one changed. */
    private static String[] merge(Path d, java.util.function.UnaryOperator<String> change) {
        Path[] parts = {d.resolve("p1.json"), d.resolve("p2.json")};
        for (int k = 0; k < 2; k++) {
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(new StringWriter()));
            if (cl.execute("inject", "c17", "--shard", (k + 1) + "/2", "-o", s(parts[k])) != 0) {
                throw new IllegalStateException("inject --shard failed");
            }
        }
        try {
            String text = Files.readString(parts[0]);
            String changed = change.apply(text);
            if (changed.equals(text)) {
                throw new IllegalStateException("the change does not apply");
            }
            Files.writeString(parts[0], changed);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new String[] {"merge", s(parts[0]), s(parts[1]), "-o", s(d.resolve("all.txt"))};
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        PrintWriter report = new PrintWriter(System.out, true);
        for (int k = 0; k < CASES.size(); k++) {
            Case c = CASES.get(k);
            Path dir = Files.createDirectories(root.resolve("case" + k));
            String[] argv = c.setup().apply(dir);
            Set<String> before = list(dir);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code;
            try {
                code = cl.execute(argv);
            } catch (Throwable t) {
                code = -1;
                t.printStackTrace(new PrintWriter(err, true));
            }
            Set<String> after = list(dir);
            after.removeAll(before);
            after.removeIf(f -> f.equals("w.vcd")); // a requested output
            String e = err.toString();
            boolean trace = e.contains("\tat ") || e.contains("Exception in") || e.contains("Error:");
            String first = e.lines().findFirst().orElse("");
            report.println(k + "\t" + code + "\t" + e.lines().count() + "\t" + trace + "\t" + after + "\t"
                    + first.substring(0, Math.min(first.length(), 300)).replace("\t", " ").replace("\r", "\\r")
                    + "\t" + escape(out.toString()));
        }
    }

    private static String escape(String out) {
        String head = out.substring(0, Math.min(out.length(), 2000));
        return head.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static Set<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            s.forEach(p -> names.add(p.getFileName().toString()));
            return names;
        }
    }
}
