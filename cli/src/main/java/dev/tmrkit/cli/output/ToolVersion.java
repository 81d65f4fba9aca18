package dev.tmrkit.cli.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/** tmrkit's version (filtered into the jar by Maven) and the date stamped into files that carry one. */
public final class ToolVersion {
    private ToolVersion() {
    }

    /** "0.1.0" or similar; "unknown" when run from classes without the filtered resource. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("/tmrkit-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    /**
     * The date for a file header, UTC: {@code SOURCE_DATE_EPOCH} (seconds) when set, as reproducible
     * builds do, so the same run can give byte-identical files; else now.
     */
    public static String fileDate() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        Instant when = Instant.now();
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            when = Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(when);
    }
}
