package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inject --prove} against the exhaustive campaign, and its witnesses against {@code eval --fault}. */
class InjectProveTest {
    @TempDir
    Path tmp;

    @Test
    void singleVoterTmrOfC17AgreesWithTheExhaustiveCampaignAndEveryWitnessReproduces() throws IOException {
        Path tmr = tmp.resolve("c17-single.bench");
        assertEquals(0, Cli.run("tmr", "c17", "--voters", "single", "--scope", "gates", "-o", tmr.toString()).code());
        Cli proof = Cli.run("inject", tmr.toString(), "--prove", "--format", "json");
        assertEquals(0, proof.code(), proof.err());
        Cli sampled = Cli.run("inject", tmr.toString(), "--format", "json");
        assertEquals(0, sampled.code(), sampled.err());
        assertTrue(sampled.out().contains("exhaustive"), "c17 has 5 inputs: the campaign is exhaustive, hence ground truth");
        assertEquals(sampled.jsonLong("masked"), proof.jsonLong("masked"));
        assertEquals(sampled.jsonLong("silent"), proof.jsonLong("silent"));
        assertEquals(238, proof.jsonLong("faults"));
        Matcher m = Pattern.compile("\\{\"site\":\"([^\" ]+)\",\"fault\":\"(sa[01])\",\"cycle\":null,\"region\":\"([^\"]+)\",\"verdict\":\"silent\","
                + "\"method\":\"[^\"]+\",\"witness\":\"([01]+)\"\\}").matcher(proof.out());
        int reproduced = 0;
        while (m.find()) {
            Path v = tmp.resolve("w" + reproduced + ".txt");
            Files.writeString(v, m.group(4) + "\n");
            Cli eval = Cli.run("eval", tmr.toString(), "--vectors", v.toString(), "--fault", m.group(1) + "=" + m.group(2));
            assertEquals(0, eval.code(), eval.err());
            assertTrue(eval.out().contains("differs"), m.group(0) + "\n" + eval.out());
            reproduced++;
        }
        assertEquals(40, reproduced, "every silent stem fault's witness was checked (c17 single-voter TMR has no silent branch fault)");
    }

    @Test
    void fullTmrMasksEveryFaultProvenAndTheTableSaysSo() {
        Cli r = Cli.run("inject", "c17", "--tmr", "triplicated", "--inputs", "triplicated", "--outputs", "triplicated", "--prove");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*total\\s+(\\d+)\\s+\\1\\s+0\\s+0\\s+0.*"), r.out());
    }

    @Test
    void refusesWhatItCannotProve() {
        Cli seq = Cli.run("inject", "counter:3", "--prove");
        assertEquals(2, seq.code());
        assertTrue(seq.err().contains("combinational"), seq.err());
        Cli flips = Cli.run("inject", "c17", "--faults", "flip", "--prove");
        assertEquals(2, flips.code());
        assertTrue(flips.err().contains("stuck-at"), flips.err());
        Cli mc = Cli.run("inject", "c17", "--montecarlo", "0.1", "--prove");
        assertEquals(2, mc.code());
    }
}
