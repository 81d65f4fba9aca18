package dev.tmrkit.circuits.tmr;

import dev.tmrkit.circuits.tmr.TmrOptions.InputMode;
import dev.tmrkit.circuits.tmr.TmrOptions.OutputMode;
import dev.tmrkit.circuits.tmr.TmrOptions.RegisterVoting;
import dev.tmrkit.circuits.tmr.TmrOptions.Scope;
import dev.tmrkit.circuits.tmr.TmrOptions.VoterMode;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.Pin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The decisions of the TMR pass for one netlist, before any gate is built: which original nets stay
 * single, which are voted for the replicas (and why), which need a single voter to feed an excluded gate,
 * and which outputs get a reduction voter.
 *
 * <p>The rules. A net stays single when it is a shared primary input or is excluded. A replicated net is
 * voted for the replicas when the scope asks for it and something replicated reads the voted value:
 * scope {@code gates} votes every non-constant gate output (flip-flops included) that a replicated gate
 * reads or that is a triplicated output; scope {@code registers} votes the D input of every replicated
 * flip-flop (or, voters after, its output); nets chosen by {@link TmrOptions#vote()} are voted too, and so are
 * the flip-flop outputs matched by {@link TmrOptions#voteRegisters()} (other nets they match are skipped); with
 * triplicated outputs every replicated output net is voted (its voters are the output
 * ports; when the replicas also read such a net, they read its voted value: see {@link VoterPlacement#READ_BACK}).
 * An excluded gate reads one value per input: a single input as is, a replicated one through a
 * single voter. With reduced outputs, each replicated output net gets a reduction voter over its three raw
 * replica copies.
 */
final class VoterPlan {
    private final Netlist original;
    private final TmrOptions options;
    private final boolean[] single;
    private final boolean[] excludedGate;
    private final List<Set<String>> replicaReasons;
    private final List<Set<String>> mergeReasons;
    private final boolean[] reduced;

    VoterPlan(Netlist original, TmrOptions options) {
        TmrNames.checkUserNames(original);
        this.original = original;
        this.options = options;
        int n = original.netCount();
        this.single = new boolean[n];
        this.excludedGate = new boolean[original.gateCount()];
        this.replicaReasons = new ArrayList<>(n);
        this.mergeReasons = new ArrayList<>(n);
        this.reduced = new boolean[n];
        for (int i = 0; i < n; i++) {
            replicaReasons.add(new LinkedHashSet<>());
            mergeReasons.add(new LinkedHashSet<>());
        }
        markSingle();
        placeScopeVoters();
        placeOutputVoters();
        placeMergeVoters();
    }

    private void markSingle() {
        for (int net : matching(options.exclude(), "exclude")) {
            single[net] = true;
            if (original.driver(net) >= 0) {
                excludedGate[original.driver(net)] = true;
            }
        }
        if (options.inputs() == InputMode.SHARED) {
            for (int in : original.inputIds()) {
                single[in] = true;
            }
        }
    }

    /**
     * The nets that the names or globs of {@code patterns} match, in net order.
     *
     * @throws IllegalArgumentException for a pattern that matches no net
     */
    private List<Integer> matching(Set<String> patterns, String what) {
        boolean[] hit = new boolean[original.netCount()];
        for (String glob : patterns) {
            NetPattern pattern = new NetPattern(glob);
            boolean any = false;
            if (pattern.isLiteral()) {
                int net = original.netId(glob);
                if (net >= 0) {
                    hit[net] = true;
                    any = true;
                }
            } else {
                for (int net = 0; net < original.netCount(); net++) {
                    if (pattern.matches(original.netName(net))) {
                        hit[net] = true;
                        any = true;
                    }
                }
            }
            if (!any) {
                throw new IllegalArgumentException("cannot " + what + " '" + glob + "': circuit '" + original.name()
                        + "' has no net " + (pattern.isLiteral() ? "of that name" : "that matches it"));
            }
        }
        List<Integer> nets = new ArrayList<>();
        for (int net = 0; net < hit.length; net++) {
            if (hit[net]) {
                nets.add(net);
            }
        }
        return nets;
    }

    private void placeScopeVoters() {
        for (int g = 0; g < original.gateCount(); g++) {
            Gate gate = original.gate(g);
            int out = gate.output();
            String name = original.netName(out);
            if (options.scope() == Scope.GATES && !gate.type().isConstant() && !single[out]
                    && (hasReplicatedReader(out) || isTriplicatedOutput(out))) {
                String what = gate.type() == GateType.DFF ? "flip-flop " : "gate ";
                replicaReasons.get(out).add("after " + what + name + " (scope gates)");
            }
            if (options.scope() == Scope.REGISTERS && options.registers() == RegisterVoting.BEFORE
                    && gate.type() == GateType.DFF && !excludedGate[g] && !single[gate.input(0)]) {
                replicaReasons.get(gate.input(0)).add("DFF " + name + " next state (feedback)");
            }
            if (options.scope() == Scope.REGISTERS && options.registers() == RegisterVoting.AFTER
                    && gate.type() == GateType.DFF && !single[out] && (hasReplicatedReader(out) || isTriplicatedOutput(out))) {
                replicaReasons.get(out).add("after flip-flop " + name + " (scope registers, voters after)");
            }
        }
        for (String glob : options.vote()) {
            voteChosen(glob, matching(java.util.Set.of(glob), "vote"), net -> "chosen (--vote " + glob + ")");
        }
        for (String glob : options.voteRegisters()) {
            List<Integer> registers = new ArrayList<>();
            for (int net : matching(java.util.Set.of(glob), "vote the registers")) {
                if (isRegister(net)) {
                    registers.add(net);
                } else if (new NetPattern(glob).isLiteral()) {
                    throw new IllegalArgumentException("cannot vote the register '" + glob + "': it is " + (original.isInput(net)
                            ? "an input" : "the output of a " + original.gate(original.driver(net)).type() + " gate")
                            + ", not of a flip-flop; --vote votes any net");
                }
            }
            if (registers.isEmpty()) {
                throw new IllegalArgumentException("cannot vote the registers '" + glob + "': it matches no flip-flop output"
                        + " of circuit '" + original.name() + "'" + (original.isSequential() ? "" : ", which has no flip-flops"));
            }
            voteChosen(glob, registers, net -> "after flip-flop " + original.netName(net) + " (--vote-registers " + glob + ")");
        }
    }

    private boolean isRegister(int net) {
        int d = original.driver(net);
        return d >= 0 && original.gate(d).type() == GateType.DFF;
    }

    /** Votes {@code nets} matched by {@code glob}: a name must be votable; a glob votes the votable ones, at least one. */
    private void voteChosen(String glob, List<Integer> nets, java.util.function.IntFunction<String> reason) {
        boolean literal = new NetPattern(glob).isLiteral();
        int voted = 0;
        for (int net : nets) {
            String why = whyNotVotable(net);
            if (why == null) {
                replicaReasons.get(net).add(reason.apply(net));
                voted++;
            } else if (literal) {
                throw new IllegalArgumentException("cannot vote '" + original.netName(net) + "': " + why);
            }
        }
        if (voted == 0) {
            throw new IllegalArgumentException("cannot vote '" + glob + "': none of the " + nets.size()
                    + " nets it matches can be voted (for one: " + whyNotVotable(nets.get(0)) + ")");
        }
    }

    /** Why a net cannot be voted, or null when it can. */
    private String whyNotVotable(int net) {
        if (single[net]) {
            return "it is not triplicated (" + (original.isInput(net) && options.inputs() == InputMode.SHARED
                    ? "a shared input" : "excluded") + "), so there are no three copies to vote";
        }
        if (!hasReplicatedReader(net) && !isTriplicatedOutput(net)) {
            return "no replicated gate reads it" + (original.isOutput(net) ? " (its output's reduction voter votes it already)"
                    : "") + ", so its voters would have no reader";
        }
        return null;
    }

    private void placeOutputVoters() {
        for (int out : original.outputIds()) {
            if (single[out]) {
                continue;
            }
            if (options.outputs() == OutputMode.TRIPLICATED) {
                String reason = "primary output " + original.netName(out);
                if (hasReplicatedReader(out)) {
                    int d = original.driver(out);
                    reason += ", " + VoterPlacement.READ_BACK + (d >= 0 && original.gate(d).type() == GateType.DFF
                            ? " (feedback voting: an upset of flip-flop " + original.netName(out) + " is corrected at the next clock)"
                            : " (voting inside the logic)");
                }
                replicaReasons.get(out).add(reason);
            } else {
                reduced[out] = true;
            }
        }
    }

    private void placeMergeVoters() {
        for (int g = 0; g < original.gateCount(); g++) {
            if (!excludedGate[g]) {
                continue;
            }
            Gate gate = original.gate(g);
            for (int pin = 0; pin < gate.arity(); pin++) {
                int in = gate.input(pin);
                if (!single[in]) {
                    mergeReasons.get(in).add("read by unreplicated gate " + original.netName(gate.output()));
                }
            }
        }
    }

    private boolean hasReplicatedReader(int net) {
        for (Pin p : original.fanoutPins(net)) {
            if (!excludedGate[p.gate()]) {
                return true;
            }
        }
        return false;
    }

    private boolean isTriplicatedOutput(int net) {
        return options.outputs() == OutputMode.TRIPLICATED && original.isOutput(net);
    }

    Netlist original() {
        return original;
    }

    TmrOptions options() {
        return options;
    }

    /** True when the net is not triplicated: a shared input, or excluded. */
    boolean isSingle(int net) {
        return single[net];
    }

    boolean isExcludedGate(int gate) {
        return excludedGate[gate];
    }

    /** True when the replicas read a voted value of the net (and triplicated outputs are its voters). */
    boolean isVotedForReplicas(int net) {
        return !replicaReasons.get(net).isEmpty();
    }

    /** True when the net has triplicated voters. */
    boolean hasTriplicatedVoters(int net) {
        return isVotedForReplicas(net) && options.voters() == VoterMode.TRIPLICATED;
    }

    /** True when the net has a single voter: voted with single voters, or read by an excluded gate. */
    boolean hasSingleVoter(int net) {
        return !mergeReasons.get(net).isEmpty() || isVotedForReplicas(net) && options.voters() == VoterMode.SINGLE;
    }

    /** True when the output net gets a reduction voter. */
    boolean isReduced(int net) {
        return reduced[net];
    }

    /** True when the net's replicas meet at some voter, so the mismatch logic compares them. */
    boolean isCompared(int net) {
        return hasTriplicatedVoters(net) || hasSingleVoter(net) || isReduced(net);
    }

    /** Every voter placement, in net order; at most one per net and kind. */
    List<VoterPlacement> placements() {
        List<VoterPlacement> out = new ArrayList<>();
        for (int net = 0; net < original.netCount(); net++) {
            String name = original.netName(net);
            if (hasTriplicatedVoters(net)) {
                out.add(new VoterPlacement(name, VoterKind.TRIPLICATED, String.join("; ", replicaReasons.get(net))));
            }
            if (hasSingleVoter(net)) {
                Set<String> reasons = new LinkedHashSet<>();
                if (options.voters() == VoterMode.SINGLE) {
                    reasons.addAll(replicaReasons.get(net));
                }
                reasons.addAll(mergeReasons.get(net));
                out.add(new VoterPlacement(name, VoterKind.SINGLE, String.join("; ", reasons)));
            }
            if (reduced[net]) {
                out.add(new VoterPlacement(name, VoterKind.REDUCTION, "primary output " + name));
            }
        }
        return out;
    }
}
