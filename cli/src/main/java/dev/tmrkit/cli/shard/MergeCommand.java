package dev.tmrkit.cli.shard;

import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.cli.options.LocatedJson;
import dev.tmrkit.cli.options.UserException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code tmrkit merge}: the report of a sharded campaign from its parts. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge the parts of a run cut into slices (tmrkit inject ... --shard K/N -o part-K.json; likewise "
                + "replicas missions and replicas sweep) into the "
                + "report the unsharded run writes, byte for byte.",
            "The parts must come from the same campaign (digest of netlist, plan and seed, and the same options) and "
                + "cover every fault set exactly once; the circuit is read again and must still have the digest."})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PART", description = "Part files written by inject, replicas missions or replicas sweep with --shard.")
    List<Path> parts;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<LocatedJson> docs = new ArrayList<>();
        for (Path p : parts) {
            if (output != null && output.toAbsolutePath().normalize().equals(p.toAbsolutePath().normalize())) {
                throw new UserException("-o " + output + " would replace one of the parts it merges");
            }
            docs.add(LocatedJson.read(p, "part"));
        }
        String command = SeedPartReader.command(docs.get(0).root());
        if (!command.equals("inject")) {
            List<SeedPart> read = new ArrayList<>();
            for (LocatedJson doc : docs) {
                read.add(SeedPartReader.parse(doc));
            }
            return mergeSeeds(command, read);
        }
        List<Part> read = new ArrayList<>();
        for (LocatedJson doc : docs) {
            read.add(PartReader.parse(doc));
        }
        Parts.check(read);
        CommandLine inject = sibling("inject");
        ((CampaignEngine.Slot) inject.getCommand()).use(restoring(read));
        return inject.execute(withOutput(read.get(0).args()));
    }

    /** Runs the replicas command of the parts again, restoring the slices' results instead of computing them. */
    private int mergeSeeds(String command, List<SeedPart> read) {
        for (SeedPart p : read) {
            if (!p.command().equals(command)) {
                throw new UserException(p.source() + ": a part of '" + p.command() + "', " + read.get(0).source() + " of '" + command + "'");
            }
        }
        CommandLine cl = sibling(command.split(" ")[0], command.split(" ")[1]);
        ((SeedPart.Slot) cl.getCommand()).use((c, args, units) -> read);
        return cl.execute(withOutput(read.get(0).args()));
    }

    private String[] withOutput(List<String> defining) {
        List<String> args = new ArrayList<>(defining);
        if (output != null) {
            args.add("--output");
            args.add(output.toString());
        }
        return args.toArray(new String[0]);
    }

    /**
     * An engine that supplies the results of the parts (passed {@link Parts#check}), once the re-planned campaign
     * proves to be theirs and each part holds exactly its slice of the campaign's layout.
     */
    public static CampaignEngine restoring(List<Part> parts) {
        Part first = parts.get(0);
        return (job, todo, threads, progress, stop) -> {
            String digest = job.digest();
            if (!digest.equals(first.digest()) || job.sets().size() != first.entries()) {
                throw new UserException(first.source() + ": the campaign planned again from its options differs from the parts' "
                        + "(digest " + Parts.abbrev(digest) + ", parts " + Parts.abbrev(first.digest())
                        + "): the circuit file or tmrkit changed since the parts were made");
            }
            Part.Row[] rows = Parts.cover(parts, SliceLayout.of(job, first.shard().count()));
            FaultResult[] results = new FaultResult[rows.length];
            for (int k = todo.nextSetBit(0); k >= 0; k = todo.nextSetBit(k + 1)) {
                Part.Row r = rows[k];
                String why = job.campaign().impossible(r.outcome(), r.firstFailing(), r.failing());
                if (why != null) {
                    throw r.refused(first.source(), "fault set " + k + ": " + why);
                }
                results[k] = job.campaign().restore(job.sets().get(k), r.outcome(), r.firstFailing(), r.failing());
            }
            return results;
        };
    }

    /** A fresh command at {@code path} below the root, configured like the root (same output streams and error handlers). */
    private CommandLine sibling(String... path) {
        CommandLine sibling = spec.root().commandLine();
        for (String name : path) {
            sibling = sibling == null ? null : sibling.getSubcommands().get(name);
        }
        if (sibling == null) {
            throw new IllegalStateException("merge needs the command " + String.join(" ", path) + " beside it");
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
