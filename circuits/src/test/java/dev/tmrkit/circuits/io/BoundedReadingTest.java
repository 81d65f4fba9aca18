package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.blif.BlifReader;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Endless and enormous sources end in an error at a position, never in running out of memory. */
class BoundedReadingTest {
    @TempDir
    Path tmp;

    /** An endless stream of one byte, like /dev/zero. */
    private static InputStream endless(int b) {
        return new InputStream() {
            @Override
            public int read() {
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                java.util.Arrays.fill(buf, off, off + len, (byte) b);
                return len;
            }
        };
    }

    @Test
    void nulBytesFailAtTheFirstOneEvenWithoutALineEnd() {
        ParseException e = assertThrows(ParseException.class, () -> new BenchReader().read("/dev/zero", endless(0)));
        assertEquals("/dev/zero:1:1", e.getMessage().substring(0, "/dev/zero:1:1".length()), e.getMessage());
        assertTrue(e.reason().contains("U+0000"), e.reason());
    }

    @Test
    void anEndlessLineStopsAtTheLineLimit() {
        Reader letters = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) {
                java.util.Arrays.fill(buf, off, off + len, 'x');
                return len;
            }

            @Override
            public void close() {
            }
        };
        ParseException e = assertThrows(ParseException.class, () -> new BlifReader().read("endless.blif", letters));
        assertEquals(1, e.line());
        assertEquals(SourceLines.LINE_LIMIT + 1, e.column());
        assertTrue(e.reason().startsWith("line longer than"), e.reason());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithTheLimitNamed() throws Exception {
        Path big = tmp.resolve("big.bench");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("# padding line ").append(i).append('\n');
        }
        Files.writeString(big, sb);
        String before = System.getProperty("tmrkit.maxInputBytes");
        try {
            System.setProperty("tmrkit.maxInputBytes", "10000");
            ParseException e = assertThrows(ParseException.class, () -> new BenchReader().read(big));
            assertTrue(e.getMessage().startsWith(big + ":"), e.getMessage());
            assertTrue(e.line() > 400 && e.line() < 700, "stopped near byte 10000: line " + e.line());
            assertTrue(e.reason().contains("larger than 10000 bytes") && e.reason().contains("-Dtmrkit.maxInputBytes"), e.reason());
            ParseException aig = assertThrows(ParseException.class, () -> new dev.tmrkit.circuits.io.aiger.AigerReader().read(big));
            assertTrue(aig.reason().contains("larger than 10000 bytes"), "binary readers are bounded too: " + aig.reason());
        } finally {
            if (before == null) {
                System.clearProperty("tmrkit.maxInputBytes");
            } else {
                System.setProperty("tmrkit.maxInputBytes", before);
            }
        }
    }
}
