package dev.tmrkit.circuits.tmr.check;

import dev.tmrkit.circuits.tmr.TmrNames;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import java.util.Arrays;

/**
 * How the ports of a TMR netlist stand for its original's, found by name: a TMR input is an original input
 * of the same name or a replica's copy of one; a TMR output stands for the original net of the same name,
 * or for the net its generated name is about ({@link TmrRoles#roleOf}), or is the mismatch output. Every
 * original input and every original output net must be represented.
 */
public final class PortMap {
    private final String[] tmrOutputNames;
    private final int[] inputOf;   // TMR input -> original input index
    private final int[] netOf;     // TMR output -> original net, or -1 for the mismatch output

    private PortMap(String[] tmrOutputNames, int[] inputOf, int[] netOf) {
        this.tmrOutputNames = tmrOutputNames;
        this.inputOf = inputOf;
        this.netOf = netOf;
    }

    /** @throws IllegalArgumentException when a port matches nothing, or an original port is not represented */
    public static PortMap of(Netlist original, Netlist tmr) {
        int[] inputOf = new int[tmr.inputCount()];
        boolean[] inputSeen = new boolean[original.inputCount()];
        int[] indexOfInput = new int[original.netCount()];
        Arrays.fill(indexOfInput, -1);
        for (int i = 0; i < original.inputCount(); i++) {
            indexOfInput[original.input(i)] = i;
        }
        for (int t = 0; t < tmr.inputCount(); t++) {
            String name = tmr.netName(tmr.input(t));
            int net = standsFor(original, name);
            if (net < 0 || indexOfInput[net] < 0) {
                throw new IllegalArgumentException("TMR input '" + name + "' stands for no input of '" + original.name() + "'");
            }
            inputOf[t] = indexOfInput[net];
            inputSeen[inputOf[t]] = true;
        }
        for (int i = 0; i < inputSeen.length; i++) {
            if (!inputSeen[i]) {
                throw new IllegalArgumentException("input '" + original.netName(original.input(i)) + "' of '" + original.name()
                        + "' has no counterpart among the TMR netlist's inputs");
            }
        }
        String[] names = new String[tmr.outputCount()];
        int[] netOf = new int[tmr.outputCount()];
        boolean[] outputSeen = new boolean[original.netCount()];
        for (int o = 0; o < tmr.outputCount(); o++) {
            names[o] = tmr.netName(tmr.output(o));
            if (names[o].equals(TmrNames.MISMATCH)) {
                netOf[o] = -1;
                continue;
            }
            netOf[o] = standsFor(original, names[o]);
            if (netOf[o] < 0 || !original.isOutput(netOf[o])) {
                throw new IllegalArgumentException("TMR output '" + names[o] + "' stands for no output of '"
                        + original.name() + "'");
            }
            outputSeen[netOf[o]] = true;
        }
        for (int out : original.outputIds()) {
            if (!outputSeen[out]) {
                throw new IllegalArgumentException("output '" + original.netName(out) + "' of '" + original.name()
                        + "' has no counterpart among the TMR netlist's outputs");
            }
        }
        return new PortMap(names, inputOf, netOf);
    }

    /** The original net of the same name, else the one a generated name is about, else -1. */
    private static int standsFor(Netlist original, String tmrName) {
        int same = original.netId(tmrName);
        return same >= 0 ? same : original.netId(TmrRoles.roleOf(tmrName).original());
    }

    public int inputs() {
        return inputOf.length;
    }

    public int outputs() {
        return netOf.length;
    }

    /** The original input a TMR input is driven like. */
    public int originalInput(int tmrInput) {
        return inputOf[tmrInput];
    }

    /** The original net a TMR output must equal, or -1 for the mismatch output (which must be 0). */
    public int originalNet(int tmrOutput) {
        return netOf[tmrOutput];
    }

    public String tmrOutputName(int tmrOutput) {
        return tmrOutputNames[tmrOutput];
    }
}
