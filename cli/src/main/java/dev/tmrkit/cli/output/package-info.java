/**
 * How reports leave the program: the {@code --format} choices, tables, JSON, files written atomically,
 * the progress bar on a terminal and Ctrl-C handling.
 */
package dev.tmrkit.cli.output;
