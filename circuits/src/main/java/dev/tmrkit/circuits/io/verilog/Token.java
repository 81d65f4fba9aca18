package dev.tmrkit.circuits.io.verilog;

/**
 * One lexical token of a Verilog text at its 1-based line and column.
 *
 * @param kind what it is
 * @param text an identifier's name (an escaped one without its backslash and ending blank), a number as written
 *             (without blanks and underscores), or the symbol itself
 * @param attributes the text inside the attribute instances {@code (* ... *)} right before the token, joined by
 *                   commas ("" without any)
 */
record Token(Kind kind, String text, int line, int column, String attributes) {
    Token(Kind kind, String text, int line, int column) {
        this(kind, text, line, column, "");
    }

    /** Token kinds; an escaped identifier is a name but never a keyword. */
    enum Kind { IDENTIFIER, ESCAPED, NUMBER, SYMBOL, END }

    /**
     * The value of the attribute {@code name} in {@link #attributes()}: a string's text (escapes {@code \"} and
     * {@code \\} resolved), any other value as written, "1" for a name without value; empty when absent.
     */
    java.util.Optional<String> attribute(String name) {
        int i = 0;
        int n = attributes.length();
        while (i < n) {
            while (i < n && (attributes.charAt(i) <= ' ' || attributes.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && attributes.charAt(i) > ' ' && attributes.charAt(i) != '=' && attributes.charAt(i) != ',') {
                i++;
            }
            String key = attributes.substring(start, i);
            while (i < n && attributes.charAt(i) <= ' ') {
                i++;
            }
            StringBuilder value = new StringBuilder();
            boolean string = false;
            if (i < n && attributes.charAt(i) == '=') {
                i++;
                while (i < n && attributes.charAt(i) <= ' ') {
                    i++;
                }
                if (i < n && attributes.charAt(i) == '"') {
                    string = true;
                    for (i++; i < n && attributes.charAt(i) != '"'; i++) {
                        if (attributes.charAt(i) == '\\' && i + 1 < n) {
                            i++;
                        }
                        value.append(attributes.charAt(i));
                    }
                    i++;
                } else {
                    for (; i < n && attributes.charAt(i) != ','; i++) {
                        value.append(attributes.charAt(i));
                    }
                }
            } else {
                value.append('1');
            }
            if (key.equals(name)) {
                return java.util.Optional.of(string ? value.toString() : value.toString().strip());
            }
        }
        return java.util.Optional.empty();
    }

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
