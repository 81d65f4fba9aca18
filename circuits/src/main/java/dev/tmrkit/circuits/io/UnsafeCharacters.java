package dev.tmrkit.circuits.io;

/**
 * Characters no netlist name may hold: control characters (other than the blanks that separate tokens)
 * and the Unicode bidirectional controls that can make a name read differently from what it is
 * ("Trojan Source"). Readers refuse them at their position; no writer ever has to carry them.
 */
public final class UnsafeCharacters {
    private UnsafeCharacters() {
    }

    /** Whether {@code c} may not appear in a netlist text or name. */
    public static boolean unsafe(char c) {
        return c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == '\uFFFD';
    }

    /** The index of the first unsafe character of {@code s}, or -1. */
    public static int first(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (unsafe(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** How a reader names the character in a message: {@code U+001B}. */
    public static String describe(char c) {
        return String.format("U+%04X", (int) c);
    }
}
