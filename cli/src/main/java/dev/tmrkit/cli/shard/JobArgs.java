package dev.tmrkit.cli.shard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The options that define a campaign, as given on the command line, without those that cannot change a
 * result (threads, progress, where to write, the slice itself). A file argument is made absolute, so a
 * merge elsewhere finds it.
 */
public final class JobArgs {
    private static final Set<String> IGNORED = Set.of("--shard", "--output", "--threads", "--progress", "--no-progress",
            "--resume", "--debug");

    private JobArgs() {
    }

    public static List<String> of(ParseResult parsed) {
        List<String> args = new ArrayList<>();
        for (PositionalParamSpec p : parsed.matchedPositionals()) {
            for (String v : p.stringValues()) {
                Path file = Path.of(v);
                args.add(Files.isRegularFile(file) ? file.toAbsolutePath().normalize().toString() : v);
            }
        }
        for (OptionSpec o : parsed.matchedOptions()) {
            if (IGNORED.contains(o.longestName())) {
                continue;
            }
            if (o.arity().max() == 0) {
                args.add(o.longestName());
            } else {
                for (String v : o.stringValues()) {
                    args.add(o.longestName());
                    args.add(v);
                }
            }
        }
        return args;
    }
}
