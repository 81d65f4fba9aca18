/**
 * Fault-injection campaigns as a library call. {@link dev.tmrkit.circuits.campaign.CampaignSpec} says what to
 * inject and how to judge the outputs; {@link dev.tmrkit.circuits.campaign.CampaignPlan#of} turns it, for one
 * netlist and seed, into fault sets, patterns and output checks ready to run; a
 * {@link dev.tmrkit.circuits.campaign.Checkpoint} keyed by a digest of spec, seed, netlist and fault list
 * resumes an interrupted run; {@link dev.tmrkit.circuits.campaign.RegionBreakdown} groups the outcomes on a TMR
 * netlist by region. The values a campaign is described and answered in are in {@code campaign.model}; the
 * engines that run it ({@link dev.tmrkit.circuits.campaign.engine.FaultSetCampaign},
 * {@link dev.tmrkit.circuits.campaign.engine.MonteCarlo}) in {@code campaign.engine}.
 */
package dev.tmrkit.circuits.campaign;
