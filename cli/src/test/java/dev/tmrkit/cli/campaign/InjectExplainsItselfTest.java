package dev.tmrkit.cli.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.CampaignSpec;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bare {@code tmrkit inject} explains itself; random choices (the cycle of an upset) are in the report. */
class InjectExplainsItselfTest {
    @Test
    void theBareRunEndsWithWhatTheOutcomesMeanAndWhatToTryNext() {
        Cli r = Cli.run("inject");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(lines.size() - 2).startsWith("meaning  masked: "), r.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("next     tmrkit inject c17 "), r.out());
        assertTrue(r.out().endsWith("\n" + FirstRun.TEXT));
        for (String o : List.of("masked", "detected", "silent")) {
            assertTrue(FirstRun.TEXT.contains(o + ": "), o);
        }
        for (String[] quiet : new String[][] {{"inject", "--format", "csv"}, {"inject", "--format", "json"}, {"inject", "c17"}}) {
            assertFalse(Cli.run(quiet).out().contains("meaning  "), String.join(" ", quiet) + " is not the first run");
        }
    }

    @Test
    void whatTheNextLinePromisesIsWhatC17Does() {
        Cli r = Cli.run("inject", "c17", "--format", "json");
        assertEquals(r.jsonLong("faults"), r.jsonLong("silent"), "'every fault silent' for c17 without redundancy");
        assertTrue(FirstRun.TEXT.contains("every fault silent"));
        assertTrue(FirstRun.TEXT.contains("tmrkit inject c17 --tmr triplicated"), "the suggested command is this one");
        assertEquals(0, Cli.run("inject", "c17", "--tmr", "triplicated").code(), "the suggested TMR command runs");
    }

    @Test
    void theCycleOfEveryRandomUpsetIsReportedAsTheCampaignDrewIt() {
        String[] args = {"inject", "s27", "--faults", "seu", "--cycle", "random", "--cycles", "16", "--seed", "5"};
        Netlist s27 = BuiltinCircuits.byName("s27").orElseThrow();
        CampaignOptions options = new CampaignOptions();
        new picocli.CommandLine(options).parseArgs("--faults", "seu", "--cycle", "random", "--cycles", "16");
        CampaignSpec spec = options.spec(OutputCheck.EXACT);
        List<List<dev.tmrkit.gates.fault.Fault>> sets = CampaignPlan.of(s27, spec, 5).faultSets();
        Cli csv = Cli.run(concat(args, "--format", "csv"));
        assertEquals(0, csv.code(), csv.err());
        List<List<String>> rows = dev.tmrkit.cli.output.StrictCsv.read(csv.out());
        int cycle = rows.get(0).indexOf("cycle");
        assertEquals(sets.size(), rows.size() - 1);
        for (int k = 0; k < sets.size(); k++) {
            assertEquals(String.valueOf(((BitFlip) sets.get(k).get(0)).cycle()), rows.get(k + 1).get(cycle), "fault set " + k);
        }
        Cli table = Cli.run(args);
        assertTrue(table.out().contains("site  fault  cycle  outcome"), table.out());
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
