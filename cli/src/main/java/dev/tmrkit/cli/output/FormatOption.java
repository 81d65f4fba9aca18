package dev.tmrkit.cli.output;

import picocli.CommandLine.Option;

/**
 * The {@code --format} option as a picocli mixin, one class per set of formats a command supports: its
 * help ({@code ${COMPLETION-CANDIDATES}}) and picocli's error for any other value list exactly that set,
 * because the field's enum type holds exactly those formats. Use
 * <pre>
 *   &#64;Mixin FormatOption.TableCsvJson format;   // then format.get()
 * </pre>
 * Add a nested class here for another set (its enum constants spelled as the {@link Format} they stand for).
 */
public final class FormatOption {
    private FormatOption() {
    }

    /** {@code --format table|csv|json}. */
    public static final class TableCsvJson {
        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Format format;

        public Format get() {
            return format;
        }
    }

    /** {@code --format table|json}. */
    public static final class TableJson {
        /** The formats of this set. */
        enum Choice {
            table, json
        }

        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Choice format;

        public Format get() {
            return Format.valueOf(format.name());
        }
    }
}
