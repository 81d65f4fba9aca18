package dev.tmrkit.cli.campaign;

import java.io.PrintWriter;

/**
 * The two lines that end a bare {@code tmrkit inject} (the built-in example, as a table): what the three outcomes
 * mean and what to try next, so a first run explains itself. Scripts asking for CSV or JSON never see them.
 */
public final class FirstRun {
    static final String MEANING = "meaning  masked: every output stayed right; detected: an output went wrong but the "
            + "mismatch output flagged it; silent: an output went wrong unflagged (the faults TMR must not leave)";
    static final String NEXT = "next     tmrkit inject c17 (a circuit without redundancy: every fault silent), tmrkit "
            + "inject c17 --tmr triplicated (the same with TMR), tmrkit info --list (built-in circuits), tmrkit inject --help";

    /** The two lines as printed after the report's blank line. */
    public static final String TEXT = MEANING + "\n" + NEXT + "\n";

    private FirstRun() {
    }

    /** Prints the two lines when {@code bare}: a complete run of the built-in example, reported as a table. */
    static void explainIf(boolean bare, PrintWriter out) {
        if (bare) {
            out.println();
            out.print(TEXT);
        }
    }
}
