package dev.tmrkit.circuits.tmr;

import java.util.List;

/** One of the three copies of the logic. Replica X reads voter X when voters are triplicated. */
public enum Replica {
    A, B, C;

    /** The three replicas in order. */
    public static final List<Replica> ALL = List.of(A, B, C);

    /** The replica of a letter {@code A}, {@code B} or {@code C}; {@code null} for any other character. */
    static Replica ofLetter(char letter) {
        switch (letter) {
            case 'A': return A;
            case 'B': return B;
            case 'C': return C;
            default: return null;
        }
    }
}
