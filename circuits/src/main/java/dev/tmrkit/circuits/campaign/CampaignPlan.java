package dev.tmrkit.circuits.campaign;

import dev.tmrkit.circuits.campaign.CampaignSpec.FaultModel;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.faults.FaultCollapsing;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.faults.FlipCycle;
import dev.tmrkit.circuits.faults.FlipSites;
import dev.tmrkit.circuits.faults.RandomSample;
import dev.tmrkit.circuits.faults.SampleSize;
import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.circuits.tmr.TmrNames;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A campaign ready to run: the fault sets of a {@link CampaignSpec} on one netlist (sampled if asked),
 * its patterns, and how its outputs are judged. Every random choice comes from {@code seed}.
 *
 * @param population the number of fault sets before sampling
 * @param sampled    the size of the random sample, or -1 when every fault set is injected
 * @param listedFrom where the user listed the faults (each its own fault set), or null for the spec's fault sets
 */
public record CampaignPlan(Netlist netlist, CampaignSpec spec, long seed, List<List<Fault>> faultSets, int population,
                           int sampled, PatternSet patterns, Judging judging, String listedFrom) {

    public CampaignPlan {
        faultSets = List.copyOf(faultSets);
    }

    /**
     * How the outputs of a netlist are judged: the check, the TMR mismatch output if it has one ({@link
     * TmrNames#MISMATCH}, -1 if not, never itself judged), and the ties of its triplicated inputs.
     */
    public record Judging(OutputCheck check, int mismatchOutput, InputTies ties) {
        /** @throws IllegalArgumentException when triplicated outputs do not come in groups of three */
        public static Judging of(Netlist netlist, OutputCheck check) {
            int mismatch = netlist.outputNames().lastIndexOf(TmrNames.MISMATCH);
            check.judged(netlist.outputCount(), mismatch);
            return new Judging(check, mismatch, TmrRoles.inputTies(netlist));
        }

        /** The outputs judged, in declared order: all but the mismatch output. */
        public int[] judged(Netlist netlist) {
            return check.judged(netlist.outputCount(), mismatchOutput);
        }
    }

    /**
     * Plans the campaign {@code spec} on {@code netlist}.
     *
     * @throws IllegalArgumentException when the spec cannot take effect on this netlist (no flip-flops for
     *                                  SEUs, more sites or samples than there are, a cycle that never comes)
     */
    public static CampaignPlan of(Netlist netlist, CampaignSpec spec, long seed) {
        Judging judging = Judging.of(netlist, spec.check());
        List<List<Fault>> all = faultSets(netlist, spec, seed);
        List<List<Fault>> sets = all;
        int sampled = -1;
        if (spec.sample().isPresent() || spec.margin().isPresent()) {
            sampled = spec.sample().isPresent() ? spec.sample().getAsInt()
                    : (int) SampleSize.leveugle(all.size(), spec.margin().getAsDouble(), spec.confidence());
            if (sampled > all.size()) {
                throw new IllegalArgumentException("a sample of " + sampled + " exceeds the " + all.size() + " fault sets");
            }
            sets = RandomSample.of(all, sampled, seed);
        }
        PatternSet patterns = patterns(judging.ties().logicalInputs(), netlist.isSequential(), spec, seed);
        if (spec.faults() != FaultModel.STUCK_AT && patterns.cycles() == 1) {
            for (var c : List.of(spec.cycle(), spec.secondCycle())) {
                if (c.isPresent() && c.getAsInt() != 0) {
                    throw new IllegalArgumentException("a combinational evaluation has one cycle, 0; cycle " + c.getAsInt()
                            + " never strikes");
                }
            }
        }
        return new CampaignPlan(netlist, spec, seed, sets, all.size(), sampled, patterns, judging, null);
    }

    /**
     * The same plan on other patterns, such as vectors given by the user ({@link PatternSet#of}).
     *
     * @throws IllegalArgumentException when single-cycle given vectors meet a sequential netlist
     */
    public CampaignPlan withPatterns(PatternSet other) {
        if (other.given() != null && netlist.isSequential()) {
            throw new IllegalArgumentException("given vectors are single-cycle patterns of a combinational circuit; '"
                    + netlist.name() + "' has flip-flops");
        }
        return new CampaignPlan(netlist, spec, seed, faultSets, population, sampled, other, judging, listedFrom);
    }

    /** The same plan on the single faults {@code faults} listed in {@code source}, each its own fault set, in list order. */
    public CampaignPlan withFaults(List<? extends Fault> faults, String source) {
        List<List<Fault>> sets = new java.util.ArrayList<>(faults.size());
        for (Fault f : faults) {
            sets.add(List.of(f));
        }
        return new CampaignPlan(netlist, spec, seed, sets, sets.size(), -1, patterns, judging, source);
    }

    private static PatternSet patterns(int logicalInputs, boolean sequential, CampaignSpec spec, long seed) {
        if (!spec.exhaustive()) {
            return PatternSet.choose(logicalInputs, sequential, spec.patterns(), seed, spec.cycles());
        }
        if (sequential) {
            throw new IllegalArgumentException("exhaustive enumerates inputs of a combinational circuit; a sequential one "
                    + "runs random sequences");
        }
        return PatternSet.exhaustive(logicalInputs, seed);
    }

    /** The fault list of the spec, before sampling. */
    static List<List<Fault>> faultSets(Netlist n, CampaignSpec spec, long seed) {
        if (spec.faults() == FaultModel.STUCK_AT) {
            List<Fault> list = spec.collapsed() ? FaultCollapsing.collapse(n).representatives() : FaultLists.allStuckAt(n);
            List<List<Fault>> sets = new ArrayList<>(list.size());
            for (Fault f : list) {
                sets.add(List.of(f));
            }
            return sets;
        }
        List<Site> sites = spec.faults() == FaultModel.SEU ? FlipSites.registers(n) : FlipSites.nets(n);
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("'" + n.name() + "' has no flip-flops for seu faults");
        }
        if (spec.multi() > sites.size()) {
            throw new IllegalArgumentException(spec.multi() + " sites together (multi) exceed the " + sites.size() + " sites");
        }
        FlipCycle when = spec.cycle().isPresent() ? FlipCycle.at(spec.cycle().getAsInt()) : FlipCycle.uniform(spec.cycles());
        List<List<Fault>> sets;
        if (spec.multi() == 1) {
            sets = FlipSites.single(sites, when, seed);
        } else if (spec.spread() == CampaignSpec.Spread.ADJACENT) {
            List<List<Site>> rows = spec.adjacency().isPresent()
                    ? spec.adjacency().get().resolve(n, sites, spec.faults() == FaultModel.SEU ? "a flip-flop" : "a net")
                    : dev.tmrkit.circuits.faults.Adjacency.byReplica(n, sites);
            sets = FlipSites.adjacentInRows(rows, spec.multi(), when, seed);
            if (sets.isEmpty()) {
                throw new IllegalArgumentException("no row of adjacent sites holds " + spec.multi() + " sites"
                        + (spec.adjacency().isPresent() ? " in " + spec.adjacency().get().source() : ""));
            }
        } else {
            sets = FlipSites.scattered(sites, spec.multi(), spec.sets(), when, seed);
        }
        return spec.secondCycle().isPresent() ? FlipSites.laterUpsets(sets, spec.secondCycle().getAsInt()) : sets;
    }

    /** The campaign, ready to run (or to resume, with {@link Checkpoint}). */
    public FaultSetCampaign campaign() {
        return new FaultSetCampaign(netlist, patterns, judging.check(), judging.mismatchOutput(), judging.ties(),
                spec.dropping());
    }

    /** Runs every fault set on {@code threads} threads; the result does not depend on the thread count. */
    public CampaignResult run(int threads, ProgressListener progress) {
        return campaign().runSets(faultSets, threads, progress);
    }

    /** One line on the fault sets: the model, how many, and the sample drawn from them. */
    public String describeFaults() {
        String what;
        if (listedFrom != null) {
            what = "the single stuck-at faults listed in " + listedFrom + ": " + population;
        } else if (spec.faults() == FaultModel.STUCK_AT) {
            what = (spec.collapsed() ? "collapsed single stuck-at faults (one per equivalence class): "
                    : "every single stuck-at fault on stems and fanout branches: ") + population;
        } else {
            String kind = spec.faults() == FaultModel.SEU ? "flip-flop upsets" : "transient flips on nets";
            String at = spec.cycle().isPresent() ? "in cycle " + spec.cycle().getAsInt() : "in a random cycle";
            String k = spec.multi() == 1 ? "single "
                    : spec.spread() == CampaignSpec.Spread.RANDOM ? spec.multi() + "-site (random, no set twice) "
                    : spec.multi() + "-site (adjacent: consecutive in " + (spec.adjacency().isPresent()
                        ? "a row of " + spec.adjacency().get().source() : "site order, never across replicas") + ") ";
            String second = spec.secondCycle().isPresent() ? ", later sites in cycle " + spec.secondCycle().getAsInt() : "";
            what = k + kind + " " + at + second + ": " + population + " sets";
        }
        if (sampled < 0) {
            return what;
        }
        return what + "; random sample of " + sampled + (spec.sample().isEmpty()
                ? String.format(Locale.ROOT, " (Leveugle et al. 2009: margin %.3g at %.0f%% confidence)",
                        spec.margin().getAsDouble(), 100 * spec.confidence())
                : "") + ", seed " + seed;
    }
}
