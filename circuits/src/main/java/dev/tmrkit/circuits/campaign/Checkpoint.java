package dev.tmrkit.circuits.campaign;

import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The results of an interrupted campaign, to resume it: the plan's {@link #digest} and the entries
 * finished so far. A checkpoint resumes only the plan whose digest it carries, so a resumed run equals an
 * uninterrupted one. How a checkpoint is stored is the caller's business (tmrkit writes it into its
 * partial JSON report).
 *
 * @param digest  the {@link #digest} of the plan that made it
 * @param entries the finished fault sets, by index into the plan's fault sets
 */
public record Checkpoint(String digest, List<Entry> entries) {
    public Checkpoint {
        entries = List.copyOf(entries);
    }

    /** One finished fault set: its index, outcome, first failing pattern (-1: none), failing patterns (-1: not counted). */
    public record Entry(int index, Outcome outcome, long firstFailing, long failing) {
    }

    /** Thrown when a checkpoint does not belong to the plan it is to resume. */
    public static final class MismatchException extends IllegalArgumentException {
        MismatchException(String message) {
            super(message);
        }
    }

    /** The checkpoint of a run's results so far ({@code null}: not finished). */
    public static Checkpoint of(CampaignPlan plan, FaultResult[] results) {
        List<Entry> done = new java.util.ArrayList<>();
        for (int k = 0; k < results.length; k++) {
            FaultResult r = results[k];
            if (r != null) {
                done.add(new Entry(k, r.outcome(), r.firstFailingPattern(), r.failingPatterns()));
            }
        }
        return new Checkpoint(digest(plan), done);
    }

    /**
     * The results this checkpoint holds, at their indices in the plan's fault sets ({@code null} where not
     * finished).
     *
     * @throws MismatchException when the checkpoint was made by another plan or has an index outside it
     */
    public FaultResult[] restore(CampaignPlan plan, FaultSetCampaign campaign) {
        String expected = digest(plan);
        if (!digest.equals(expected)) {
            throw new MismatchException("made with different settings (circuit, fault list, patterns or seed): digest "
                    + digest + ", this run has " + expected);
        }
        FaultResult[] results = new FaultResult[plan.faultSets().size()];
        for (Entry e : entries) {
            if (e.index() < 0 || e.index() >= results.length) {
                throw new MismatchException("result index " + e.index() + " outside 0.." + (results.length - 1));
            }
            results[e.index()] = campaign.restore(plan.faultSets().get(e.index()), e.outcome(), e.firstFailing(), e.failing());
        }
        return results;
    }

    /**
     * SHA-256, in hex, of everything a campaign's results depend on: the spec, the seed, the netlist (name,
     * ports and every gate in order) and the fault list.
     */
    public static String digest(CampaignPlan plan) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        StringBuilder text = new StringBuilder();
        text.append(plan.spec()).append('\n').append(plan.seed()).append('\n').append(plan.patterns()).append('\n');
        Netlist n = plan.netlist();
        text.append(n.name()).append('\n').append(n.inputNames()).append('\n').append(n.outputNames()).append('\n');
        for (Gate g : n.gates()) {
            text.append(g.type()).append(' ').append(n.netName(g.output()));
            for (int in : g.inputs()) {
                text.append(' ').append(n.netName(in));
            }
            text.append('\n');
        }
        for (List<Fault> set : plan.faultSets()) {
            text.append(set).append('\n');
        }
        return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
