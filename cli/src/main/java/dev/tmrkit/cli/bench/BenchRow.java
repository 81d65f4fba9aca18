package dev.tmrkit.cli.bench;

/**
 * One measured figure: what ({@code subject}, {@code measure}), the median and range of the runs in
 * {@code unit}, the ratio to the baseline measured in the same run (or empty), and the goal it is held
 * against (or empty).
 */
record BenchRow(String suite, String subject, String measure, String unit, double median, double min, double max,
                String ratio, String goal) {
}
