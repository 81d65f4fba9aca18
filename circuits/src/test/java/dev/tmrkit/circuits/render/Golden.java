package dev.tmrkit.circuits.render;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden text kept as a test resource beside this class. On a difference the failure names the first
 * differing line and writes the actual text to {@code target/golden-actual/}, so an intended change is
 * reviewed with {@code diff} and copied over the resource.
 */
final class Golden {
    private Golden() {
    }

    static void assertMatches(String resource, String actual) {
        String expected = null;
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            if (in != null) {
                expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (actual.equals(expected)) {
            return;
        }
        Path out = Path.of("target", "golden-actual", resource);
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (expected == null) {
            fail("no golden resource " + resource + " beside " + Golden.class.getName() + "; actual text written to "
                    + out.toAbsolutePath());
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int line = 0;
        while (line < e.length && line < a.length && e[line].equals(a[line])) {
            line++;
        }
        fail("DOT differs from golden " + resource + " at line " + (line + 1) + ":\n  expected: "
                + (line < e.length ? e[line] : "<end of text>") + "\n  actual:   " + (line < a.length ? a[line] : "<end of text>")
                + "\n(actual text written to " + out.toAbsolutePath() + "; diff it against src/test/resources)");
    }
}
