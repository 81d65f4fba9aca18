/**
 * {@code tmrkit bench}: the project's performance goals as measured suites — medians of several runs
 * after warm-up, with a baseline measured in the same run.
 */
package dev.tmrkit.cli.bench;
