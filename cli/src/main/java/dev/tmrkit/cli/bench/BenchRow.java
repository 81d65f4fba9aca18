package dev.tmrkit.cli.bench;

/**
 * One measured figure: what ({@code subject}, {@code measure}), the median and range of the runs in
 * {@code unit}, the ratio of the median to a baseline measured in the same run and what that baseline is (both
 * null when there is none), the goal the figure is held against (or null) and whether it is met (null when the
 * suite does not decide it).
 */
record BenchRow(String suite, String subject, String measure, String unit, double median, double min, double max,
                Double ratio, String baseline, String goal, Boolean met) {
    BenchRow {
        goal = goal == null || goal.isEmpty() ? null : goal;
    }

    /** A figure without a baseline. */
    BenchRow(String suite, String subject, String measure, String unit, double median, double min, double max, String goal) {
        this(suite, subject, measure, unit, median, min, max, null, null, goal, null);
    }

    /** The ratio as the table shows it: {@code 12x scalar reference}, or empty. */
    String ratioText() {
        if (ratio == null) {
            return "";
        }
        String r = ratio >= 10 ? String.format(java.util.Locale.ROOT, "%.0f", ratio) : String.format(java.util.Locale.ROOT, "%.2f", ratio);
        return r + "x " + baseline;
    }

    /** The goal as the table shows it, with its verdict when there is one. */
    String goalText() {
        return (goal == null ? "" : goal) + (met == null ? "" : met ? ": met" : ": NOT met");
    }
}
