package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tmrkit.circuits.io.aiger.AigerReader;
import dev.tmrkit.circuits.io.yosys.YosysJsonReader;
import dev.tmrkit.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The AIGER and Yosys JSON readers meet broken files, as {@link FuzzTest} does for .bench and BLIF: random
 * mutations of valid files are read or rejected with a {@link ParseException} with a position, never any other
 * exception. ASCII AIGER and JSON are mutated as text, binary AIGER as bytes.
 */
class InteropFuzzTest {
    private static final int MUTATIONS = 40_000;

    private static List<String> aagSeeds() {
        List<String> seeds = new ArrayList<>(List.of(AigerReaderTest.TOGGLE));
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 6; i++) {
            seeds.add(RandomAigs.generate(r.split(), 5, 3, 25).ascii());
        }
        return seeds;
    }

    private static List<byte[]> aigSeeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>(List.of(AigerReaderTest.toggleBinary(),
                Files.readAllBytes(Corpus.file("epfl", "ctrl.aig"))));
        SplittableRandom r = new SplittableRandom(12);
        for (int i = 0; i < 6; i++) {
            seeds.add(RandomAigs.generate(r.split(), 5, 3, 200).binary());
        }
        return seeds;
    }

    private static List<String> jsonSeeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String name : List.of("c17.json", "s27.json", "vec.json", "sync.json")) {
            seeds.add(YosysJsonReaderTest.fixtureText(name));
        }
        return seeds;
    }

    private static int fuzzText(NetlistReader reader, List<String> seeds, long seed, int mutations) {
        SplittableRandom r = new SplittableRandom(seed);
        int accepted = 0;
        for (int i = 0; i < mutations; i++) {
            String mutated = FuzzTest.mutate(seeds.get(r.nextInt(seeds.size())), r);
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

    /** One to three byte edits: delete, insert, replace, truncate, or repeat a run. */
    static byte[] mutate(byte[] data, SplittableRandom r) {
        byte[] b = data;
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(5)) {
                case 0: b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at + 1, b.length)); break;
                case 1: b = concat(Arrays.copyOf(b, at), new byte[] {(byte) r.nextInt(256)}, Arrays.copyOfRange(b, at, b.length)); break;
                case 2: b = b.clone(); b[at] = (byte) r.nextInt(256); break;
                case 3: b = Arrays.copyOf(b, at); break;
                default: {
                    int to = Math.min(b.length, at + 1 + r.nextInt(8));
                    b = concat(Arrays.copyOf(b, to), Arrays.copyOfRange(b, at, b.length));
                }
            }
        }
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void asciiAigerOnlyEverThrowsParseExceptions() {
        int accepted = fuzzText(new AigerReader(), aagSeeds(), 21, MUTATIONS / 2);
        assertTrue(accepted > 0 && accepted < MUTATIONS / 2, "some mutations survive, most do not: " + accepted);
    }

    @Test
    void binaryAigerOnlyEverThrowsParseExceptions() throws IOException {
        List<byte[]> seeds = aigSeeds();
        AigerReader reader = new AigerReader();
        SplittableRandom r = new SplittableRandom(22);
        int accepted = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] mutated = mutate(seeds.get(r.nextInt(seeds.size())), r);
            try {
                reader.parse("fuzz.aig", mutated);
                accepted++;
            } catch (ParseException expected) {
                assertTrue(expected.line() >= 1 && expected.column() >= 1, expected.getMessage());
            } catch (RuntimeException | StackOverflowError other) {
                fail("mutation " + i + " threw " + other + " instead of a ParseException; input:\n" + Arrays.toString(mutated), other);
            }
        }
        assertTrue(accepted > 0 && accepted < MUTATIONS, "some mutations survive, most do not: " + accepted);
    }

    @Test
    void yosysJsonOnlyEverThrowsParseExceptions() throws IOException {
        int accepted = fuzzText(new YosysJsonReader(), jsonSeeds(), 23, MUTATIONS / 4);
        assertTrue(accepted > 0 && accepted < MUTATIONS / 4, "some mutations survive, most do not: " + accepted);
    }
}
