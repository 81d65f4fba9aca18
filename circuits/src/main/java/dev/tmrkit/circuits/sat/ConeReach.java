package dev.tmrkit.circuits.sat;

import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Site;
import java.util.Arrays;

/**
 * Which judged outputs a fault site can reach through the gates (no encoding): a fault that reaches none —
 * or, with triplicated outputs, at most one copy of every group — is masked, and that is a proof. Also the
 * netlist's reader and output indices that the fault prover walks.
 */
final class ConeReach {
    private final Netlist netlist;
    private final OutputCheck check;
    private final int[] judged;
    private final int[][] readers;       // net -> gates reading it
    private final int[][] outputsOn;     // net -> output indices it drives
    private final int[] gateSeen;        // the search's marks, by search number
    private final int[] outputSeen;
    private int[] stack = new int[256];
    private int reach;

    ConeReach(Netlist netlist, OutputCheck check, int[] judged) {
        this.netlist = netlist;
        this.check = check;
        this.judged = judged;
        this.readers = readers(netlist);
        this.outputsOn = outputsOn(netlist);
        this.gateSeen = new int[netlist.gateCount()];
        this.outputSeen = new int[netlist.outputCount()];
    }

    int[][] readers() {
        return readers;
    }

    int[][] outputsOn() {
        return outputsOn;
    }

    /**
     * The structural argument: can the fault's cone make the judged outputs wrong at all? Computes the
     * set of gates reached without encoding anything; false proves the fault masked.
     */
    boolean reachesEnough(Site site) {
        reach++;
        if (site instanceof Site.Port p) {
            outputSeen[p.output()] = reach;
        } else {
            int top = 0;
            if (site instanceof Site.Stem s) {
                for (int o : outputsOn[s.net()]) {
                    outputSeen[o] = reach;
                }
                for (int g : readers[s.net()]) {
                    stack[top++] = g;
                }
            } else {
                stack[top++] = ((Site.Branch) site).gate();
            }
            while (top > 0) {
                int g = stack[--top];
                if (gateSeen[g] == reach) {
                    continue;
                }
                gateSeen[g] = reach;
                int out = netlist.gateOutput(g);
                for (int o : outputsOn[out]) {
                    outputSeen[o] = reach;
                }
                for (int r : readers[out]) {
                    if (gateSeen[r] != reach) {
                        if (top == stack.length) {
                            stack = Arrays.copyOf(stack, 2 * top);
                        }
                        stack[top++] = r;
                    }
                }
            }
        }
        if (check == OutputCheck.EXACT) {
            for (int o : judged) {
                if (outputSeen[o] == reach) {
                    return true;
                }
            }
            return false;
        }
        for (int k = 0; k + 2 < judged.length; k += 3) {
            int hits = (outputSeen[judged[k]] == reach ? 1 : 0) + (outputSeen[judged[k + 1]] == reach ? 1 : 0)
                    + (outputSeen[judged[k + 2]] == reach ? 1 : 0);
            if (hits >= 2) {
                return true;
            }
        }
        return false;
    }

    private static int[][] readers(Netlist n) {
        int[] count = new int[n.netCount()];
        for (int g = 0; g < n.gateCount(); g++) {
            for (int p = 0; p < n.gateArity(g); p++) {
                count[n.gateInput(g, p)]++;
            }
        }
        int[][] r = new int[n.netCount()][];
        for (int net = 0; net < r.length; net++) {
            r[net] = new int[count[net]];
        }
        Arrays.fill(count, 0);
        for (int g = 0; g < n.gateCount(); g++) {
            for (int p = 0; p < n.gateArity(g); p++) {
                int net = n.gateInput(g, p);
                if (count[net] == 0 || r[net][count[net] - 1] != g) {
                    r[net][count[net]++] = g;
                }
            }
        }
        for (int net = 0; net < r.length; net++) {
            r[net] = Arrays.copyOf(r[net], count[net]);
        }
        return r;
    }

    private static int[][] outputsOn(Netlist n) {
        int[] count = new int[n.netCount()];
        for (int o = 0; o < n.outputCount(); o++) {
            count[n.output(o)]++;
        }
        int[][] r = new int[n.netCount()][];
        for (int net = 0; net < r.length; net++) {
            r[net] = new int[count[net]];
            count[net] = 0;
        }
        for (int o = 0; o < n.outputCount(); o++) {
            int net = n.output(o);
            r[net][count[net]++] = o;
        }
        return r;
    }
}
