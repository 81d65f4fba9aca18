package dev.tmrkit.circuits.tmr;

import java.util.Objects;

/**
 * A net name or a glob over net names, as {@code --exclude} and {@code --vote} take them: {@code *} matches
 * any run of characters (none included), {@code ?} any one character, everything else itself. A flattened
 * design names its nets by hierarchical path, so {@code u_alu.*} (or {@code u_alu/*}, as the tool wrote
 * it) stands for a module instance.
 *
 * @param glob the pattern as given
 */
public record NetPattern(String glob) {
    public NetPattern {
        Objects.requireNonNull(glob, "glob");
        if (glob.isEmpty()) {
            throw new IllegalArgumentException("an empty net pattern matches nothing");
        }
    }

    /** True when the pattern has no wildcard: it names one net. */
    public boolean isLiteral() {
        return glob.indexOf('*') < 0 && glob.indexOf('?') < 0;
    }

    /** Whether {@code name} matches the whole pattern. */
    public boolean matches(String name) {
        // iterative wildcard matching with backtracking to the last '*'
        int p = 0;
        int n = 0;
        int star = -1;
        int mark = 0;
        while (n < name.length()) {
            if (p < glob.length() && (glob.charAt(p) == '?' || glob.charAt(p) == name.charAt(n))) {
                p++;
                n++;
            } else if (p < glob.length() && glob.charAt(p) == '*') {
                star = p++;
                mark = n;
            } else if (star >= 0) {
                p = star + 1;
                n = ++mark;
            } else {
                return false;
            }
        }
        while (p < glob.length() && glob.charAt(p) == '*') {
            p++;
        }
        return p == glob.length();
    }
}
