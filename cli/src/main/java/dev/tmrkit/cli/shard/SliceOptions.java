package dev.tmrkit.cli.shard;

import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.OutputFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of a seeded replica run that can be cut into slices ({@code --shard K/N}) and merged
 * ({@code tmrkit merge}), and where its report or part goes ({@code -o}). A merge hands the command the
 * parts to restore instead of running ({@link #restore}).
 */
public final class SliceOptions {
    @Option(names = "--shard", paramLabel = "K/N", converter = Shard.Converter.class,
            description = "Run only the K-th of N slices and write its part (JSON) for 'tmrkit merge', which writes the report "
                    + "of the whole run, byte for byte.")
    Shard shard;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report (or the part) to FILE, atomically, "
            + "instead of standard output.")
    Path output;

    private SeedPart.Engine engine;

    /** Makes the command take its results from the parts {@code engine} supplies instead of running here. */
    public void use(SeedPart.Engine engine) {
        this.engine = engine;
    }

    /** Whether the results come from parts (a merge, a cluster) rather than from this JVM. */
    public boolean fromParts() {
        return engine != null;
    }

    /** The parts of every slice of the run {@code spec} defines, from the engine. */
    public List<SeedPart> parts(String command, CommandSpec spec, long units) {
        return engine.parts(command, args(spec), units);
    }

    public Shard shard() {
        return shard;
    }

    /** Refuses an output that cannot be written, before any work. */
    public void check() {
        OutputFiles.checkWritable(output);
        if (shard != null && engine != null) {
            throw new UserException("--shard: a merge restores every slice; it cannot run one");
        }
    }

    /** The digest of the run {@code spec} defines, made of {@code units} units. */
    public static String digest(String command, CommandSpec spec, long units) {
        return SeedPart.digest(command, JobArgs.of(spec.commandLine().getParseResult()), units);
    }

    /** The defining options of the run {@code spec} parsed. */
    public static List<String> args(CommandSpec spec) {
        return JobArgs.of(spec.commandLine().getParseResult());
    }

    /** Writes {@code part} as JSON where the report would go. */
    public void writePart(SeedPart part, PrintWriter out) {
        emit(Json.write(part.toJson()) + System.lineSeparator(), out);
    }

    /** Writes the report text to {@code -o FILE} (atomically) or to {@code out}. */
    public void emit(String text, PrintWriter out) {
        if (output != null) {
            OutputFiles.write(output, text);
        } else {
            out.print(text);
            out.flush();
        }
    }
}
