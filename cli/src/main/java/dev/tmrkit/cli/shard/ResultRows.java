package dev.tmrkit.cli.shard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.cli.options.LocatedJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-fault-set results that a part ({@code merge}) or a partial report ({@code inject --resume})
 * carries, read entry by entry: each an object with a whole-number {@code index}, an {@code outcome} of
 * {@link Outcome}, a whole-number {@code firstFailingPattern} and {@code failingPatterns}. Anything else is
 * refused at its position; whether the values fit the campaign is checked once it is planned.
 */
public final class ResultRows {
    private ResultRows() {
    }

    /**
     * The rows of {@code results}, each with its position.
     *
     * @param countRequired whether {@code failingPatterns} must be present (parts); a partial report leaves it
     *                      out where it is not counted (then 0 for a masked fault, -1 otherwise)
     */
    public static List<Part.Row> read(LocatedJson doc, JsonNode results, boolean countRequired) {
        List<Part.Row> rows = new ArrayList<>(results.size());
        for (JsonNode r : results) {
            if (!r.isObject()) {
                throw doc.error(results, "results must be objects, got " + LocatedJson.describe(r));
            }
            int index = (int) doc.integer(r, "index", 0, Integer.MAX_VALUE);
            String label = doc.text(r, "outcome");
            Outcome outcome = null;
            for (Outcome o : Outcome.values()) {
                outcome = o.label().equals(label) ? o : outcome;
            }
            if (outcome == null) {
                throw doc.error(r, "outcome", "outcome must be masked, detected or silent, got "
                        + LocatedJson.describe(r.get("outcome")));
            }
            // "none" is null in reports (and -1 in parts): no failing pattern, or a count not kept
            long first = noneOr(doc, r, "firstFailingPattern");
            long failing = countRequired || r.has("failingPatterns") ? noneOr(doc, r, "failingPatterns")
                    : outcome == Outcome.MASKED ? 0 : -1;
            rows.add(new Part.Row(index, outcome, first, failing, doc.at(r)));
        }
        return rows;
    }

    /** The whole number at {@code field}, -1 for null (none). */
    private static long noneOr(LocatedJson doc, JsonNode r, String field) {
        JsonNode v = r.get(field);
        return v != null && v.isNull() ? -1 : doc.integer(r, field, -1, Long.MAX_VALUE);
    }

    /** An outcome's count in {@code rows}. */
    public static long count(List<Part.Row> rows, Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
