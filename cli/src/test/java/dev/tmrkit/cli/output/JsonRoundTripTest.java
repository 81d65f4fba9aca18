package dev.tmrkit.cli.output;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmrkit.cli.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

/**
 * tmrkit's JSON writer against Jackson as the reader: any text — every code point, control characters,
 * lone surrogates, U+2028 — written as keys and values and sent as UTF-8 reads back equal; and names of a
 * netlist, hostile but legal in {@code .bench}, come back equal from {@code faults --list --format json}.
 */
class JsonRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Pieces of names that {@code .bench} allows: no blanks, parentheses, commas, '=' or '#'. */
    private static final List<String> PIECES = List.of("\"", "\\", "$tmr$A$3", "é", "中文", "\uD83D\uDE00", "[3]", "{", "}", "'", "<",
            ">", "&", "\\N", ";", ".", "module", "1", "@", "+", "-", "%s", "/*", "\\u0041", "\u2028", "x");

    @Test
    void anyTextRoundTripsThroughUtf8() {
        qt().withExamples(500).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 24),
                SourceDSL.strings().allPossible().ofLengthBetween(0, 8)).assuming((key, value) -> text(key) && text(value))
                .checkAssert((key, value) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(key, List.of(value, key));
            m.put("n", 1.5);
            byte[] bytes = Json.write(m).getBytes(StandardCharsets.UTF_8);
            try {
                JsonNode back = JSON.readTree(bytes);
                assertEquals(key, back.fieldNames().next());
                assertEquals(value, back.get(key).get(0).asText());
                assertEquals(key, back.get(key).get(1).asText());
                assertEquals(1.5, back.get("n").asDouble());
            } catch (IOException e) {
                throw new UncheckedIOException(Json.write(m), e);
            }
        });
    }

    /** Whether {@code s} is text: no surrogate outside a pair. */
    private static boolean text(String s) {
        return s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
    }

    @Test
    void anUnpairedSurrogateIsWrittenAsTheReplacementCharacter() throws IOException {
        for (String lone : List.of("\uD800", "a\uDC00", "\uDBFFb\uD83D\uDE00")) {
            // code points pair valid surrogates; what stays a surrogate code point is unpaired
            String expected = lone.codePoints().map(cp -> cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertEquals(expected, JSON.readTree(Json.write(List.of(lone)).getBytes(StandardCharsets.UTF_8)).get(0).asText());
        }
    }

    @TempDir
    Path dir;

    @Test
    void hostileNetNamesComeBackFromFaultsJson() {
        qt().withExamples(30).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            List<String> names = new ArrayList<>();
            while (names.size() < 5) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) {
                    sb.append(PIECES.get(r.nextInt(PIECES.size())));
                }
                if (!names.contains(sb.toString())) {
                    names.add(sb.toString());
                }
            }
            String bench = "INPUT(" + names.get(0) + ")\nINPUT(" + names.get(1) + ")\nINPUT(" + names.get(2) + ")\nOUTPUT(" + names.get(4)
                    + ")\nOUTPUT(" + names.get(3) + ")\n" + names.get(3) + " = AND(" + names.get(0) + ", " + names.get(1) + ")\n"
                    + names.get(4) + " = NOR(" + names.get(3) + ", " + names.get(2) + ")\n";
            try {
                Path file = Files.writeString(dir.resolve("h.bench"), bench, StandardCharsets.UTF_8);
                Cli run = Cli.run("faults", file.toString(), "--list", "--format", "json");
                assertEquals(0, run.code(), run.err() + "\n" + bench);
                TreeSet<String> sites = new TreeSet<>();
                for (JsonNode f : JSON.readTree(run.out().getBytes(StandardCharsets.UTF_8)).get("faults")) {
                    sites.add(f.get("site").asText());
                }
                TreeSet<String> expected = new TreeSet<>(names);
                // names[3] fans out to NOR and an output port: its branches are the sites NAME>GATE.PIN and NAME>OUTPUT#K
                sites.removeIf(s -> !expected.contains(s) && s.startsWith(names.get(3) + ">"));
                assertEquals(expected, sites, bench);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
