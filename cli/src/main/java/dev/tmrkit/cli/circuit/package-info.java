/**
 * Commands that look at one circuit: {@code info}, {@code faults} and {@code eval} (with its vector files
 * and clocked runs).
 */
package dev.tmrkit.cli.circuit;
