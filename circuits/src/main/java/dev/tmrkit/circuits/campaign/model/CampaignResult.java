package dev.tmrkit.circuits.campaign.model;

import java.util.List;

/** Everything a campaign found, with what is needed to reproduce it. */
public record CampaignResult(String circuit, PatternSet patterns, OutputCheck check, List<FaultResult> results) {
    public CampaignResult {
        results = List.copyOf(results);
    }

    public long seed() {
        return patterns.seed();
    }

    public int faults() {
        return results.size();
    }

    public int count(Outcome o) {
        int n = 0;
        for (FaultResult r : results) {
            if (r.outcome() == o) {
                n++;
            }
        }
        return n;
    }
}
