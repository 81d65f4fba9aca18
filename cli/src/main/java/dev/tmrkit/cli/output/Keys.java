package dev.tmrkit.cli.output;

import java.util.Locale;

/** Report keys are camelCase, in JSON and as CSV column names alike. */
public final class Keys {
    private Keys() {
    }

    /** {@code tmr_single_voter}, {@code round-robin} or {@code TMR_SINGLE_VOTER} as {@code tmrSingleVoter}, {@code roundRobin}. */
    public static String camel(String name) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_' || c == '-' || c == ' ') {
                up = sb.length() > 0;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}
