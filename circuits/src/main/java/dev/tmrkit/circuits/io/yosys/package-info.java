/**
 * The gate-level JSON that Yosys writes ({@code write_json}), read into netlists:
 * {@link dev.tmrkit.circuits.io.yosys.YosysJsonReader}, with a small located JSON tree (so that errors name the
 * line and column of the offending value) and the translation of Yosys's internal cells into tmrkit gates.
 */
package dev.tmrkit.circuits.io.yosys;
