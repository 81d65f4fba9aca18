package dev.tmrkit.circuits.tmr;

import dev.tmrkit.circuits.tmr.TmrOptions.OutputMode;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.Location;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.vote.MajorityVoter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the TMR netlist a {@link VoterPlan} describes, in a fixed order: inputs, outputs, the replicated
 * and excluded gates, the voters, the reduction voters, then the mismatch logic. Counts every gate it adds
 * by category for the {@link TmrReport}. Use once.
 */
final class TmrEmitter {
    private final VoterPlan plan;
    private final Netlist original;
    private final NetlistBuilder b;
    private final Map<VoterKind, Integer> voters = new EnumMap<>(VoterKind.class);
    private int replicaGates;
    private int unreplicatedGates;
    private int voterGates;
    private int reductionGates;
    private int mismatchGates;

    TmrEmitter(VoterPlan plan) {
        this.plan = plan;
        this.original = plan.original();
        this.b = Netlist.builder(original.name() + "-tmr");
        for (VoterKind k : VoterKind.values()) {
            voters.put(k, 0);
        }
    }

    /** Builds the netlist and the report. */
    TmrResult emit() {
        inputs();
        outputs();
        gates();
        voters();
        reductionVoters();
        if (plan.options().mismatch()) {
            b.output(TmrNames.MISMATCH);
            mismatchGates = MismatchLogic.build(b, comparedNets());
        }
        Netlist tmr = b.build();
        TmrReport report = new TmrReport(original.name(), plan.options(), original.gateCount(), replicaGates,
                unreplicatedGates, voterGates, reductionGates, mismatchGates, tmr.gateCount(), voters, plan.placements(),
                original.inputCount(), original.outputCount(), tmr.inputCount(), tmr.outputCount());
        return new TmrResult(tmr, report);
    }

    private String name(int net) {
        return original.netName(net);
    }

    /** Replica {@code r}'s raw copy of a replicated net. */
    private String raw(Replica r, int net) {
        return TmrNames.replica(r, name(net));
    }

    /** What a replicated gate of replica {@code r} reads for original net {@code net}. */
    private String replicaView(Replica r, int net) {
        if (plan.isSingle(net)) {
            return name(net);
        }
        if (plan.hasTriplicatedVoters(net)) {
            return TmrNames.voter(r, name(net));
        }
        if (plan.isVotedForReplicas(net)) {
            return TmrNames.singleVoter(name(net));
        }
        return raw(r, net);
    }

    /** What an excluded gate reads for original net {@code net}: the net itself if single, else its single voter. */
    private String singleView(int net) {
        return plan.isSingle(net) ? name(net) : TmrNames.singleVoter(name(net));
    }

    private void inputs() {
        for (int in : original.inputIds()) {
            if (plan.isSingle(in)) {
                b.input(name(in));
            } else {
                for (Replica r : Replica.ALL) {
                    b.input(raw(r, in));
                }
            }
        }
    }

    private void outputs() {
        boolean triplicated = plan.options().outputs() == OutputMode.TRIPLICATED;
        for (int out : original.outputIds()) {
            if (!triplicated) {
                b.output(name(out));
                continue;
            }
            for (Replica r : Replica.ALL) {
                b.output(plan.isSingle(out) ? name(out) : replicaView(r, out));
            }
        }
    }

    private void gates() {
        for (int g = 0; g < original.gateCount(); g++) {
            Gate gate = original.gate(g);
            List<String> ins = new ArrayList<>(gate.arity());
            if (plan.isExcludedGate(g)) {
                for (int pin = 0; pin < gate.arity(); pin++) {
                    ins.add(singleView(gate.input(pin)));
                }
                b.gate(gate.type(), name(gate.output()), ins, Location.NONE);
                unreplicatedGates++;
                continue;
            }
            for (Replica r : Replica.ALL) {
                ins.clear();
                for (int pin = 0; pin < gate.arity(); pin++) {
                    ins.add(replicaView(r, gate.input(pin)));
                }
                b.gate(gate.type(), raw(r, gate.output()), ins, Location.NONE);
                replicaGates++;
            }
        }
    }

    private void voters() {
        for (int net = 0; net < original.netCount(); net++) {
            String a = raw(Replica.A, net);
            String bb = raw(Replica.B, net);
            String c = raw(Replica.C, net);
            if (plan.hasTriplicatedVoters(net)) {
                for (Replica r : Replica.ALL) {
                    MajorityVoter.instantiate(b, a, bb, c, TmrNames.voter(r, name(net)), TmrNames.voterTerms(r, name(net)));
                    count(VoterKind.TRIPLICATED);
                }
            }
            if (plan.hasSingleVoter(net)) {
                MajorityVoter.instantiate(b, a, bb, c, TmrNames.singleVoter(name(net)), TmrNames.singleVoterTerms(name(net)));
                count(VoterKind.SINGLE);
            }
        }
    }

    private void reductionVoters() {
        for (int net = 0; net < original.netCount(); net++) {
            if (plan.isReduced(net)) {
                MajorityVoter.instantiate(b, raw(Replica.A, net), raw(Replica.B, net), raw(Replica.C, net), name(net),
                        TmrNames.reductionTerms(name(net)));
                count(VoterKind.REDUCTION);
            }
        }
    }

    private void count(VoterKind kind) {
        voters.merge(kind, 1, Integer::sum);
        if (kind == VoterKind.REDUCTION) {
            reductionGates += MajorityVoter.GATE_COUNT;
        } else {
            voterGates += MajorityVoter.GATE_COUNT;
        }
    }

    /** The original names of the nets whose replicas meet at a voter, in net order. */
    private List<String> comparedNets() {
        List<String> nets = new ArrayList<>();
        for (int net = 0; net < original.netCount(); net++) {
            if (plan.isCompared(net)) {
                nets.add(name(net));
            }
        }
        return nets;
    }
}
