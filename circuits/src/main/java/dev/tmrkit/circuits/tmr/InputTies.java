package dev.tmrkit.circuits.tmr;

import java.util.Arrays;

/**
 * Which logical input drives each primary input of a netlist. Normally each input is its own; the
 * triplicated inputs of a TMR netlist ({@code $tmr$A$x}, {@code $tmr$B$x}, {@code $tmr$C$x}) are three
 * copies of one logical input and must be driven with the same vector.
 */
public final class InputTies {
    private final int[] source;
    private final int logical;

    private InputTies(int[] source, int logical) {
        this.source = source;
        this.logical = logical;
    }

    /** Every input its own logical input. */
    public static InputTies none(int inputs) {
        int[] s = new int[inputs];
        for (int i = 0; i < inputs; i++) {
            s[i] = i;
        }
        return new InputTies(s, inputs);
    }

    /** {@code source[i]} is the logical input that drives primary input i; every logical input drives one. */
    public static InputTies of(int[] source, int logical) {
        boolean[] used = new boolean[logical];
        for (int s : source) {
            if (s < 0 || s >= logical) {
                throw new IllegalArgumentException("logical input " + s + " out of range 0.." + (logical - 1));
            }
            used[s] = true;
        }
        for (int l = 0; l < logical; l++) {
            if (!used[l]) {
                throw new IllegalArgumentException("logical input " + l + " drives no input");
            }
        }
        return new InputTies(source.clone(), logical);
    }

    public int logicalInputs() {
        return logical;
    }

    public int inputs() {
        return source.length;
    }

    public int sourceOf(int input) {
        return source[input];
    }

    public boolean isTrivial() {
        return logical == source.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputTies t && t.logical == logical && Arrays.equals(t.source, source);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(source) * 31 + logical;
    }
}
