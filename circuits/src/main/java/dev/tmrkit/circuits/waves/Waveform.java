package dev.tmrkit.circuits.waves;

import java.util.List;

/**
 * Per-cycle values of named signals. {@code good[c][s]} is signal s in cycle c of the fault-free
 * circuit; {@code faulty} is the same for the faulty circuit, or null when there is no fault.
 */
public record Waveform(String circuit, List<Signal> signals, boolean[][] good, boolean[][] faulty, String fault) {
    /** What a signal is, for grouping in the viewer. */
    public enum Kind { INPUT, OUTPUT, REGISTER }

    /** One recorded signal. */
    public record Signal(String name, Kind kind) {
    }

    public Waveform {
        signals = List.copyOf(signals);
    }

    public int cycles() {
        return good.length;
    }

    public boolean hasFault() {
        return faulty != null;
    }
}
