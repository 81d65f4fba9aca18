package dev.tmrkit.circuits.tmr;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The overhead of one TMR transformation. Gates are counted as {@link dev.tmrkit.gates.Netlist#gateCount()}
 * counts them (flip-flops and constants included); the TMR netlist's gates are exactly
 * {@code replicaGates + unreplicatedGates + voterGates + reductionGates + mismatchGates}.
 *
 * @param circuit           the original netlist's name
 * @param options           the options of the pass
 * @param originalGates     gates of the original netlist
 * @param replicaGates      gates of the three replicas (three per triplicated original gate)
 * @param unreplicatedGates excluded original gates, kept single
 * @param voterGates        gates of the voters inside the replicated logic (single and triplicated)
 * @param reductionGates    gates of the final reduction voters
 * @param mismatchGates     gates of the mismatch detector (XORs and the OR tree)
 * @param tmrGates          gates of the TMR netlist
 * @param voters            voter instances by kind (every kind present, possibly 0)
 * @param placements        why each net was voted, in original net order
 * @param inputs            primary inputs of the original
 * @param outputs           primary outputs of the original
 * @param tmrInputs         primary inputs of the TMR netlist
 * @param tmrOutputs        primary outputs of the TMR netlist (the mismatch output included)
 */
public record TmrReport(String circuit, TmrOptions options, int originalGates, int replicaGates, int unreplicatedGates,
                        int voterGates, int reductionGates, int mismatchGates, int tmrGates, Map<VoterKind, Integer> voters,
                        List<VoterPlacement> placements, int inputs, int outputs, int tmrInputs, int tmrOutputs) {
    public TmrReport {
        EnumMap<VoterKind, Integer> all = new EnumMap<>(VoterKind.class);
        for (VoterKind k : VoterKind.values()) {
            all.put(k, voters.getOrDefault(k, 0));
        }
        voters = Collections.unmodifiableMap(all);
        placements = List.copyOf(placements);
        int sum = replicaGates + unreplicatedGates + voterGates + reductionGates + mismatchGates;
        if (sum != tmrGates) {
            throw new IllegalArgumentException("gate counts add up to " + sum + ", not " + tmrGates);
        }
    }

    /** Voter instances of one kind. */
    public int voters(VoterKind kind) {
        return voters.get(kind);
    }

    /** Voter instances of every kind. */
    public int totalVoters() {
        int n = 0;
        for (int v : voters.values()) {
            n += v;
        }
        return n;
    }

    /**
     * The triplicated outputs that the replicas also read through their voters ({@link VoterPlacement#READ_BACK}):
     * voting inside the logic that the scope alone would not place.
     */
    public List<String> readBackOutputs() {
        return placements.stream().filter(VoterPlacement::readBack).map(VoterPlacement::net).toList();
    }

    /** Gates the transformation added: the TMR netlist's gates minus the original's. */
    public int addedGates() {
        return tmrGates - originalGates;
    }

    /** The TMR netlist's size relative to the original's (3.0 and up); NaN for an empty original. */
    public double overhead() {
        return originalGates == 0 ? Double.NaN : (double) tmrGates / originalGates;
    }
}
