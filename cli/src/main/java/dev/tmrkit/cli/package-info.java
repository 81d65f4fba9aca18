/**
 * The {@code tmrkit} command line: one thin picocli command per subcommand that parses arguments, calls
 * the library and formats the report as a table, CSV or JSON.
 */
package dev.tmrkit.cli;
