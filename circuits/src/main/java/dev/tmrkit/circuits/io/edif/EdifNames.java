package dev.tmrkit.circuits.io.edif;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * EDIF spellings of names within one namespace (the ports of a cell, its instances, its nets, the cells of a
 * library). An EDIF identifier is a letter followed by letters, digits and underscores, at most
 * {@value #MAX_IDENTIFIER} characters, compared without regard to case; any other name gets an identifier made from
 * it ({@code 1} becomes {@code N1}, {@code $tmr$A$10} becomes {@code N_tmr_A_10}, numbered {@code _2}, {@code _3} on a
 * clash) and keeps its own spelling in a {@code (rename IDENTIFIER "name")}, its string escaped with {@code %code%}
 * for {@code "}, {@code %} and every character outside printable ASCII.
 */
final class EdifNames {
    /** The longest identifier written. */
    static final int MAX_IDENTIFIER = 200;

    private final Set<String> taken = new HashSet<>();

    /** The name's EDIF form: its identifier, or {@code (rename IDENTIFIER "name")}. */
    String declare(String name) {
        String id = identifierFor(name);
        String base = id;
        for (int k = 2; !taken.add(id.toLowerCase(Locale.ROOT)); k++) {
            id = base + "_" + k;
        }
        return id.equals(name) ? id : "(rename " + id + " " + string(name) + ")";
    }

    /** The identifier of a declaration {@link #declare} returned. */
    static String identifierOf(String declared) {
        return declared.startsWith("(rename ") ? declared.substring(8, declared.indexOf(' ', 8)) : declared;
    }

    static boolean isIdentifier(String name) {
        if (name.isEmpty() || name.length() > MAX_IDENTIFIER || !isLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(isLetter(c) || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static String identifierFor(String name) {
        if (isIdentifier(name)) {
            return name;
        }
        StringBuilder sb = new StringBuilder("N");
        for (int i = 0; i < name.length() && sb.length() < MAX_IDENTIFIER - 8; i++) {
            char c = name.charAt(i);
            sb.append(isLetter(c) || c >= '0' && c <= '9' ? c : '_');
        }
        return sb.toString();
    }

    /** A quoted EDIF string. */
    static String string(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp < ' ' || cp > '~' || cp == '"' || cp == '%') {
                sb.append('%').append(cp).append('%');
            } else {
                sb.append((char) cp);
            }
        });
        return sb.append('"').toString();
    }
}
