package dev.tmrkit.cli.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.CampaignSpec;
import dev.tmrkit.circuits.campaign.Checkpoint;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resume files ({@code inject --resume}) and parts ({@code merge}) are checked entry by entry: every forged,
 * impossible or inconsistent entry is refused with exit 2 at its own {@code file:line:column} (found here
 * independently, from where the test wrote it), and nothing is written; the true files give the
 * uninterrupted run's report.
 */
class ResultFileValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A resume file of c17 from a complete per-fault run: a header line, then one result per line from line 2. */
    private List<String> checkpoint(boolean drop) throws IOException {
        List<String> args = new ArrayList<>(List.of("inject", "c17", "--format", "json", "--per-fault"));
        if (!drop) {
            args.add("--no-drop");
        }
        Cli run = Cli.run(args.toArray(new String[0]));
        assertEquals(0, run.code(), run.err());
        JsonNode report = JSON.readTree(run.out());
        String digest = Checkpoint.digest(CampaignPlan.of(BuiltinCircuits.byName("c17").orElseThrow(),
                CampaignSpec.builder().dropping(drop).build(), 1));
        List<String> lines = new ArrayList<>();
        lines.add("{\"partial\":true,\"completed\":34,\"faults\":34,\"masked\":0,\"detected\":0,\"silent\":34,\"digest\":\"" + digest
                + "\",\"results\":[");
        for (JsonNode r : report.get("results")) {
            lines.add(JSON.writeValueAsString(r) + ",");
        }
        lines.set(lines.size() - 1, lines.get(lines.size() - 1).replaceAll(",$", ""));
        lines.add("]}");
        return lines;
    }

    private Cli resume(List<String> lines, String... more) throws IOException {
        Path file = dir.resolve("partial.json");
        Files.writeString(file, String.join("\n", lines) + "\n");
        List<String> args = new ArrayList<>(List.of("inject", "c17", "--format", "json", "-o", dir.resolve("out.json").toString(),
                "--resume", file.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(new String[0]));
    }

    /** Refused at {@code line}:{@code column} of the resume file, with {@code what} in the message, and no report. */
    private void refusedAt(List<String> lines, int line, int column, String what, String... more) throws IOException {
        Cli r = resume(lines, more);
        assertEquals(2, r.code(), r.err());
        String where = dir.resolve("partial.json") + ":" + line + ":" + column + ": ";
        assertTrue(r.err().startsWith(where) && r.err().contains(what), "expected " + where + "…" + what + ", got " + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("out.json")), "no report from a refused resume file");
    }

    private static int column(String line, String field) {
        return line.indexOf("\"" + field + "\":") + field.length() + 4;
    }

    private static List<String> with(List<String> lines, int k, UnaryOperator<String> change) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(k, change.apply(copy.get(k)));
        return copy;
    }

    @Test
    void aTrueResumeFileGivesTheUninterruptedReport() throws IOException {
        for (boolean drop : new boolean[] {true, false}) {
            List<String> lines = checkpoint(drop);
            String[] more = drop ? new String[0] : new String[] {"--no-drop"};
            Cli whole = Cli.run(drop ? new String[] {"inject", "c17", "--format", "json"}
                    : new String[] {"inject", "c17", "--format", "json", "--no-drop"});
            // the second half only: the first half is run again
            List<String> half = new ArrayList<>(lines.subList(18, lines.size()));
            half.add(0, lines.get(0).replace("\"completed\":34", "\"completed\":17").replace("\"silent\":34", "\"silent\":17"));
            for (List<String> file : List.of(lines, half)) {
                Cli r = resume(file, more);
                assertEquals(0, r.code(), r.err());
                assertEquals(whole.out(), Files.readString(dir.resolve("out.json")));
                Files.delete(dir.resolve("out.json"));
            }
        }
    }

    @Test
    void impossibleEntriesAreRefusedAtTheirPosition() throws IOException {
        List<String> lines = checkpoint(true);
        // result 5 is on line 7; counts adjusted wherever the change would otherwise be caught by them first
        refusedAt(with(lines, 6, l -> l.replace("\"index\":5", "\"index\":34")), 7, 1, "result index 34 outside 0..33");
        List<String> twice = new ArrayList<>(lines);
        twice.set(34, twice.get(34) + ",");
        twice.add(35, lines.get(6).replaceAll(",$", ""));
        twice.set(0, twice.get(0).replace("\"completed\":34", "\"completed\":35").replace("\"silent\":34", "\"silent\":35"));
        refusedAt(twice, 36, 1, "result index 5 given twice");
        List<String> detected = with(lines, 6, l -> l.replace("\"silent\"", "\"detected\""));
        detected.set(0, detected.get(0).replace("\"detected\":0", "\"detected\":1").replace("\"silent\":34", "\"silent\":33"));
        refusedAt(detected, 7, 1, "without a mismatch output");
        refusedAt(with(lines, 6, l -> l.replaceAll("\"firstFailingPattern\":\\d+", "\"firstFailingPattern\":32")), 7, 1, "outside 0..31");
        refusedAt(with(lines, 6, l -> l.replace("}", ",\"failingPatterns\":5}")), 7, 1, "drops faults");
        List<String> counted = checkpoint(false);
        refusedAt(with(counted, 6, l -> l.replaceAll(",\"failingPatterns\":\\d+", "")), 7, 1, "outside 1..", "--no-drop");
        refusedAt(with(counted, 6, l -> l.replaceAll("\"failingPatterns\":\\d+", "\"failingPatterns\":33")), 7, 1, "outside 1..",
                "--no-drop");
        List<String> masked = with(lines, 6, l -> l.replace("\"silent\"", "\"masked\""));
        masked.set(0, masked.get(0).replace("\"masked\":0", "\"masked\":1").replace("\"silent\":34", "\"silent\":33"));
        refusedAt(masked, 7, 1, "a masked fault has firstFailingPattern -1");
    }

    @Test
    void malformedEntriesAndCountsAreRefusedAtTheirValue() throws IOException {
        List<String> lines = checkpoint(true);
        String quoted = lines.get(6).replace("\"index\":5", "\"index\":\"5\"");
        refusedAt(with(lines, 6, l -> quoted), 7, column(quoted, "index"), "'index' must be a whole number");
        String upper = lines.get(6).replace("\"silent\"", "\"SILENT\"");
        refusedAt(with(lines, 6, l -> upper), 7, column(upper, "outcome"), "outcome must be masked, detected or silent");
        String fraction = lines.get(6).replaceAll("\"firstFailingPattern\":(\\d+)", "\"firstFailingPattern\":$1.5");
        refusedAt(with(lines, 6, l -> fraction), 7, column(fraction, "firstFailingPattern"), "'firstFailingPattern' must be a whole number");
        refusedAt(with(lines, 6, l -> l.replaceAll("\"index\":5,", "")), 7, 1, "'index' is missing");
        refusedAt(with(lines, 6, l -> "[],"), 1, lines.get(0).length(), "results must be objects");
        refusedAt(with(lines, 0, l -> l.replace("\"completed\":34", "\"completed\":30")), 1, column(lines.get(0), "completed"),
                "'completed' is 30 but the report holds 34 results");
        refusedAt(with(lines, 0, l -> l.replace("\"silent\":34", "\"silent\":3")), 1, column(lines.get(0), "silent"),
                "'silent' is 3 but the report holds 34 silent results");
        refusedAt(with(lines, 0, l -> l.replace("\"faults\":34", "\"faults\":35")), 1, column(lines.get(0), "faults"),
                "this run has 34");
        refusedAt(with(lines, 0, l -> l.replace("\"completed\":34", "\"completed\":-1")), 1, column(lines.get(0), "completed"),
                "'completed' must be a whole number in 0..");
    }

    /** Parts of c17 cut in two, as inject writes them (one line each). */
    private Path[] parts() throws IOException {
        Path[] p = {dir.resolve("p1.json"), dir.resolve("p2.json")};
        for (int k = 0; k < 2; k++) {
            Cli r = Cli.run("inject", "c17", "--shard", (k + 1) + "/2", "-o", p[k].toString());
            assertEquals(0, r.code(), r.err());
        }
        return p;
    }

    private void partRefused(Path[] p, UnaryOperator<String> change, String anchor, String what) throws IOException {
        String text = Files.readString(p[0]);
        String changed = change.apply(text);
        assertTrue(!changed.equals(text) && changed.contains(anchor), "the change applies");
        Files.writeString(p[0], changed);
        Path out = dir.resolve("merged.txt");
        Cli r = Cli.run("merge", p[0].toString(), p[1].toString(), "-o", out.toString());
        Files.writeString(p[0], text);
        String where = p[0] + ":1:" + (changed.indexOf(anchor) + 1) + ": ";
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith(where) && r.err().contains(what), "expected " + where + "…" + what + ", got " + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(out), "no report from refused parts");
    }

    @Test
    void partsAreCheckedEntryByEntry() throws IOException {
        Path[] p = parts();
        Cli whole = Cli.run("inject", "c17");
        Cli merged = Cli.run("merge", p[0].toString(), p[1].toString());
        assertEquals(0, merged.code(), merged.err());
        assertEquals(whole.out(), merged.out());
        partRefused(p, t -> t.replaceFirst("\\{\"index\":4,\"outcome\":\"silent\"", "{\"index\":4,\"outcome\":\"detected\""),
                "{\"index\":4,", "fault set 4: outcome 'detected' in a campaign without a mismatch output");
        partRefused(p, t -> t.replaceFirst("(\\{\"index\":6,\"outcome\":\"silent\",\"firstFailingPattern\":)\\d+", "$140"),
                "{\"index\":6,", "firstFailingPattern 40 of a silent fault outside 0..31");
        partRefused(p, t -> t.replaceFirst("(\\{\"index\":8,[^}]*\"failingPatterns\":)-1", "$13"),
                "{\"index\":8,", "failingPatterns 3 in a run that drops faults");
        partRefused(p, t -> t.replaceFirst("\\{\"index\":8,", "{\"index\":9,"), "{\"index\":9,", "fault set 9 does not belong to shard 1/2");
        partRefused(p, t -> t.replaceFirst("\\{\"index\":8,", "{\"index\":6,"), "{\"index\":6,\"outcome\":\"silent\",\"firstFailingPattern\":1,",
                "fault set 6 appears twice");
        partRefused(p, t -> t.replaceFirst("\\{\"index\":8,", "{\"index\":-8,"), "-8,", "'index' must be a whole number in 0..");
        partRefused(p, t -> t.replace("\"shard\":1,", "\"shard\":\"1\","), "\"1\"", "'shard' must be a whole number in 1..2");
        partRefused(p, t -> t.replace("\"entries\":34,", "\"entries\":3.4,"), "3.4", "'entries' must be a whole number");
    }
}
