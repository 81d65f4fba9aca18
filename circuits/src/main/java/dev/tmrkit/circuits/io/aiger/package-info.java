/**
 * AIGER and-inverter graphs, ASCII ({@code .aag}) and binary ({@code .aig}), read into netlists of AND and NOT
 * gates with DFFs for latches: {@link dev.tmrkit.circuits.io.aiger.AigerReader}. Errors in binary files are
 * located by byte offset.
 */
package dev.tmrkit.circuits.io.aiger;
