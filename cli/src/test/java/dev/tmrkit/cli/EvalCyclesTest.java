package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.testing.ExternalTool;
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
    void gtkwavesConverterReadsTheWaveformBackValueForValue() throws Exception {
        Path vcd2fst = ExternalTool.require("vcd2fst");
        Path vcd = tmp.resolve("counter.vcd");
        Path fst = tmp.resolve("counter.fst");
        Path back = tmp.resolve("back.vcd");
        assertEquals(0, Cli.run("eval", "counter:3", "--cycles", "12", "--seed", "4", "--fault", "q1=flip@3",
                "--vcd", vcd.toString()).code());
        String dump = Files.readString(vcd);
        assertTrue(dump.startsWith("$date ") && dump.contains("$version tmrkit "), "a dated, versioned header");
        assertTrue(dump.contains("$scope module counter_3 $end"), "a scope name GTKWave takes");
        Process p = new ProcessBuilder(vcd2fst.toString(), vcd.toString(), fst.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), log);
        Process q = new ProcessBuilder(vcd2fst.resolveSibling("fst2vcd").toString(), "-o", back.toString(), fst.toString())
                .redirectErrorStream(true).start();
        String log2 = new String(q.getInputStream().readAllBytes());
        assertEquals(0, q.waitFor(), log2);
        // every value change survives the round trip: the same changes per time step, up to identifier codes
        assertEquals(changesByTime(dump), changesByTime(Files.readString(back)));
    }

    /** Per time step, how many variables changed to 0 and to 1: independent of codes and declaration order. */
    private static java.util.Map<Long, String> changesByTime(String vcd) {
        java.util.Map<Long, int[]> counts = new java.util.TreeMap<>();
        long time = -1;
        boolean body = false;
        for (String raw : vcd.split("\n")) {
            String line = raw.trim();
            if (line.startsWith("$enddefinitions")) {
                body = true;
            } else if (body && line.startsWith("#")) {
                time = Long.parseLong(line.substring(1));
            } else if (body && time >= 0 && (line.startsWith("0") || line.startsWith("1") || line.startsWith("b"))) {
                int[] c = counts.computeIfAbsent(time, t -> new int[2]);
                c[line.startsWith("0") || line.startsWith("b0") ? 0 : 1]++;
            }
        }
        java.util.Map<Long, String> out = new java.util.TreeMap<>();
        counts.forEach((t, c) -> out.put(t, c[0] + "/" + c[1]));
        return out;
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
