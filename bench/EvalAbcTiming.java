package dev.tmrkit.cli.bench;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.gates.Netlist;
import java.nio.file.Path;

/**
 * The AIGER rows of {@code tmrkit bench --suite eval} for any AIGER files: outputs only, 1M random patterns (seed 1),
 * 256 words per call, thread CPU time, 3 warm-up and 5 measured runs of at least 0.3 s each; prints the median in
 * AIG-node-patterns/s (the header's AND count x patterns / s, the unit of ABC's {@code sim}). In this package because
 * it reuses the bench's package-private work. Usage: EvalAbcTiming FILE.aig ...
 */
public class EvalAbcTiming {
    public static void main(String[] args) throws Exception {
        for (String f : args) {
            Path p = Path.of(f);
            Netlist n = NetlistFiles.read(p);
            long ands = EvalBenchSuite.aigerAnds(p);
            Measurement.Result r = new Measurement(3, 5, 300_000_000L).cpuRate(EvalBenchSuite.compiled(n, EvalBenchSuite.AIGER_PATTERNS,
                    EvalBenchSuite.AIGER_WORDS, 1, ands, true));
            System.out.printf("%s ands=%d tmrkit=%.4g%n", p.getFileName(), ands, r.median());
        }
    }
}
