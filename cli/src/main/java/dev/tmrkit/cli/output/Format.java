package dev.tmrkit.cli.output;

/** Report formats of the {@code --format} option. */
public enum Format {
    table, csv, json
}
