/**
 * Fault-injection commands: {@code inject} (campaigns, checkpoints and their report) and
 * {@code reliability} (Monte Carlo against 3R²−2R³).
 */
package dev.tmrkit.cli.campaign;
