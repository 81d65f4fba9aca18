package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCyclesTest {
    @TempDir
    Path tmp;

    @Test
    void cyclesPrintGoodAndFaultyOutputsAndMarkWhereTheyDiffer() throws Exception {
        Path vcd = tmp.resolve("counter.vcd");
        Cli r = Cli.run("eval", "counter:3", "--cycles", "10", "--seed", "3", "--fault", "q0=flip@2", "--vcd", vcd.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(11, lines.length, "a header and one line per cycle");
        assertTrue(lines[0].startsWith("# cycle inc reset | q0 q1 q2 | with q0 flip@2"), lines[0]);
        assertFalse(lines[1].contains("differs") || lines[2].contains("differs"), "nothing differs before the upset");
        assertTrue(lines[3].contains("<- differs"), "the upset shows in cycle 2: " + lines[3]);
        String dump = Files.readString(vcd);
        assertTrue(dump.contains("$scope module good $end") && dump.contains("$scope module faulty $end"), dump);
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        assertEquals(Cli.run("eval", "counter:4", "--cycles", "20", "--seed", "9").out(),
                Cli.run("eval", "counter:4", "--cycles", "20", "--seed", "9").out());
    }

    @Test
    void badFaultSpecsAreRefused() {
        assertEquals(2, Cli.run("eval", "counter:3", "--cycles", "4", "--fault", "nosuch=sa0").code());
        assertEquals(2, Cli.run("eval", "counter:3", "--cycles", "4", "--fault", "q0=stuck").code());
        assertEquals(2, Cli.run("eval", "counter:3", "--cycles", "4", "--fault", "q0=flip@x").code());
        assertEquals(2, Cli.run("eval", "c17", "--truth-table", "--vcd", tmp.resolve("x.vcd").toString()).code());
        assertFalse(Files.exists(tmp.resolve("x.vcd")));
    }
}
