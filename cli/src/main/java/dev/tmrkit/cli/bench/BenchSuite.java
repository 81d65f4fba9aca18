package dev.tmrkit.cli.bench;

import java.util.List;

/** One group of measurements of {@code tmrkit bench}. */
interface BenchSuite {
    /** The name given to {@code --suite}. */
    String name();

    /** One line on what is measured and the goal. */
    String description();

    /** Runs the measurements; each row is one figure with its baseline ratio and goal. */
    List<BenchRow> run(BenchContext context) throws Exception;
}
