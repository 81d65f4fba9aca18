/**
 * The facade over all formats: {@link dev.tmrkit.circuits.io.files.NetlistFiles} reads a file in the format its
 * extension names and writes one atomically (a temporary file renamed over the target), and hands out the
 * reader or writer of a {@link dev.tmrkit.circuits.io.NetlistFormat}.
 */
package dev.tmrkit.circuits.io.files;
