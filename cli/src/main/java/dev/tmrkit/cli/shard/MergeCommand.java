package dev.tmrkit.cli.shard;

import dev.tmrkit.circuits.campaign.FaultResult;
import dev.tmrkit.cli.options.UserException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tmrkit merge}: the report of a sharded campaign from its parts. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge the parts of a campaign run as slices (tmrkit inject ... --shard K/N -o part-K.json) into the "
                + "report the unsharded run writes, byte for byte.",
            "The parts must come from the same campaign (digest of netlist, plan and seed, and the same options) and "
                + "cover every fault set exactly once; the circuit is read again and must still have the digest."})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PART", description = "Part files written by inject --shard.")
    List<Path> parts;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Part> read = new ArrayList<>();
        for (Path p : parts) {
            if (output != null && output.toAbsolutePath().normalize().equals(p.toAbsolutePath().normalize())) {
                throw new UserException("-o " + output + " would replace one of the parts it merges");
            }
            read.add(PartReader.read(p));
        }
        Part.Row[] rows = Parts.cover(read);
        Part first = read.get(0);
        List<String> args = new ArrayList<>(first.args());
        if (output != null) {
            args.add("--output");
            args.add(output.toString());
        }
        CommandLine inject = injectCommand();
        ((CampaignEngine.Slot) inject.getCommand()).use(restoring(first, rows));
        return inject.execute(args.toArray(new String[0]));
    }

    /** An engine that supplies the results of the parts, once the re-planned campaign proves to be theirs. */
    public static CampaignEngine restoring(Part first, Part.Row[] rows) {
        return (job, todo, threads, progress, stop) -> {
            String digest = job.digest();
            if (!digest.equals(first.digest()) || job.sets().size() != rows.length) {
                throw new UserException(first.source() + ": the campaign planned again from its options differs from the parts' "
                        + "(digest " + Parts.abbrev(digest) + ", parts " + Parts.abbrev(first.digest())
                        + "): the circuit file or tmrkit changed since the parts were made");
            }
            FaultResult[] results = new FaultResult[rows.length];
            for (int k = todo.nextSetBit(0); k >= 0; k = todo.nextSetBit(k + 1)) {
                Part.Row r = rows[k];
                results[k] = job.campaign().restore(job.sets().get(k), r.outcome(), r.firstFailing(), r.failing());
            }
            return results;
        };
    }

    /** A fresh {@code inject} command configured like this one's sibling (same output streams and error handlers). */
    private CommandLine injectCommand() {
        CommandLine sibling = spec.root().commandLine().getSubcommands().get("inject");
        if (sibling == null) {
            throw new IllegalStateException("merge needs the inject command beside it");
        }
        CommandLine cl;
        try {
            cl = new CommandLine(CommandLine.defaultFactory().create(sibling.getCommand().getClass()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot make an inject command", e);
        }
        CommandLine root = spec.root().commandLine();
        cl.setOut(root.getOut());
        cl.setErr(root.getErr());
        cl.setExecutionExceptionHandler(root.getExecutionExceptionHandler());
        cl.setParameterExceptionHandler(root.getParameterExceptionHandler());
        cl.setExecutionStrategy(root.getExecutionStrategy());
        return cl;
    }
}
