package dev.tmrkit.circuits.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.StuckAt;
import dev.tmrkit.testing.Corpus;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fault lists in the forms tmrkit faults writes, read back to the same faults; malformed lines refused at their position. */
class FaultListFileTest {
    private static Netlist c432() throws IOException {
        return new BenchReader().read(Corpus.bench("iscas85", "c432"));
    }

    @Test
    void everyFaultOfC432ReadsBackFromSpecsTableRowsAndCsvRows() throws IOException {
        Netlist n = c432();
        List<Fault> all = FaultLists.allStuckAt(n);
        StringBuilder specs = new StringBuilder("# all faults of c432\n\n");
        StringBuilder table = new StringBuilder("site   kind  fault  class  representative\n");
        StringBuilder csv = new StringBuilder("site,kind,fault,class,representative\n");
        for (Fault f : all) {
            String site = f.site().describe(n);
            String kind = ((StuckAt) f).value() ? "sa1" : "sa0";
            specs.append(site).append('=').append(kind).append("   # comment\n");
            table.append(site).append("  stem  ").append(kind).append("  0  ").append(site).append(' ').append(kind).append('\n');
            csv.append(site).append(",branch,").append(kind).append(",0,x\r\n");
        }
        assertEquals(all, FaultListFile.parse(n, "specs", specs.toString()));
        assertEquals(all, FaultListFile.parse(n, "table", table.toString()));
        assertEquals(all, FaultListFile.parse(n, "csv", csv.toString()));
        assertEquals(864, all.size(), "the published uncollapsed count of c432");
    }

    @Test
    void malformedListsAreRefusedAtTheirLineAndColumn() throws IOException {
        Netlist n = c432();
        ParseException unknown = assertThrows(ParseException.class, () -> FaultListFile.parse(n, "l", "1=sa0\n  nosuch=sa1\n"));
        assertEquals(2, unknown.line());
        assertEquals(3, unknown.column());
        assertTrue(unknown.reason().contains("nosuch"), unknown.reason());
        ParseException flip = assertThrows(ParseException.class, () -> FaultListFile.parse(n, "l", "1=flip\n"));
        assertTrue(flip.reason().contains("stuck-at"), flip.reason());
        ParseException twice = assertThrows(ParseException.class, () -> FaultListFile.parse(n, "l", "1=sa0\n1 sa0\n"));
        assertEquals(2, twice.line());
        assertTrue(twice.reason().contains("listed twice (first on line 1)"), twice.reason());
        ParseException kind = assertThrows(ParseException.class, () -> FaultListFile.parse(n, "l", "1=sa2\n"));
        assertTrue(kind.reason().contains("not a fault kind"), kind.reason());
        ParseException row = assertThrows(ParseException.class, () -> FaultListFile.parse(n, "l", "1 x y\n"));
        assertTrue(row.reason().contains("expected SITE=sa0|sa1"), row.reason());
        ParseException empty = assertThrows(ParseException.class, () -> FaultListFile.parse(n, "l", "# nothing\n\n"));
        assertTrue(empty.reason().contains("no faults"), empty.reason());
    }
}
