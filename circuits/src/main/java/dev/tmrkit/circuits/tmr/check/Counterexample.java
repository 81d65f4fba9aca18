package dev.tmrkit.circuits.tmr.check;

import java.util.List;

/**
 * Input vectors under which a TMR netlist and its original differ.
 *
 * @param inputs   one bit string per clock cycle from reset up to and including {@code cycle}, the original's
 *                 inputs in declared order, first input first
 * @param cycle    the cycle in which the outputs differ (0 for a combinational circuit)
 * @param output   the TMR netlist's output port index that is wrong
 * @param name     that port's net name
 * @param expected the value the original computes for the net the port stands for (0 for the mismatch output)
 * @param actual   the value the TMR netlist shows
 */
public record Counterexample(List<String> inputs, int cycle, int output, String name, boolean expected, boolean actual) {
    public Counterexample {
        inputs = List.copyOf(inputs);
    }

    /** One line for people: {@code output y (port 0) is 1, expected 0, in cycle 3 after inputs 01, 11, 10, 00}. */
    public String describe() {
        return "output " + name + " (port " + output + ") is " + (actual ? 1 : 0) + ", expected " + (expected ? 1 : 0)
                + (cycle == 0 && inputs.size() == 1 ? " for inputs " + inputs.get(0)
                        : " in cycle " + cycle + " after inputs " + String.join(", ", inputs) + " from reset");
    }
}
