package dev.tmrkit.cli;

/** Report formats of the {@code --format} option. */
enum Format {
    table, csv, json
}
