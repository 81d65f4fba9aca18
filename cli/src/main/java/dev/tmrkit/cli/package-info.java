/**
 * The {@code tmrkit} command line: {@link dev.tmrkit.cli.Main} registers one thin picocli command per
 * subcommand, each in the package of its family; commands parse options, call the library and report.
 */
package dev.tmrkit.cli;
