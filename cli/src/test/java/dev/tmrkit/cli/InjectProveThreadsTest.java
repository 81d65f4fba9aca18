package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code inject --prove --threads N}: the threads are used (the proof path reports progress per fault decided), and
 * the report is the same for every thread count but for the wall time.
 */
class InjectProveThreadsTest {
    @Test
    void combinationalReportsAreTheSameOnOneAndTwoThreads() {
        String[] singleVoters = {"inject", "c17", "--tmr", "single", "--scope", "gates", "--mismatch", "--prove"};
        String csv = sameOnOneAndTwoThreads(singleVoters, "csv");
        assertEquals(40, csv.lines().filter(l -> l.contains(",silent,SAT,")).count(), csv);
        sameOnOneAndTwoThreads(singleVoters, "json");
        // 107 faults left to SAT, in blocks of 7: once differed between 1 and 2 threads, when sweeping had a time limit
        String c432 = sameOnOneAndTwoThreads(new String[] {"inject", "c432", "--tmr", "triplicated", "--outputs", "reduced",
            "--mismatch", "--prove"}, "csv");
        assertEquals(107, c432.lines().filter(l -> l.contains(",silent,SAT,")).count());
        String plain = sameOnOneAndTwoThreads(new String[] {"inject", "c17", "--tmr", "single", "--scope", "gates", "--prove"}, "csv");
        assertTrue(plain.contains(",silent,simulation,"), plain);
    }

    @Test
    void sequentialReportsAreTheSameOnOneAndTwoThreads() {
        String json = sameOnOneAndTwoThreads(new String[] {"inject", "s27", "--tmr", "single", "--scope", "registers", "--prove"}, "json");
        assertTrue(json.contains("\"verdict\":\"silent\""), json);
        String csv = sameOnOneAndTwoThreads(new String[] {"inject", "s27", "--tmr", "triplicated", "--scope", "registers",
            "--inputs", "triplicated", "--outputs", "triplicated", "--faults", "seu", "--prove"}, "csv");
        assertTrue(csv.contains("re-convergence"), csv);
    }

    @Test
    void progressCountsEveryFaultDecided() {
        for (String circuit : List.of("c17", "s27")) {
            Cli r = Cli.run("inject", circuit, "--tmr", "single", "--scope", circuit.equals("c17") ? "gates" : "registers", "--prove",
                    "--threads", "2", "--progress", "--format", "json");
            assertEquals(0, r.code(), r.err());
            long faults = r.jsonLong("faults");
            assertTrue(r.err().contains("inject --prove " + circuit + "-tmr: " + faults + "/" + faults + " (100%)"), r.err());
        }
    }

    /** The report with --threads 1 and --threads 2, the wall time taken out; equal. */
    private static String sameOnOneAndTwoThreads(String[] args, String format) {
        List<String> reports = new ArrayList<>();
        for (String threads : List.of("1", "2")) {
            List<String> a = new ArrayList<>(List.of(args));
            a.addAll(List.of("--threads", threads, "--format", format));
            Cli r = Cli.run(a.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            String timeless = r.out().replaceAll("\"seconds\":[0-9.eE+-]+,", "");
            assertNotEquals(format.equals("json"), timeless.equals(r.out()), "the wall time is a JSON field only");
            reports.add(timeless);
        }
        assertEquals(reports.get(0), reports.get(1), String.join(" ", args));
        return reports.get(0);
    }
}
