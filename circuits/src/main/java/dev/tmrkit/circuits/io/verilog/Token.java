package dev.tmrkit.circuits.io.verilog;

/**
 * One lexical token of a Verilog text at its 1-based line and column.
 *
 * @param kind what it is
 * @param text an identifier's name (an escaped one without its backslash and ending blank), a number as written
 *             (without blanks and underscores), or the symbol itself
 */
record Token(Kind kind, String text, int line, int column) {
    /** Token kinds; an escaped identifier is a name but never a keyword. */
    enum Kind { IDENTIFIER, ESCAPED, NUMBER, SYMBOL, END }

    boolean is(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** The keyword (or plain identifier) {@code word}. */
    boolean isWord(String word) {
        return kind == Kind.IDENTIFIER && text.equals(word);
    }

    boolean isName() {
        return kind == Kind.IDENTIFIER || kind == Kind.ESCAPED;
    }

    String describe() {
        switch (kind) {
            case END: return "the end of the file";
            case NUMBER: return "the number " + text;
            case ESCAPED: return "'\\" + text + "'";
            default: return "'" + text + "'";
        }
    }
}
