/**
 * The {@code tmrkit} command line: one thin picocli command per subcommand that parses arguments, calls
 * the library and formats the report as a table, CSV or JSON. {@code render} hands the library's DOT text to
 * {@link dev.tmrkit.cli.GraphvizRenderer}, the one place that touches graphviz-java.
 */
package dev.tmrkit.cli;
