/**
 * System reliability of simplex and TMR circuits under independent gate failures, simulated by Monte
 * Carlo and set beside the closed forms 3R²−2R³ and R_v·(3R²−2R³).
 */
package dev.tmrkit.circuits.reliability;
