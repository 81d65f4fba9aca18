package dev.tmrkit.cli.tmr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tmrkit check-tmr}: exit 0 when the redundancy is intact, 1 when it is gone, 2 for bad input. */
class CheckTmrCommandTest {
    @TempDir
    Path tmp;

    @Test
    void intactMergedAndPlainNetlistsGetTheirExitCodes() throws IOException {
        Path tmr = tmp.resolve("t.bench");
        assertEquals(0, Cli.run("tmr", "counter:3", "--scope", "registers", "-o", tmr.toString()).code());
        Cli intact = Cli.run("check-tmr", tmr.toString());
        assertEquals(0, intact.code(), intact.err());
        assertTrue(intact.out().contains("verdict  redundancy intact: three distinct replicas"), intact.out());

        // replica C merged into replica B, as a synthesis tool that merges identical logic would leave it
        StringBuilder merged = new StringBuilder();
        for (String line : Files.readAllLines(tmr)) {
            if (!line.startsWith("$tmr$C$")) {
                merged.append(line.replace("$tmr$C$", "$tmr$B$")).append('\n');
            }
        }
        Path m = tmp.resolve("m.bench");
        Files.writeString(m, merged);
        Cli gone = Cli.run("check-tmr", m.toString());
        assertEquals(1, gone.code(), gone.out() + gone.err());
        assertTrue(gone.out().contains("verdict  redundancy merged away"), gone.out());
        assertTrue(gone.out().contains("C has 0 gates, 0 flip-flops"), gone.out());

        Cli plain = Cli.run("check-tmr", "c17");
        assertEquals(1, plain.code());
        assertTrue(plain.out().contains("not recognised as a TMR netlist"), plain.out());
        assertEquals(2, Cli.run("check-tmr", tmp.resolve("missing.bench").toString()).code());
    }
}
