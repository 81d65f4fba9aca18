/**
 * Campaigns split over machines: {@code tmrkit inject --shard K/N} runs one deterministic slice of the fault
 * sets and writes a part carrying a digest of netlist, plan and seed; {@code tmrkit merge} checks that the
 * parts belong to one campaign and cover it exactly once, and writes the report of the unsharded run. The
 * {@link dev.tmrkit.cli.shard.CampaignEngine} hook lets other engines (merge itself, Apache Spark) supply
 * the results of a campaign planned by {@code inject}.
 */
package dev.tmrkit.cli.shard;
