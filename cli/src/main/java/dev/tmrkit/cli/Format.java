package dev.tmrkit.cli;

/** Report formats of the {@code --format} option. */
public enum Format {
    table, csv, json
}
