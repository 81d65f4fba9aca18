package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.bench.BenchWriter;
import dev.tmrkit.circuits.io.blif.BlifReader;
import dev.tmrkit.circuits.io.blif.BlifWriter;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.testing.RandomNetlists;
import dev.tmrkit.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Readers meet broken files: random mutations of valid netlists are either read or rejected with the
 * reader's own {@link ParseException} — never any other exception, and never a hang.
 */
class FuzzTest {
    private static final int MUTATIONS_PER_FORMAT = 60_000;
    private static final String GARBAGE = "()=,#.\\ \t\r\n\u0000\u00ff$-01xX";

    private static List<String> seeds(NetlistWriter writer) throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(writer.write(new BenchReader().read(Corpus.file("iscas85", "c17.bench"))));
        texts.add(writer.write(new BenchReader().read(Corpus.file("iscas89", "s27.bench"))));
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 6; i++) {
            Netlist n = RandomNetlists.generate(r.split(), 5, 25, i % 2 == 0 ? 0 : 3);
            texts.add(writer.write(n));
        }
        return texts;
    }

    /** One random edit: delete, insert, replace, duplicate or drop a line, swap lines, truncate. */
    static String mutate(String text, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(7)) {
                case 0: sb.deleteCharAt(at); break;
                case 1: sb.insert(at, GARBAGE.charAt(r.nextInt(GARBAGE.length()))); break;
                case 2: sb.setCharAt(at, GARBAGE.charAt(r.nextInt(GARBAGE.length()))); break;
                case 3: sb.setLength(at); break;
                case 4: sb.insert(at, (char) r.nextInt(0x20, 0x7f)); break;
                default: {
                    String[] lines = sb.toString().split("\n", -1);
                    int a = r.nextInt(lines.length);
                    int b = r.nextInt(lines.length);
                    List<String> l = new ArrayList<>(List.of(lines));
                    if (r.nextBoolean()) {
                        l.add(b, lines[a]);
                    } else {
                        l.remove(a);
                    }
                    sb = new StringBuilder(String.join("\n", l));
                }
            }
        }
        return sb.toString();
    }

    private static int fuzz(NetlistReader reader, NetlistWriter writer, long seed) throws IOException {
        List<String> texts = seeds(writer);
        SplittableRandom r = new SplittableRandom(seed);
        int accepted = 0;
        for (int i = 0; i < MUTATIONS_PER_FORMAT; i++) {
            String mutated = mutate(texts.get(r.nextInt(texts.size())), r);
            try {
                reader.parse("fuzz", mutated);
                accepted++;
            } catch (ParseException expected) {
                assertTrue(expected.line() >= 1 && expected.column() >= 1, expected.getMessage());
            } catch (RuntimeException | StackOverflowError other) {
                fail("mutation " + i + " threw " + other + " instead of a ParseException; input:\n" + mutated, other);
            }
        }
        return accepted;
    }

    @Test
    void benchReaderOnlyEverThrowsParseExceptions() throws IOException {
        int accepted = fuzz(new BenchReader(), new BenchWriter(), 1);
        assertTrue(accepted > 0 && accepted < MUTATIONS_PER_FORMAT, "some mutations survive, most do not: " + accepted);
    }

    @Test
    void blifReaderOnlyEverThrowsParseExceptions() throws IOException {
        int accepted = fuzz(new BlifReader(), new BlifWriter(), 2);
        assertTrue(accepted > 0 && accepted < MUTATIONS_PER_FORMAT, "some mutations survive, most do not: " + accepted);
    }

    @Test
    void binaryGarbageIsAParseError() throws IOException {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[1 + r.nextInt(400)];
            r.nextBytes(bytes);
            java.nio.file.Path f = Files.createTempFile("garbage", ".bench");
            try {
                Files.write(f, bytes);
                // random bytes never declare INPUT and OUTPUT ports: each is refused, at a position in the text
                ParseException e = assertThrows(ParseException.class, () -> new BenchReader().read(f), "garbage " + i);
                assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
            } finally {
                Files.delete(f);
            }
        }
    }
}
