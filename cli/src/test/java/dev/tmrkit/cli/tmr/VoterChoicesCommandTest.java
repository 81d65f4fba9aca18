package dev.tmrkit.cli.tmr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing where voters go from the command line: tmr reports it, render draws it, inject measures it. */
class VoterChoicesCommandTest {
    @TempDir
    Path dir;

    @Test
    void tmrPlacesChosenVotersAndSaysWhy() {
        Cli r = Cli.run("tmr", "c17", "--vote", "1?", "--exclude", "16", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"exclude\":[\"16\"],\"vote\":[\"1?\"],\"registers\":\"before\""), r.out());
        assertTrue(r.out().contains("{\"net\":\"11\",\"kind\":\"triplicated\",\"reason\":\"chosen (--vote 1?)\"}"), r.out());
        assertFalse(r.out().contains("{\"net\":\"16\",\"kind\":\"triplicated\""), "16 is excluded, not voted");
        Cli table = Cli.run("tmr", "c17", "--exclude", "16");
        assertTrue(table.out().contains("single points of failure:"), table.out());
        assertTrue(table.out().contains("unreplicated"), table.out());
        Cli full = Cli.run("tmr", "c17", "--inputs", "triplicated", "--outputs", "triplicated");
        assertTrue(full.out().contains("no single point of failure"), full.out());
    }

    @Test
    void registersAfterAndTheConstraintsFile() throws Exception {
        Cli after = Cli.run("tmr", "counter:3", "--scope", "registers", "--registers", "after", "--format", "json");
        assertEquals(0, after.code(), after.err());
        assertTrue(after.out().contains("after flip-flop q0 (scope registers, voters after)"), after.out());
        Cli refused = Cli.run("tmr", "counter:3", "--registers", "after");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("--registers after places the voters of --scope registers"), refused.err());
        Path rules = dir.resolve("c17.tmr");
        Files.writeString(rules, "# TMRG-style constraints\nexclude 16\nvote 10 11\n");
        Cli r = Cli.run("tmr", "c17", "--tmr-rules", rules.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"exclude\":[\"16\"],\"vote\":[\"10\",\"11\"]"), r.out());
        Files.writeString(rules, "exclude 16\nvote 10 nosuch*\n");
        Cli bad = Cli.run("tmr", "c17", "--tmr-rules", rules.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains(rules + ":2:9: vote 'nosuch*' matches no net of 'c17'"), bad.err());
        Files.writeString(rules, "keep 16\n");
        Cli unknown = Cli.run("tmr", "c17", "--tmr-rules", rules.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains(rules + ":1:1: unknown directive 'keep'"), unknown.err());
    }

    @Test
    void votersAfterChosenRegistersFromTheOptionAndTheConstraintsFile() throws Exception {
        Cli r = Cli.run("tmr", "s27", "--vote-registers", "G?", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"voteRegisters\":[\"G?\"]"), r.out());
        for (String q : new String[] {"G5", "G6", "G7"}) {
            assertTrue(r.out().contains("{\"net\":\"" + q + "\",\"kind\":\"triplicated\",\"reason\":\"after flip-flop " + q
                    + " (--vote-registers G?)\"}"), r.out());
        }
        assertFalse(r.out().contains("{\"net\":\"G8\""), "G8 matches G? but is a gate: " + r.out());
        // the same glob with --vote also votes the gates it matches
        assertTrue(Cli.run("tmr", "s27", "--vote", "G?", "--format", "json").out().contains("{\"net\":\"G8\""));
        Cli gate = Cli.run("tmr", "s27", "--vote-registers", "G9");
        assertEquals(2, gate.code());
        assertTrue(gate.err().contains("cannot vote the register 'G9': it is the output of a NAND gate, not of a flip-flop;"
                + " --vote votes any net"), gate.err());
        Path rules = dir.resolve("s27.tmr");
        Files.writeString(rules, "vote-registers G5\nvote-registers q*\n");
        Cli bad = Cli.run("tmr", "s27", "--tmr-rules", rules.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains(rules + ":2:16: vote-registers 'q*' matches no flip-flop output of 's27'"), bad.err());
        Files.writeString(rules, "vote-registers G5\n");
        Cli fromFile = Cli.run("tmr", "s27", "--tmr-rules", rules.toString());
        assertEquals(0, fromFile.code(), fromFile.err());
        assertTrue(fromFile.out().contains("after flip-flop G5 (--vote-registers G5)"), fromFile.out());
        assertTrue(Cli.run("tmr", "--help").out().contains("--vote-registers=NAME|GLOB"));
    }

    @Test
    void theDiagramAndTheCampaignShowTheChoice() throws Exception {
        Path dot = dir.resolve("c.dot");
        assertEquals(0, Cli.run("render", "c17", "--tmr", "triplicated", "--vote", "11", "-o", dot.toString()).code());
        String text = Files.readString(dot);
        for (String x : new String[] {"A", "B", "C"}) {
            assertTrue(text.contains("$tmr$vote" + x + "$11"), "voter " + x + " of 11 is drawn");
        }
        Path plain = dir.resolve("p.dot");
        assertEquals(0, Cli.run("render", "c17", "--tmr", "triplicated", "-o", plain.toString()).code());
        assertFalse(Files.readString(plain).contains("$tmr$voteA$11"));
        // inject: the excluded gate is its own region, and its faults escape
        Cli inject = Cli.run("inject", "c17", "--tmr", "triplicated", "--exclude", "16", "--format", "json");
        assertEquals(0, inject.code(), inject.err());
        assertTrue(inject.out().contains("\"unreplicated\":{\"masked\":"), inject.out());
        assertTrue(inject.out().contains("{\"site\":\"16\",\"fault\":\"sa0\""), "16 stuck-at-0 is an escape: " + inject.out());
        Cli without = Cli.run("inject", "c17", "--tmr", "triplicated", "--format", "json");
        assertFalse(without.out().contains("{\"site\":\"16\",\"fault\":\"sa0\""), without.out());
    }
}
