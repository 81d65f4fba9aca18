package dev.tmrkit.circuits.sat;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.gates.Netlist;

/**
 * The literal "the judged outputs are wrong", judged as a campaign judges them: with {@link OutputCheck#EXACT}
 * any judged output differing from the fault-free one; with triplicated outputs, two copies of some group.
 */
final class Judge {
    private final OutputCheck check;
    private final int[] judged;

    Judge(Netlist netlist, CampaignPlan.Judging judging) {
        this.check = judging.check();
        this.judged = judging.judged(netlist);
    }

    /**
     * @param good   output literals (declared order) of the fault-free circuit
     * @param faulty output literals of the faulty one
     * @return the literal "wrong", {@link Encoder#FALSE} when hashing shows it cannot be
     */
    int wrong(Encoder enc, int[] good, int[] faulty) {
        int[] diff = new int[judged.length];
        for (int k = 0; k < judged.length; k++) {
            diff[k] = enc.xor(good[judged[k]], faulty[judged[k]]);
        }
        int wrong = Encoder.FALSE;
        if (check == OutputCheck.EXACT) {
            for (int d : diff) {
                wrong = enc.or(wrong, d);
            }
            return wrong;
        }
        for (int k = 0; k + 2 < diff.length; k += 3) {
            wrong = enc.or(wrong, enc.majority(diff[k], diff[k + 1], diff[k + 2]));
        }
        return wrong;
    }
}
