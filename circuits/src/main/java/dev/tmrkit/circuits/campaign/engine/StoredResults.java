package dev.tmrkit.circuits.campaign.engine;

import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.PatternSet;

/** Whether a stored result (a resumed report, a merged part) is one a campaign could have produced. */
final class StoredResults {
    private StoredResults() {
    }

    /** Why the result cannot come from a campaign over {@code patterns} ({@link FaultSetCampaign#impossible}), or null. */
    static String impossible(Outcome outcome, long firstFailing, long failing, PatternSet patterns, boolean dropFaults,
                             boolean mismatch) {
        if (outcome == Outcome.MASKED) {
            return firstFailing != -1 || failing != 0 ? "a masked fault has firstFailingPattern -1 and failingPatterns 0, not "
                    + firstFailing + " and " + failing : null;
        }
        if (outcome == Outcome.DETECTED && !mismatch) {
            return "outcome 'detected' in a campaign without a mismatch output (only masked or silent)";
        }
        long count = patterns.count();
        if (firstFailing < 0 || firstFailing >= count) {
            return "firstFailingPattern " + firstFailing + " of a " + outcome.label() + " fault outside 0.." + (count - 1);
        }
        if (dropFaults) {
            return failing != -1 ? "failingPatterns " + failing + " in a run that drops faults (it counts none: -1)" : null;
        }
        long most = Math.multiplyHigh(count - firstFailing, patterns.cycles()) != 0 ? Long.MAX_VALUE
                : (count - firstFailing) * patterns.cycles();
        return failing < 1 || failing > most ? "failingPatterns " + failing + " of a " + outcome.label() + " fault outside 1.." + most
                + " (patterns from the first failing one" + (patterns.cycles() > 1 ? ", times cycles" : "") + ")" : null;
    }
}
