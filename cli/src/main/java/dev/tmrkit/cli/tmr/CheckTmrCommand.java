package dev.tmrkit.cli.tmr;

import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.circuits.tmr.check.TmrCheck;
import dev.tmrkit.cli.options.ReadOptions;
import dev.tmrkit.cli.output.Table;
import dev.tmrkit.gates.Netlist;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tmrkit check-tmr}: is a (synthesised) netlist still triple-redundant? */
@Command(name = "check-tmr", mixinStandardHelpOptions = true,
        description = {"Recognise a TMR netlist by the names tmrkit gives replicas and voters (as tmr writes them, and as "
                + "a synthesis tool leaves them after flattening the kept instances $tmr$A, $tmr$B, $tmr$C, $tmr$u$k), "
                + "and report whether its three replicas are still distinct and equal in size and its voters present. "
                + "A netlist without replicas is reported merged, not unrecognised, when it is named like a TMR netlist "
                + "(<design>-tmr): tmr -o FILE.v writes that name into the module attribute tmrkit_netlist, which "
                + "synthesis keeps (Yosys JSON, write_verilog without -noattr); in BLIF and -noattr Verilog the replica "
                + "names Yosys keeps as aliases show the merge.",
            "Gates and flip-flops per replica: those in the logic of that replica alone (the fan-in of its named nets "
                + "back to the inputs, the voters and the other replicas' nets), buffers and constants not counted "
                + "(synthesis adds buffers for ports and aliases); logic that several replicas share counts for none, "
                + "except that an inverter counts once per net it inverts in each replica that reads it (readers share "
                + "or copy inverters differently). So one synthesis gives the same figures as JSON, BLIF or Verilog, "
                + "and a TMR netlist before synthesis the original's gates and flip-flops. Shared: gates (inverters "
                + "aside) and flip-flops in the logic of two or more replicas; a TMR netlist has none, so any is a merge "
                + "even when the replicas' sizes stay equal.",
            "Exit code 0 when the redundancy is intact, 1 when a tool merged it away (or the netlist is not "
                + "recognised as TMR), 2 for bad input."})
public final class CheckTmrCommand implements Callable<Integer> {
    /** Exit code when the redundancy is gone. */
    public static final int MERGED = 1;

    @Parameters(index = "0", paramLabel = "CIRCUIT", description = "A netlist file (.bench, .blif, .aag, .aig, Yosys .json) or a built-in circuit name.")
    String circuit;

    @Mixin
    ReadOptions read;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Netlist netlist = read.load(circuit);
        TmrCheck check = TmrCheck.of(netlist);
        PrintWriter out = spec.commandLine().getOut();
        Table table = new Table("replica", "gates", "flip-flops", "named nets");
        for (Replica r : Replica.values()) {
            TmrCheck.Part p = check.replicas().get(r);
            table.row(r.name(), p.gates(), p.dffs(), p.nets().size());
        }
        out.println("circuit  " + netlist.name() + " (" + netlist.stats().gates() + " gates, " + netlist.stats().dffs()
                + " flip-flops)");
        out.print(table.text());
        out.println("         (gates: the replica's own logic, no buffers or constants, one inverter per inverted net)");
        out.println("voters   " + check.voters() + " (nets computing the majority of one net of each replica)");
        out.println("shared   " + check.shared() + " gates and flip-flops in the logic of two or more replicas (a TMR netlist has none)");
        out.println("verdict  " + check.describe());
        out.flush();
        return check.verdict() == TmrCheck.Verdict.INTACT ? 0 : MERGED;
    }
}
