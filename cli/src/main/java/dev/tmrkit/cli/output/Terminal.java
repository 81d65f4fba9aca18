package dev.tmrkit.cli.output;

/**
 * Text made safe for a terminal: control characters (ESC, OSC, BEL, a bare CR, C1 codes) and the
 * bidirectional overrides that can disguise text are shown as escapes ({@code \x1b}, {@code \u202e})
 * instead of being obeyed. Line feeds stay; tabs stay.
 */
public final class Terminal {
    private Terminal() {
    }

    public static String safe(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f
                    || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
            if (unsafe && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (unsafe) {
                    sb.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }
}
