package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.shard.SeedPart;
import dev.tmrkit.cli.shard.SliceOptions;
import dev.tmrkit.cli.shard.Shard;
import dev.tmrkit.stateful.run.Sweep;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmrkit replicas sweep}: one configuration over many seeds, each with a random fault schedule. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one configuration over a range of seeds, each with its own random fault schedule (a nemesis: "
                + "partitions, crashes with or without recovery, pauses, send and receive omissions, clock skews), until the checker finds "
                + "a run invalid; print that seed, its schedule, the schedule shrunk to a minimal one that still fails, and "
                + "the command that reproduces it.",
            "Exit codes: 0 no seed failed, 1 a seed failed, 2 bad input. The fault options are drawn by the nemesis and "
                    + "refused here."})
public final class ReplicasSweepCommand implements Callable<Integer>, SeedPart.Slot {
    private static final List<String> DRAWN = List.of("--crash", "--partition", "--omit", "--skew", "--pause", "--flip", "--crash-rate", "--flip-rate",
            "--volatile", "--seed");

    @Option(names = "--seeds", defaultValue = "1..100", paramLabel = "FROM..TO", description = "Seeds to run (default: ${DEFAULT-VALUE}).")
    String seeds;

    @Mixin
    ReplicaOptions options;

    @Mixin
    FormatOption.TableJson format;

    @Mixin
    SliceOptions slices;

    @Spec
    CommandSpec spec;

    @Override
    public void use(SeedPart.Engine engine) {
        slices.use(engine);
    }

    @Override
    public Integer call() {
        for (String option : DRAWN) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new UserException(option + " is drawn per seed by 'replicas sweep'; use 'replicas run' to set it");
            }
        }
        String[] range = seeds.split("\\.\\.", -1);
        long from, to;
        try {
            from = Long.parseLong(range[0].trim());
            to = range.length == 2 ? Long.parseLong(range[1].trim()) : from;
        } catch (NumberFormatException e) {
            throw new UserException("--seeds takes FROM..TO, like 1..1000, not '" + seeds + "'");
        }
        if (range.length > 2 || to < from) {
            throw new UserException("--seeds takes FROM..TO with FROM <= TO, not '" + seeds + "'");
        }
        slices.check();
        Scenario base = ReplicaOptions.build(options.builder(from));
        long units = to - from + 1;
        if (units <= 0) {
            throw new UserException("--seeds " + seeds + " holds more seeds than a sweep can count");
        }
        String digest = SliceOptions.digest(SeedPart.SWEEP, spec, units);
        Sweep.Result r;
        if (slices.shard() != null) {
            Shard shard = slices.shard();
            long first = from;
            Sweep.Scan scan = Sweep.scan(base, from, to, seed -> SeedPart.holds(shard, seed - first));
            slices.writePart(new SeedPart("", SeedPart.SWEEP, shard, digest, units, SliceOptions.args(spec), List.of(), scan.runs(),
                    scan.firstFailing()), spec.commandLine().getOut());
            return 0;
        } else if (slices.fromParts()) {
            r = Sweep.finish(base, from, to, firstFailing(slices.parts(SeedPart.SWEEP, spec, units), digest, from, units));
        } else {
            r = Sweep.run(base, from, to);
        }
        java.io.StringWriter text = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (format.get() == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seeds", List.of(from, to));
            m.put("runs", r.runs());
            m.put("firstFailingSeed", r.firstFailing() < 0 ? null : r.firstFailing());
            m.put("schedule", r.schedule().stream().map(ReplicasReport::fault).toList());
            m.put("shrunk", r.shrunk().stream().map(ReplicasReport::fault).toList());
            m.put("shrinkRuns", r.shrinkRuns());
            m.put("reproduce", r.firstFailing() < 0 ? null : reproduce(r));
            out.println(Json.write(m));
        } else {
            out.println("sweep      seeds " + from + ".." + to + ", each with its own nemesis schedule; failing = the checker's verdict "
                    + "is invalid");
            ReplicasReport.describe(base, null).stream().filter(l -> !l.startsWith("faults") && !l.startsWith("seed")).forEach(out::println);
            if (r.firstFailing() < 0) {
                out.println("result     no seed failed in " + r.runs() + " runs");
            } else {
                out.println("result     seed " + r.firstFailing() + " fails (the first, after " + r.runs() + " runs)");
                out.println("schedule   " + describe(r.schedule()));
                out.println("shrunk     " + (r.shrunk().isEmpty() ? "no fault at all: the configuration fails by itself" : describe(r.shrunk()))
                        + " (" + r.shrinkRuns() + " runs to shrink; no single fault can be dropped or halved and still fail)");
                out.println("reproduce  " + reproduce(r));
            }
        }
        out.flush();
        slices.emit(text.toString(), spec.commandLine().getOut());
        return r.firstFailing() < 0 ? 0 : 1;
    }

    /**
     * The sweep's first failing seed from the parts of a sharded sweep (-1: none): the least of the slices'
     * first failing seeds, once every slice is shown to have run each of its seeds below its own.
     */
    private static long firstFailing(List<SeedPart> parts, String digest, long from, long units) {
        SeedPart.checkCover(parts, SeedPart.SWEEP, digest, units);
        long first = -1;
        for (SeedPart p : parts) {
            long failing = p.failing();
            if (failing >= 0 && (failing < from || failing - from >= units || !SeedPart.holds(p.shard(), failing - from))) {
                throw new UserException(p.source() + ": seed " + failing + " is not one of shard " + p.shard() + "'s seeds");
            }
            long expected = SeedPart.size(p.shard(), failing < 0 ? units : failing - from + 1);
            if (p.runs() != expected) {
                throw new UserException(p.source() + ": shard " + p.shard() + " ran " + p.runs() + " seeds, not the " + expected
                        + " it holds" + (failing < 0 ? "" : " up to its failing seed " + failing));
            }
            if (failing >= 0 && (first < 0 || failing < first)) {
                first = failing;
            }
        }
        return first;
    }

    private static String describe(List<Fault> faults) {
        return faults.stream().map(ReplicasReport::fault).collect(Collectors.joining("; "));
    }

    /** The command line that runs the failing seed with the shrunk schedule (the sweep's other options besides). */
    private String reproduce(Sweep.Result r) {
        List<String> args = new ArrayList<>(List.of("tmrkit", "run"));
        for (String a : spec.commandLine().getParseResult().originalArgs()) {
            args.add(a);
        }
        int i = args.indexOf("--seeds");
        if (i >= 0) {
            args.remove(i + 1);
            args.remove(i);
        }
        args.removeIf(a -> a.startsWith("--seeds="));
        for (String option : List.of("--output", "-o", "--shard")) {
            int k = args.indexOf(option);
            if (k >= 0 && k + 1 < args.size()) {
                args.remove(k + 1);
                args.remove(k);
            }
        }
        args.removeIf(a -> a.startsWith("--output=") || a.startsWith("-o=") || a.startsWith("--shard="));
        args.remove("replicas");
        args.remove("sweep");
        args.add(1, "replicas");
        args.addAll(List.of("--seed", Long.toString(r.firstFailing())));
        boolean anyVolatile = false;
        for (Fault f : r.shrunk()) {
            if (f instanceof Fault.Crash c) {
                args.addAll(List.of("--crash", c.node() + "@" + c.at() + "us" + (c.recovers() ? "-" + c.recoverAt() + "us" : "")));
                anyVolatile |= !c.durable();
            } else if (f instanceof Fault.Partition p) {
                args.addAll(List.of("--partition", "'" + p.groups().stream().map(g -> g.stream().map(String::valueOf)
                        .collect(Collectors.joining(","))).collect(Collectors.joining("|")) + "@" + p.at() + "us-" + p.to() + "us'"));
            } else if (f instanceof Fault.Pause x) {
                args.addAll(List.of("--pause", x.node() + "@" + x.at() + "us-" + x.to() + "us"));
            } else if (f instanceof Fault.Skew k) {
                args.addAll(List.of("--skew", k.node() + "@" + k.at() + "us-" + k.to() + "us:" + (k.rate() != 1 ? "x" + k.rate() : "")
                        + (k.offset() != 0 ? (k.offset() > 0 ? "+" : "-") + Math.abs(k.offset()) + "us" : "")));
            } else if (f instanceof Fault.Omission o) {
                args.addAll(List.of("--omit", o.node() + "@" + o.at() + "us-" + o.to() + "us:" + o.direction().name().toLowerCase(
                        java.util.Locale.ROOT)));
            }
        }
        if (anyVolatile) {
            args.add("--volatile");
        }
        return String.join(" ", args);
    }
}
