package dev.tmrkit.cli.shard;

import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.cli.options.LocatedJson;
import dev.tmrkit.cli.options.UserException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partial result of one slice of a campaign: which slice, the campaign's digest and defining options,
 * how many fault sets the whole campaign has, and the outcome of each fault set of the slice.
 */
public record Part(String source, Shard shard, String digest, int entries, List<String> args, List<Row> rows) {
    /** The value of the {@code format} key that marks a part file. */
    public static final String FORMAT = "tmrkit-shard-part";
    /** Version of the part layout; other versions are refused. */
    public static final int VERSION = 1;

    public Part {
        args = List.copyOf(args);
        rows = List.copyOf(rows);
    }

    /**
     * The outcome of fault set {@code index}, as {@code --resume} and merge restore it, and where it was read
     * ({@code at}; null for a row not read from a file).
     */
    public record Row(int index, Outcome outcome, long firstFailing, long failing, LocatedJson.At at) {
        public Row(int index, Outcome outcome, long firstFailing, long failing) {
            this(index, outcome, firstFailing, failing, null);
        }

        static Row of(int index, FaultResult r) {
            return new Row(index, r.outcome(), r.firstFailingPattern(), r.failingPatterns());
        }

        /** A problem with this row: at its position when it has one, else naming {@code source}. */
        public RuntimeException refused(String source, String what) {
            return at != null ? at.error(what) : new UserException(source + ": " + what);
        }
    }

    /** The part of {@code shard} of {@code layout} from the results of a job (entries of other slices are ignored). */
    public static Part of(Shard shard, SliceLayout layout, CampaignJob job, FaultResult[] results) {
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < results.length; k++) {
            if (shard.holds(k, layout)) {
                if (results[k] == null) {
                    throw new IllegalStateException("fault set " + k + " of shard " + shard + " has no result");
                }
                rows.add(Row.of(k, results[k]));
            }
        }
        return new Part("", shard, job.digest(), results.length, job.args(), rows);
    }

    /** The part as JSON (one object; the rows in index order). */
    public Map<String, Object> toJson() {
        Map<String, Object> m = Parts.envelope(shard, digest);
        m.put("entries", entries);
        m.put("args", args);
        List<Object> list = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("index", r.index());
            e.put("outcome", r.outcome().label());
            e.put("firstFailingPattern", r.firstFailing());
            e.put("failingPatterns", r.failing());
            list.add(e);
        }
        m.put("results", list);
        return m;
    }
}
