package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure of a parse error: located like a compiler message, every problem kept. */
class ParseExceptionTest {
    @Test
    void theMessageIsSourceLineColumnReason() {
        ParseException e = new ParseException("c17.bench", 7, 9, "unknown gate type 'NAN'");
        assertEquals("c17.bench:7:9: unknown gate type 'NAN'", e.getMessage());
        assertEquals(List.of("c17.bench", 7, 9, "unknown gate type 'NAN'"), List.of(e.source(), e.line(), e.column(), e.reason()));
        assertEquals(List.of(new ParseException.Diagnostic(7, 9, "unknown gate type 'NAN'")), e.diagnostics());
    }

    @Test
    void theFirstOfSeveralDiagnosticsIsTheMainOne() {
        ParseException e = new ParseException("<string>", List.of(
                new ParseException.Diagnostic(2, 3, "first"), new ParseException.Diagnostic(5, 1, "second")));
        assertEquals("<string>:2:3: first", e.getMessage());
        assertEquals("<string>:2:3: first\n<string>:5:1: second", e.report(), "no blank line after the last");
    }

    @Test
    void aFloodOfProblemsIsCutToTwentyLinesAndACount() {
        List<ParseException.Diagnostic> many = new java.util.ArrayList<>();
        for (int k = 1; k <= 20_000; k++) {
            many.add(new ParseException.Diagnostic(k, 1, "undriven net 'n" + k + "'"));
        }
        String report = new ParseException("big.bench", many).report();
        List<String> lines = report.lines().toList();
        assertEquals(ParseException.REPORT_LIMIT + 1, lines.size());
        assertEquals("big.bench:20:1: undriven net 'n20'", lines.get(19));
        assertEquals("… and 19980 more", lines.get(20));
    }

    @Test
    void aMegabyteLineIsCut() {
        String huge = "x".repeat(1 << 20);
        String report = new ParseException("long.bench", 1, 1, "unknown gate type '" + huge + "'").report();
        org.junit.jupiter.api.Assertions.assertTrue(report.length() < ParseException.LINE_LIMIT + 100, () -> report.substring(0, 400));
        org.junit.jupiter.api.Assertions.assertTrue(report.endsWith("more characters)"), report.substring(report.length() - 40));
    }
}
