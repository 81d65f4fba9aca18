package dev.tmrkit.cli.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vector files: read as bytes, every problem at its line and column, and bounded. */
class VectorFileTest {
    @TempDir
    Path tmp;

    private static List<boolean[]> read(String text, int inputs) throws Exception {
        return VectorFile.read("v.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), inputs);
    }

    private static ParseException refused(String text, int inputs) {
        return assertThrows(ParseException.class, () -> read(text, inputs));
    }

    @Test
    void vectorsCommentsAndBlanks() throws Exception {
        List<boolean[]> v = read("# header\n101\n\n 0 1 1  # spaced\r\n000", 3);
        assertEquals(List.of("101", "011", "000"), v.stream().map(VectorFile::bits).toList());
    }

    @Test
    void everyProblemHasAPosition() {
        assertEquals("v.txt:2:3: expected '0' or '1', found 'x'", refused("000\n01x\n", 3).getMessage());
        assertEquals("v.txt:1:1: expected '0' or '1', found byte 0x00", refused("\0\0\0", 3).getMessage());
        assertEquals("v.txt:1:2: expected '0' or '1', found byte 0xc3", refused("0\u00c3\u00a9", 3).getMessage(),
                "a UTF-8 letter is not a value, and the message says where instead of 'Input length = 1'");
        assertEquals("v.txt:2:1: expected 3 input values (one per input, in declared order), found 2",
                refused("111\n01\n", 3).getMessage());
        assertEquals("v.txt:1:4: expected 3 input values (one per input, in declared order), found more",
                refused("0101", 3).getMessage());
    }

    @Test
    void anEndlessSourceStopsAtALimit() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return '0';
            }
        };
        ParseException e = assertThrows(ParseException.class, () -> VectorFile.read("/dev/zero-like", zeros, 3));
        assertTrue(e.getMessage().startsWith("/dev/zero-like:1:4: "), e.getMessage());
        InputStream comment = new InputStream() {
            private boolean first = true;

            @Override
            public int read() {
                boolean f = first;
                first = false;
                return f ? '#' : 'x';
            }
        };
        ParseException c = assertThrows(ParseException.class, () -> VectorFile.read("c", comment, 3));
        assertTrue(c.getMessage().contains("line longer than " + VectorFile.LINE_LIMIT), c.getMessage());
    }

    @Test
    void theBitLimitIsNamedAndCanBeRaised() throws Exception {
        String before = System.getProperty("tmrkit.maxVectorBits");
        try {
            System.setProperty("tmrkit.maxVectorBits", "8");
            ParseException e = refused("101\n101\n101\n", 3);
            assertTrue(e.getMessage().startsWith("v.txt:3:1: more than 8 input bits") && e.getMessage().contains("-Dtmrkit.maxVectorBits"),
                    e.getMessage());
            System.setProperty("tmrkit.maxVectorBits", "9");
            assertEquals(3, read("101\n101\n101\n", 3).size());
        } finally {
            if (before == null) {
                System.clearProperty("tmrkit.maxVectorBits");
            } else {
                System.setProperty("tmrkit.maxVectorBits", before);
            }
        }
    }

    @Test
    void theCommandLineReportsItWithTheFileName() throws Exception {
        Path v = tmp.resolve("bad.txt");
        Files.write(v, new byte[] {'0', '1', (byte) 0xff, '0', '1', '\n'});
        Cli r = Cli.run("eval", "c17", "--vectors", v.toString());
        assertEquals(2, r.code());
        assertEquals(v + ":1:3: expected '0' or '1', found byte 0xff", r.err().strip());
    }
}
