/**
 * Built-in circuits addressable by name, such as {@code voter}, {@code c17} or {@code ripple-adder:8}: small
 * reference netlists built gate by gate in code, listed and looked up through {@link
 * dev.tmrkit.circuits.library.BuiltinCircuits}.
 */
package dev.tmrkit.circuits.library;
