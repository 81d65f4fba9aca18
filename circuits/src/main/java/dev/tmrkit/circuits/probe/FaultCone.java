package dev.tmrkit.circuits.probe;

import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import dev.tmrkit.gates.fault.Fault;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The nets (and output ports) whose value a fault changes, compared with the fault-free circuit in the
 * first clock cycle from reset: for one input vector ({@link #forVector}), or for at least one of many
 * patterns ({@link #overPatterns}: every input combination up to {@value #EXHAUSTIVE_LIMIT} logical
 * inputs, else {@value #RANDOM_PATTERNS} random patterns from a seed). The triplicated inputs of a TMR
 * netlist always get equal values. The fault site itself counts only if its net's value changes: a
 * stuck-at-0 on a net that is 0 changes nothing, and a fault on one fanout branch changes no net, only
 * what that one gate reads.
 */
public final class FaultCone {
    /** Circuits with at most this many logical inputs are enumerated exhaustively. */
    public static final int EXHAUSTIVE_LIMIT = 16;
    /** Random patterns for circuits with more inputs. */
    public static final int RANDOM_PATTERNS = 4096;

    private final Netlist netlist;
    private final Fault fault;
    private final BitSet nets;
    private final BitSet ports;
    private final String patterns;
    private final NetValues good;
    private final NetValues faulty;

    private FaultCone(Netlist netlist, Fault fault, BitSet nets, BitSet ports, String patterns, NetValues good, NetValues faulty) {
        this.netlist = netlist;
        this.fault = fault;
        this.nets = nets;
        this.ports = ports;
        this.patterns = patterns;
        this.good = good;
        this.faulty = faulty;
    }

    /** The nets {@code fault} changes for input vector {@code inputs} (declared order). */
    public static FaultCone forVector(Netlist netlist, Fault fault, boolean[] inputs) {
        Objects.requireNonNull(fault, "fault");
        NetValues good = NetValues.of(netlist, inputs);
        NetValues bad = NetValues.of(netlist, inputs, List.of(fault));
        BitSet nets = new BitSet(netlist.netCount());
        for (int n = 0; n < netlist.netCount(); n++) {
            if (good.value(n) != bad.value(n)) {
                nets.set(n);
            }
        }
        BitSet ports = new BitSet(netlist.outputCount());
        for (int k = 0; k < netlist.outputCount(); k++) {
            if (good.port(k) != bad.port(k)) {
                ports.set(k);
            }
        }
        return new FaultCone(netlist, fault, nets, ports, "input vector " + InputVector.format(inputs), good, bad);
    }

    /**
     * The nets {@code fault} changes for at least one pattern: exhaustive up to {@value #EXHAUSTIVE_LIMIT}
     * logical inputs, else {@value #RANDOM_PATTERNS} random patterns drawn from {@code seed}.
     */
    public static FaultCone overPatterns(Netlist netlist, Fault fault, long seed) {
        Objects.requireNonNull(fault, "fault");
        InputTies ties = TmrRoles.inputTies(netlist);
        int logical = ties.logicalInputs();
        PatternSet ps = logical <= EXHAUSTIVE_LIMIT
                ? new PatternSet(true, 1L << logical, seed, 1)
                : new PatternSet(false, RANDOM_PATTERNS, seed, 1);
        long[][] words = ps.generate(logical)[0];
        CompiledEvaluator compiled = CompiledEvaluator.compile(netlist);
        Simulation good = compiled.newSimulation(ps.words());
        Simulation bad = compiled.newSimulation(ps.words()).setFaults(List.of(fault));
        for (int i = 0; i < netlist.inputCount(); i++) {
            good.setInput(i, words[ties.sourceOf(i)]);
            bad.setInput(i, words[ties.sourceOf(i)]);
        }
        good.evaluate();
        bad.evaluate();
        BitSet nets = new BitSet(netlist.netCount());
        for (int n = 0; n < netlist.netCount(); n++) {
            for (int w = 0; w < ps.words(); w++) {
                if (((good.net(n, w) ^ bad.net(n, w)) & ps.validLanes(w)) != 0) {
                    nets.set(n);
                    break;
                }
            }
        }
        BitSet ports = new BitSet(netlist.outputCount());
        for (int k = 0; k < netlist.outputCount(); k++) {
            for (int w = 0; w < ps.words(); w++) {
                if (((good.output(k, w) ^ bad.output(k, w)) & ps.validLanes(w)) != 0) {
                    ports.set(k);
                    break;
                }
            }
        }
        String text = ps.exhaustive() ? "all " + ps.count() + " input combinations" : ps.count() + " random patterns (seed " + seed + ")";
        return new FaultCone(netlist, fault, nets, ports, text, null, null);
    }

    public Netlist netlist() {
        return netlist;
    }

    public Fault fault() {
        return fault;
    }

    /** True when the fault changes net {@code net}'s value (for the vector, or for some pattern). */
    public boolean differs(int net) {
        return nets.get(net);
    }

    /** True when the fault changes what output port {@code output} shows. */
    public boolean portDiffers(int output) {
        return ports.get(output);
    }

    /** The nets the fault changes (a copy). */
    public BitSet differing() {
        return (BitSet) nets.clone();
    }

    /** How many nets the fault changes. */
    public int size() {
        return nets.cardinality();
    }

    /** What was compared: {@code input vector 10110}, {@code all 32 input combinations}, or random patterns and seed. */
    public String patterns() {
        return patterns;
    }

    /** The fault-free values, when computed for one vector. */
    public Optional<NetValues> good() {
        return Optional.ofNullable(good);
    }

    /** The values under the fault, when computed for one vector. */
    public Optional<NetValues> faulty() {
        return Optional.ofNullable(faulty);
    }
}
