/**
 * Waveforms of sequential evaluation: every primary input, output and flip-flop per clock cycle, for the
 * good circuit and, with a fault, the faulty one beside it; written as VCD for GTKWave.
 */
package dev.tmrkit.circuits.waves;
