/** ISCAS {@code .bench}: a strict reader (one gate per line, {@code DFF} registers) and a writer. */
package dev.tmrkit.circuits.io.bench;
