package dev.tmrkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that drive a real tool from Debian (chromium, yosys, berkeley-abc): CI installs them and sets
 * {@code TMRKIT_REQUIRE_TOOLS=1}, so a missing tool fails there; on a machine without the tool the test
 * is skipped with a message saying what to install.
 */
public final class ExternalTool {
    private ExternalTool() {
    }

    /** The tool's path, or the test ends: failed when tools are required, skipped otherwise. */
    public static Path require(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String message = name + " is not installed (apt-get install -y " + name + "); .ci/run installs it";
        if ("1".equals(System.getenv("TMRKIT_REQUIRE_TOOLS"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
        return null;
    }
}
