package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code tmrkit inject} reports equal, byte for byte, the reports the command wrote before the campaign
 * planning moved into the library ({@code CampaignPlan}): captured with the jar of commit 64f7732 and kept
 * in {@code golden/inject/}, one file per line of {@code runs.txt} ({@code name|arguments}; a path
 * argument is relative to the repository root). Same seed, same report. (No CSV case: CSV cells are
 * escaped since issue 14, RFC 4180 with formula neutralisation, a change of the output layer made after the
 * capture; the same campaigns are compared as tables and JSON.) Changed on purpose since (issue 12): the JSON
 * names the confidence level of its intervals ({@code "confidence":0.95,"rates"} for {@code "rates95"},
 * {@code "ci"} for {@code "ci95"}); {@code c17table} runs {@code --tmr triplicated}, because {@code --tmr single}
 * built the byte-identical netlist and is now refused; {@code s27multi} draws its random upset sets without
 * replacement, so it was captured again, with 30 sets (s27's TMR has only C(9, 2) = 36 pairs of flip-flops).
 */
class InjectGoldenTest {
    private static final String DIR = "/dev/tmrkit/cli/golden/inject/";

    static List<String> runs() throws IOException {
        return List.of(read("runs.txt").split("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theReportEqualsTheOneCapturedBeforeTheRefactoring(String run) throws IOException {
        String[] parts = run.split("\\|", -1);
        List<String> args = new ArrayList<>(List.of("inject"));
        for (String a : parts[1].isBlank() ? new String[0] : parts[1].trim().split(" +")) {
            args.add(a.startsWith("benchmarks/") ? Path.of(System.getProperty("tmrkit.root", ".")).resolve(a).toString() : a);
        }
        Cli r = Cli.run(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        assertEquals(read(parts[0] + ".out"), r.out());
    }

    private static String read(String name) throws IOException {
        try (InputStream in = InjectGoldenTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("no test resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
