package dev.tmrkit.cli.shard;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.Checkpoint;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import java.util.List;

/**
 * A planned campaign as engines see it: the plan, the campaign that runs its fault sets, and the options that
 * define it ({@code args}: as given, without the ones that cannot change a result, such as --threads).
 */
public record CampaignJob(CampaignPlan plan, FaultSetCampaign campaign, List<String> args) {
    public CampaignJob {
        args = List.copyOf(args);
    }

    public Netlist netlist() {
        return plan.netlist();
    }

    /** The fault sets in list order. */
    public List<List<Fault>> sets() {
        return plan.faultSets();
    }

    /** The plan's digest, the one its checkpoints carry ({@link Checkpoint#digest}): equal digests, equal campaigns. */
    public String digest() {
        return Checkpoint.digest(plan);
    }
}
