package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tmrkit faults}: the published counts, the listings and the errors, as a user sees them. */
class FaultsCommandTest {

    @Test
    void c432AsJsonGivesThePublishedCounts() {
        Cli r = Cli.run("faults", iscas85("c432"), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"total\":864,\"collapsed\":524,"), r.out());
        assertEquals(864, r.jsonLong("total"));
        assertEquals(524, r.jsonLong("collapsed"));
        assertEquals(2 * (r.jsonLong("stems") + r.jsonLong("branches")), r.jsonLong("total"));
    }

    @Test
    void theTableNamesTheFigures() {
        Cli r = Cli.run("faults", "c17");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*total\\s+34\\n.*collapsed\\s+22\\n.*"), r.out());
        Cli csv = Cli.run("faults", "c17", "--format", "csv");
        assertTrue(csv.out().contains("total,34\n") && csv.out().contains("collapsed,22\n"), csv.out());
    }

    @Test
    void listShowsEveryFaultWithItsRepresentative() {
        Cli r = Cli.run("faults", iscas85("c17"), "--list", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("site,kind,fault,class,representative.site,representative.fault", lines.get(0));
        assertEquals(1 + 34, lines.size());
        // net 1 has one sink (gate 10): its stem faults are the pin faults; sa0 joins the NAND output's sa1
        assertTrue(lines.contains("1,stem,sa0,0,1,sa0"), r.out());
        assertTrue(lines.contains("10,stem,sa1,0,1,sa0"), r.out());
    }

    @Test
    void collapsedListsOneRowPerClassWithSizesSummingToTheTotal() {
        Cli r = Cli.run("faults", iscas85("c17"), "--collapsed", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("site,kind,fault,class,size", lines.get(0));
        assertEquals(1 + 22, lines.size());
        int sum = 0;
        for (String l : lines.subList(1, lines.size())) {
            sum += Integer.parseInt(l.substring(l.lastIndexOf(',') + 1));
        }
        assertEquals(34, sum);
        Cli json = Cli.run("faults", "c17", "--collapsed", "--format", "json");
        assertTrue(json.out().startsWith("{\"total\":34,\"collapsed\":22,"), json.out());
        assertEquals(22, json.out().split("\"size\":").length - 1);
    }

    @Test
    void anUnknownCircuitIsAUserError() {
        Cli r = Cli.run("faults", "no-such-circuit.bench");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("no-such-circuit"), r.err());
        assertEquals(Main.BAD_INPUT, Cli.run("faults").code());
    }

    /** A file of the benchmark corpus. */
    private static String iscas85(String name) {
        return Corpus.bench("iscas85", name).toString();
    }
}
