package dev.tmrkit.cli.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code replicas compare} explains every row whose static and dynamic values differ, in the table and in JSON. */
class ReplicasCompareExplainsTest {
    private static final String[] ARGS = {"replicas", "compare", "--duration", "3s", "--crash-rate", "0.3", "--downtime", "200ms",
        "--seed", "6"};

    /** The table's rows (label, static, dynamic) whose two values differ, read from the printed table by its column offsets. */
    private static List<String> differingLabels(String out) {
        String[] lines = out.split("\n");
        List<String> labels = new ArrayList<>();
        int header = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("metric ")) {
                header = i;
                break;
            }
        }
        int staticAt = lines[header].indexOf("static");
        int dynamicAt = lines[header].indexOf("dynamic");
        for (int i = header + 1; i < lines.length && !lines[i].isBlank(); i++) {
            String l = lines[i];
            String st = l.substring(staticAt, Math.min(dynamicAt, l.length())).strip();
            String dy = l.length() > dynamicAt ? l.substring(dynamicAt).strip() : "";
            if (!st.equals(dy)) {
                labels.add(l.substring(0, staticAt).strip());
            }
        }
        return labels;
    }

    @Test
    void everyDifferingRowOfTheTableIsExplained() {
        Cli r = Cli.run(ARGS);
        assertEquals(0, r.code(), r.err());
        List<String> differing = differingLabels(r.out());
        assertTrue(differing.size() > 10 && differing.contains("unavailable operations") && differing.contains("trace hash"),
                differing::toString);
        String why = r.out().substring(r.out().indexOf("why they differ"));
        for (String label : differing) {
            assertTrue(Pattern.compile("(?m)^  (.*; )?" + Pattern.quote(label) + "(; .*)? \\[").matcher(why).find(),
                    () -> "no explanation for '" + label + "':\n" + why);
        }
        assertTrue(why.contains("detection delay: the crashed leader keeps its slot"), why);
    }

    @Test
    void theJsonListsOneExplanationPerDifferingMetric() {
        Cli table = Cli.run(ARGS);
        List<String> args = new ArrayList<>(List.of(ARGS));
        args.addAll(List.of("--format", "json"));
        Cli json = Cli.run(args.toArray(new String[0]));
        assertEquals(0, json.code(), json.err());
        Matcher m = Pattern.compile("\\{\"metric\":\"([A-Za-z0-9.]+)\",\"mechanisms\":\\[\"[a-z-]+\"").matcher(json.out());
        int n = 0;
        List<String> metrics = new ArrayList<>();
        while (m.find()) {
            n++;
            metrics.add(m.group(1));
        }
        assertEquals(differingLabels(table.out()).size(), n, metrics::toString);
        assertTrue(metrics.contains("unavailable") && metrics.contains("sparesConsumed"), metrics::toString);
    }
}
