/**
 * Built-in circuits addressable by name, such as {@code voter}, {@code c17} or {@code ripple-adder:8}: small
 * reference netlists built gate by gate in code, listed and looked up through {@link
 * dev.tmrkit.circuits.library.BuiltinCircuits}, and the ISCAS-85, ISCAS-89 and ITC'99 benchmark circuits bundled
 * from the repository's {@code benchmarks/} at build time ({@link dev.tmrkit.circuits.library.BundledCircuits}).
 */
package dev.tmrkit.circuits.library;
