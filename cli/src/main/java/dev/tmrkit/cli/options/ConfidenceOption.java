package dev.tmrkit.cli.options;

import java.math.BigDecimal;
import picocli.CommandLine.Option;

/** {@code --confidence}: the level of every interval a command prints, named wherever one is printed. */
public final class ConfidenceOption {
    @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "C",
            description = "Confidence level of every printed interval, strictly between 0 and 1 (default: ${DEFAULT-VALUE}).")
    double confidence;

    /** The level, checked. */
    public double get() {
        return check(confidence);
    }

    /** @throws UserException unless the level lies strictly between 0 and 1 */
    public static double check(double level) {
        if (!(level > 0 && level < 1)) {
            throw new UserException("--confidence must lie strictly between 0 and 1, got " + level);
        }
        return level;
    }

    /** A level as people write it: 0.95 is {@code 95%}, 0.999 is {@code 99.9%}. */
    public static String percent(double level) {
        return new BigDecimal(Double.toString(level)).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
