package dev.tmrkit.cli.campaign;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.Checkpoint;
import dev.tmrkit.circuits.campaign.RegionBreakdown;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.engine.MonteCarlo;
import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.cli.circuit.VectorFile;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.Table;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.stats.Normal;
import dev.tmrkit.gates.stats.Wilson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats campaign and Monte Carlo results of {@code tmrkit inject} as a table, CSV or JSON. */
public final class InjectReport {
    static final int PER_FAULT_AUTO_LIMIT = 100;
    private static final int ESCAPES_SHOWN = 40;

    private final CampaignPlan plan;
    private final Netlist netlist;
    private final Format format;
    private final boolean perFault;
    private final int mismatch;
    private final boolean regions;
    private final String population;

    InjectReport(CampaignPlan plan, Format format, boolean perFault) {
        this.plan = plan;
        this.netlist = plan.netlist();
        this.format = format;
        this.perFault = perFault;
        this.mismatch = plan.judging().mismatchOutput();
        this.regions = RegionBreakdown.applies(netlist);
        this.population = plan.describeFaults();
    }

    private String region(FaultResult f) {
        return regions ? RegionBreakdown.label(netlist, f) : "";
    }

    /** The report of a finished campaign, or of the results so far when some are missing ({@code null}). */
    void write(PrintWriter out, FaultResult[] results, FaultSetCampaign c) {
        if (java.util.Arrays.stream(results).allMatch(java.util.Objects::nonNull)) {
            campaign(out, c.result(results), c);
        } else {
            partial(out, results, c);
        }
    }

    private void campaign(PrintWriter out, CampaignResult r, FaultSetCampaign c) {
        if (format == Format.json) {
            out.println(Json.write(json(r, c)));
            return;
        }
        if (format == Format.csv) {
            out.print(perFaultTable(r, c).csv());
            return;
        }
        out.println("circuit  " + shape(netlist));
        out.println("faults   " + population);
        out.println("patterns " + r.patterns().describe());
        out.println("seed     " + r.seed());
        out.println("outputs  " + (r.check() == OutputCheck.TRIPLICATED
                ? "triplicated: a group of three copies is right when at least two copies are right"
                : "every output must equal the fault-free circuit's")
                + (mismatch >= 0 ? "; output " + netlist.outputNames().get(mismatch) + " flags detected failures" : ""));
        if (perFault || r.faults() <= PER_FAULT_AUTO_LIMIT) {
            out.println();
            out.print(perFaultTable(r, c).text());
        }
        if (regions) {
            out.println();
            RegionBreakdown breakdown = RegionBreakdown.of(netlist, r);
            out.print(regionTable(breakdown).text());
            List<FaultResult> escapes = breakdown.escapes();
            if (!escapes.isEmpty() && !perFault && r.faults() > PER_FAULT_AUTO_LIMIT) {
                out.println();
                out.println("silent faults (escapes: where a single fault set defeats the redundancy):");
                Table t = new Table("site", "fault", "region", "first_failing_pattern");
                for (int i = 0; i < Math.min(ESCAPES_SHOWN, escapes.size()); i++) {
                    FaultResult f = escapes.get(i);
                    t.row(f.site(), f.kind(), region(f), f.firstFailingPattern());
                }
                out.print(t.text());
                if (escapes.size() > ESCAPES_SHOWN) {
                    out.println("... and " + (escapes.size() - ESCAPES_SHOWN) + " more (--per-fault lists them all)");
                }
            }
        }
        out.println();
        out.println(summary(r));
    }

    private static String shape(Netlist netlist) {
        return netlist.name() + " (" + netlist.inputCount() + " inputs, " + netlist.outputCount() + " outputs, "
                + netlist.stats().gates() + " gates, " + netlist.stats().dffs() + " DFFs)";
    }

    static String summary(CampaignResult r) {
        StringBuilder sb = new StringBuilder("summary  " + r.faults() + " faults:");
        for (Outcome o : Outcome.values()) {
            Wilson w = Wilson.of(r.count(o), r.faults(), Normal.Z95);
            sb.append(String.format(Locale.ROOT, " %d %s (%.1f%%, 95%% CI %.1f-%.1f%%)%s", r.count(o), o.label(),
                    100 * w.rate(), 100 * w.low(), 100 * w.high(), o == Outcome.SILENT ? "" : ","));
        }
        return sb.toString();
    }

    private static Table regionTable(RegionBreakdown breakdown) {
        Table t = new Table("region", "faults", "masked", "detected", "silent");
        for (Map.Entry<String, Map<Outcome, Integer>> e : breakdown.counts().entrySet()) {
            Map<Outcome, Integer> c = e.getValue();
            int total = c.values().stream().mapToInt(Integer::intValue).sum();
            t.row(e.getKey(), total, c.getOrDefault(Outcome.MASKED, 0), c.getOrDefault(Outcome.DETECTED, 0),
                    c.getOrDefault(Outcome.SILENT, 0));
        }
        return t;
    }

    private Table perFaultTable(CampaignResult r, FaultSetCampaign c) {
        Table t = regions ? new Table("site", "fault", "region", "outcome", "first_failing_pattern", "failing_patterns")
                : new Table("site", "fault", "outcome", "first_failing_pattern", "failing_patterns");
        for (FaultResult f : r.results()) {
            String failing = f.failingPatterns() < 0 ? "" : String.valueOf(f.failingPatterns());
            if (regions) {
                t.row(f.site(), f.kind(), region(f), f.outcome().label(), firstFailing(f, c, r), failing);
            } else {
                t.row(f.site(), f.kind(), f.outcome().label(), firstFailing(f, c, r), failing);
            }
        }
        return t;
    }

    private static String firstFailing(FaultResult f, FaultSetCampaign c, CampaignResult r) {
        if (f.firstFailingPattern() < 0) {
            return "-";
        }
        String vector = r.patterns().cycles() == 1 ? " (inputs " + VectorFile.bits(c.inputVector(f.firstFailingPattern(), 0)) + ")" : "";
        return f.firstFailingPattern() + vector;
    }

    /** The results so far of an interrupted run, clearly marked; as JSON, resumable with --resume. */
    private void partial(PrintWriter out, FaultResult[] results, FaultSetCampaign c) {
        PatternSet ps = plan.patterns();
        List<FaultResult> done = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int k = 0; k < results.length; k++) {
            if (results[k] != null) {
                done.add(results[k]);
                indices.add(k);
            }
        }
        CampaignResult r = new CampaignResult(netlist.name(), ps, plan.judging().check(), done);
        if (format == Format.json) {
            Map<String, Object> m = json(r, c, indices, true);
            m.put("faults", results.length);
            m.put("digest", Checkpoint.digest(plan));
            out.println(Json.write(m));
            return;
        }
        out.println("PARTIAL REPORT: interrupted after " + done.size() + " of " + results.length + " fault sets "
                + "(write it with --format json -o FILE to continue later with --resume FILE)");
        if (format == Format.csv) {
            out.print(perFaultTable(r, c).csv());
            return;
        }
        out.println("circuit  " + shape(netlist));
        out.println("faults   " + population);
        out.println("patterns " + ps.describe());
        out.println("seed     " + ps.seed());
        out.println();
        out.println(summary(r).replace("summary  ", "so far   "));
    }

    private Map<String, Object> json(CampaignResult r, FaultSetCampaign c) {
        List<Integer> indices = new ArrayList<>();
        for (int k = 0; k < r.faults(); k++) {
            indices.add(k);
        }
        return json(r, c, indices, false);
    }

    private Map<String, Object> json(CampaignResult r, FaultSetCampaign c, List<Integer> indices, boolean partial) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (partial) {
            m.put("partial", true);
            m.put("completed", r.faults());
        }
        m.put("circuit", netlist.name());
        m.put("faults", r.faults());
        m.put("masked", r.count(Outcome.MASKED));
        m.put("detected", r.count(Outcome.DETECTED));
        m.put("silent", r.count(Outcome.SILENT));
        m.put("seed", r.seed());
        m.put("patterns", r.patterns().count());
        m.put("exhaustive", r.patterns().exhaustive());
        m.put("cycles", r.patterns().cycles());
        m.put("population", population);
        m.put("outputCheck", r.check().name().toLowerCase(Locale.ROOT));
        m.put("mismatchOutput", mismatch >= 0 ? netlist.outputNames().get(mismatch) : null);
        Map<String, Object> rates = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            Wilson w = Wilson.of(r.count(o), r.faults(), Normal.Z95);
            rates.put(o.label(), List.of(w.rate(), w.low(), w.high()));
        }
        m.put("rates95", rates);
        if (regions) {
            RegionBreakdown breakdown = RegionBreakdown.of(netlist, r);
            Map<String, Object> g = new LinkedHashMap<>();
            for (Map.Entry<String, Map<Outcome, Integer>> e : breakdown.counts().entrySet()) {
                Map<String, Object> counts = new LinkedHashMap<>();
                for (Outcome o : Outcome.values()) {
                    counts.put(o.label(), e.getValue().getOrDefault(o, 0));
                }
                g.put(e.getKey(), counts);
            }
            m.put("regions", g);
            List<Object> esc = new ArrayList<>();
            for (FaultResult f : breakdown.escapes()) {
                esc.add(f.site() + " " + f.kind());
            }
            m.put("escapes", esc);
        }
        if (perFault || partial) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < r.results().size(); i++) {
                FaultResult f = r.results().get(i);
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("index", indices.get(i));
                e.put("site", f.site());
                e.put("fault", f.kind());
                if (regions) {
                    e.put("region", region(f));
                }
                e.put("outcome", f.outcome().label());
                e.put("firstFailingPattern", f.firstFailingPattern());
                if (f.firstFailingPattern() >= 0 && r.patterns().cycles() == 1) {
                    e.put("firstFailingInputs", VectorFile.bits(c.inputVector(f.firstFailingPattern(), 0)));
                }
                if (f.failingPatterns() >= 0) {
                    e.put("failingPatterns", f.failingPatterns());
                }
                list.add(e);
            }
            m.put("results", list);
        }
        return m;
    }

    static void monteCarlo(PrintWriter out, Format format, Netlist netlist, MonteCarlo.Result r, int gates, OutputCheck check) {
        if (format == Format.json || format == Format.csv) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("circuit", netlist.name());
            m.put("p", r.p());
            m.put("trials", r.trials());
            m.put("correct", r.successes());
            m.put("reliability", r.reliability());
            m.put("ci95", List.of(r.interval().low(), r.interval().high()));
            m.put("seed", r.seed());
            m.put("gatesThatMayFail", gates);
            if (format == Format.json) {
                out.println(Json.write(m));
            } else {
                Table t = new Table(m.keySet().toArray(new String[0]));
                t.row(m.values().stream().map(v -> v instanceof List<?> l ? l.get(0) + ";" + l.get(1) : v).toArray());
                out.print(t.csv());
            }
            return;
        }
        out.println("circuit  " + shape(netlist));
        out.println("model    each of " + gates + " gates fails (output inverted) independently with probability " + r.p() + " per trial");
        out.println("trials   " + r.trials() + " on random inputs, seed " + r.seed());
        out.println("outputs  " + (check == OutputCheck.TRIPLICATED ? "triplicated, read 2-of-3" : "every output must be right"));
        out.println(String.format(Locale.ROOT, "result   %d correct: R = %.6f (95%% CI %.6f-%.6f)", r.successes(), r.reliability(),
                r.interval().low(), r.interval().high()));
    }
}
