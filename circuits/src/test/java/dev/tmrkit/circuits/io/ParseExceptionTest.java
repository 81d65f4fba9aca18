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
        assertEquals("<string>:2:3: first\n<string>:5:1: second\n", e.report());
    }
}
