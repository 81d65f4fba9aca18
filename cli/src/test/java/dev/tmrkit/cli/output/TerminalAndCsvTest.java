package dev.tmrkit.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.tmrkit.testing.Properties.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** What reaches a terminal carries no live control characters; CSV is RFC 4180 and never a live formula. */
class TerminalAndCsvTest {
    @Test
    void controlCharactersAreShownNotObeyed() {
        assertEquals("a\\x1b[31mred\\x07 \\x0d\\u202e", Terminal.safe("a\u001b[31mred\u0007 \r\u202e"));
        assertEquals("two\nlines\tand a tab", Terminal.safe("two\nlines\tand a tab"));
        assertTrue(new Table("name").row("\u001b]0;pwned\u0007").text().chars().noneMatch(c -> c == 0x1b || c == 7));
    }

    private static List<List<String>> readCsv(String text) {
        return StrictCsv.read(text);
    }

    @Test
    void anyNameSurvivesACsvRoundTripAndNoneIsAFormula() {
        Gen<String> names = SourceDSL.strings().allPossible().ofLengthBetween(0, 12)
                .mix(SourceDSL.strings().betweenCodePoints(0, 127).ofLengthBetween(0, 8), 50);
        qt().withFixedSeed(20261129L).withExamples(2000).forAll(names, names).checkAssert((a, b) -> {
            List<List<String>> back = readCsv(new Table("a", "b").row(a, b).csv());
            assertEquals(List.of(List.of("a", "b"), List.of(unformula(a), unformula(b))), back);
            for (String cell : back.get(1)) {
                boolean live = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
                assertTrue(!live || cell.equals("-") || cell.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?"),
                        "live formula: " + cell);
            }
        });
    }

    /** The one change the CSV writer makes: an apostrophe before a would-be formula. */
    private static String unformula(String s) {
        return Table.csvCell(s);
    }

    @Test
    void numbersStayNumbers() {
        String csv = new Table("x", "y", "z", "w").row(-1, "+2.5", "-3e-4", "=1+1").csv();
        assertEquals("x,y,z,w\n-1,+2.5,-3e-4,'=1+1\n", csv);
    }
}
