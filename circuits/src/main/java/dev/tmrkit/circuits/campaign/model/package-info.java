/**
 * The values of a campaign: the {@link dev.tmrkit.circuits.campaign.model.PatternSet} applied, the
 * {@link dev.tmrkit.circuits.campaign.model.OutputCheck} that judges the outputs, the
 * {@link dev.tmrkit.circuits.campaign.model.Outcome} of one fault set, the
 * {@link dev.tmrkit.circuits.campaign.model.CampaignResult} of all, and the
 * {@link dev.tmrkit.circuits.campaign.model.ProgressListener} a run reports to.
 */
package dev.tmrkit.circuits.campaign.model;
