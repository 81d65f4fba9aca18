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
        Cli flips = Cli.run("inject", "c17", "--faults", "flip", "--prove");
        assertEquals(2, flips.code());
        assertTrue(flips.err().contains("stuck-at"), flips.err());
        Cli mc = Cli.run("inject", "c17", "--montecarlo", "0.1", "--prove");
        assertEquals(2, mc.code());
        Cli depth = Cli.run("inject", "c17", "--prove", "--depth", "4");
        assertEquals(2, depth.code());
        assertTrue(depth.err().contains("--depth bounds the check of a circuit with flip-flops"), depth.err());
        Cli noProve = Cli.run("inject", "s27", "--depth", "4");
        assertEquals(2, noProve.code());
        assertTrue(noProve.err().contains("give --prove too"), noProve.err());
        Cli multi = Cli.run("inject", "s27", "--tmr", "triplicated", "--scope", "registers", "--faults", "seu", "--multi", "2",
                "--prove");
        assertEquals(2, multi.code());
        assertTrue(multi.err().contains("--prove decides single faults"), multi.err());
    }

    /**
     * Single voters on the register feedback of TMR(s27): the unmasked faults each have a witness sequence that
     * {@code eval --vectors --fault} replays (the outputs differ in the witness's last cycle and in no earlier
     * one); full TMR of the same circuit masks every fault, proven (none bounded).
     */
    @Test
    void sequentialWitnessesReplayThroughEvalAndFullTmrIsProven() throws IOException {
        Path tmr = tmp.resolve("s27-single.bench");
        assertEquals(0, Cli.run("tmr", "s27", "--scope", "registers", "--voters", "single", "-o", tmr.toString()).code());
        Cli proof = Cli.run("inject", tmr.toString(), "--prove", "--depth", "8", "--format", "json");
        assertEquals(0, proof.code(), proof.err());
        Matcher m = Pattern.compile("\\{\"site\":\"([^\" ]+)\",\"fault\":\"(sa[01])\",\"cycle\":null,\"region\":\"[^\"]+\","
                + "\"verdict\":\"silent\",\"proven\":true,\"method\":\"[^\"]+\",\"boundedCycles\":null,"
                + "\"failingCycle\":(\\d+),\"witness\":\"([01/]+)\"\\}").matcher(proof.out());
        int reproduced = 0;
        while (m.find()) {
            String[] seq = m.group(4).split("/");
            assertEquals(Integer.parseInt(m.group(3)) + 1, seq.length);
            Path v = tmp.resolve("s" + reproduced + ".txt");
            Files.writeString(v, String.join("\n", seq) + "\n");
            Cli eval = Cli.run("eval", tmr.toString(), "--vectors", v.toString(), "--fault", m.group(1) + "=" + m.group(2));
            assertEquals(0, eval.code(), eval.err());
            String[] lines = eval.out().strip().split("\n");
            String last = lines[lines.length - 1];
            assertTrue(last.endsWith("<- differs"), m.group(0) + "\n" + eval.out());
            assertEquals(1, eval.out().split("<- differs", -1).length - 1, "only the last cycle differs:\n" + eval.out());
            reproduced++;
        }
        assertEquals(proof.jsonLong("silent"), reproduced);
        assertTrue(reproduced > 0);
        Cli full = Cli.run("inject", "s27", "--tmr", "triplicated", "--scope", "registers", "--inputs", "triplicated",
                "--outputs", "triplicated", "--prove", "--format", "json");
        assertEquals(0, full.code(), full.err());
        assertEquals(full.jsonLong("faults"), full.jsonLong("maskedProven"));
        assertEquals(0, full.jsonLong("maskedBounded"));
    }
}
