/**
 * Options and helpers shared by every command: reading a circuit (a file or a built-in name), seed and
 * threads, and {@link dev.tmrkit.cli.options.UserException}, the error that ends a run with exit code 2.
 */
package dev.tmrkit.cli.options;
