package dev.tmrkit.cli.bench;

import java.nio.file.Path;

/** What every suite gets: the benchmark circuits folder, the run settings and the seed. */
record BenchContext(Path circuits, Measurement measurement, long seed, int threads) {
}
