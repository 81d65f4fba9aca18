package dev.tmrkit.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.tmrkit.testing.Properties.qt;

import java.util.ArrayList;
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

    /** A strict RFC 4180 reader: fields, quotes doubled inside quoted fields, CR/LF only inside quotes. */
    private static List<List<String>> readCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new AssertionError("quote inside an unquoted field at " + i);
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                records.add(record);
                record = new ArrayList<>();
            } else if (c == '\r') {
                throw new AssertionError("bare CR outside quotes at " + i);
            } else {
                field.append(c);
            }
        }
        assertTrue(!quoted && field.length() == 0 && record.isEmpty(), "the text ends with a complete record");
        return records;
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
