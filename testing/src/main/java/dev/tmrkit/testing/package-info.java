/**
 * Test support for every tmrkit module, and nothing else: {@link dev.tmrkit.testing.Corpus} (the benchmark
 * circuits in {@code benchmarks/} at the repository root), {@link dev.tmrkit.testing.ExternalTool} (Debian tools
 * used as oracles: skipped when absent, failed when {@code TMRKIT_REQUIRE_TOOLS=1}) and
 * {@link dev.tmrkit.testing.Properties} (QuickTheories with the seed chosen by {@link dev.tmrkit.testing.Seeds}).
 * Depends on no tmrkit module; the others use it in test scope only.
 */
package dev.tmrkit.testing;
