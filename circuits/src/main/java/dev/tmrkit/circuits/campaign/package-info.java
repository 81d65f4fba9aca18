/**
 * Fault-injection campaigns. {@link dev.tmrkit.circuits.campaign.CampaignSpec} says what to inject and how
 * to judge the outputs; {@link dev.tmrkit.circuits.campaign.CampaignPlan#of} turns it, for one netlist and
 * seed, into fault sets, patterns and output checks; {@link dev.tmrkit.circuits.campaign.FaultSetCampaign}
 * runs them one fault set at a time and {@link dev.tmrkit.circuits.campaign.Checkpoint} resumes an
 * interrupted run. {@link dev.tmrkit.circuits.campaign.RegionBreakdown} groups the outcomes on a TMR netlist
 * by region; {@link dev.tmrkit.circuits.campaign.MonteCarlo} is the multi-fault alternative.
 */
package dev.tmrkit.circuits.campaign;
