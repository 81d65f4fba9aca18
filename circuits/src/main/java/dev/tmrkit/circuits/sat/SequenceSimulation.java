package dev.tmrkit.circuits.sat;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import dev.tmrkit.gates.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Random input sequences from reset, a faulty netlist beside the fault-free one (bit-parallel), the outputs
 * judged in every cycle: the cheap witnesses before any SAT. Tied input copies get the same value.
 */
final class SequenceSimulation {
    /** Witnesses found: one where the outputs are wrong and unflagged (or wrong, with no mismatch output), and one where they are wrong at all. */
    record Found(Optional<List<String>> silent, Optional<List<String>> wrong) {
    }

    private final Netlist netlist;
    private final CampaignPlan.Judging judging;
    private final int[] judged;
    private final List<? extends Fault> faults;
    private final long seed;

    SequenceSimulation(Netlist netlist, CampaignPlan.Judging judging, List<? extends Fault> faults, long seed) {
        this.netlist = netlist;
        this.judging = judging;
        this.judged = judging.judged(netlist);
        this.faults = faults;
        this.seed = seed;
    }

    /** Simulates {@code sequences} random sequences of {@code cycles} cycles; the earliest failing cycle's witnesses. */
    Found run(long sequences, int cycles) {
        int words = (int) Math.min(64, (sequences + 63) / 64);
        long lanes = Math.min(sequences, 64L * words);
        CompiledEvaluator c = CompiledEvaluator.compile(netlist);
        Simulation good = c.newSimulation(words).reset();
        Simulation bad = c.newSimulation(words).setFaults(faults).reset();
        InputTies ties = judging.ties();
        SplittableRandom random = new SplittableRandom(seed);
        List<long[][]> applied = new ArrayList<>();
        long[] errors = new long[judged.length];
        Optional<List<String>> wrongWitness = Optional.empty();
        int mismatch = judging.mismatchOutput();
        for (int t = 0; t < cycles; t++) {
            long[][] in = new long[ties.logicalInputs()][words];
            for (long[] row : in) {
                for (int w = 0; w < words; w++) {
                    row[w] = random.nextLong();
                }
            }
            applied.add(in);
            for (int i = 0; i < netlist.inputCount(); i++) {
                good.setInput(i, in[ties.sourceOf(i)]);
                bad.setInput(i, in[ties.sourceOf(i)]);
            }
            good.evaluate();
            bad.evaluate();
            for (int w = 0; w < words; w++) {
                long valid = lanes - 64L * w >= 64 ? -1L : (1L << (lanes - 64L * w)) - 1;
                for (int k = 0; k < judged.length; k++) {
                    errors[k] = good.output(judged[k], w) ^ bad.output(judged[k], w);
                }
                long wrong = judging.check().wrongLanes(errors) & valid;
                long unflagged = mismatch < 0 ? wrong : wrong & ~bad.output(mismatch, w);
                if (unflagged != 0) {
                    return new Found(Optional.of(witness(applied, w, Long.numberOfTrailingZeros(unflagged))), wrongWitness);
                }
                if (wrong != 0 && wrongWitness.isEmpty()) {
                    wrongWitness = Optional.of(witness(applied, w, Long.numberOfTrailingZeros(wrong)));
                }
            }
            good.clock();
            bad.clock();
        }
        return new Found(Optional.empty(), wrongWitness);
    }

    /** The primary input vectors of one lane, cycle by cycle. */
    private List<String> witness(List<long[][]> applied, int word, int bit) {
        List<String> seq = new ArrayList<>(applied.size());
        for (long[][] in : applied) {
            StringBuilder v = new StringBuilder(netlist.inputCount());
            for (int i = 0; i < netlist.inputCount(); i++) {
                v.append((in[judging.ties().sourceOf(i)][word] >>> bit & 1L) != 0 ? '1' : '0');
            }
            seq.add(v.toString());
        }
        return seq;
    }
}
