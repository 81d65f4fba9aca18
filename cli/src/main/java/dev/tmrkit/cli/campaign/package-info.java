/**
 * Fault-injection commands: {@code inject} (its options, the partial JSON report that holds a checkpoint,
 * and its report; the planning is the library's {@code CampaignPlan}) and {@code reliability} (Monte
 * Carlo against 3R²−2R³).
 */
package dev.tmrkit.cli.campaign;
