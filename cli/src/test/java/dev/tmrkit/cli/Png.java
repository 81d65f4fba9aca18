package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads what tests need of a PNG file. */
public final class Png {
    private Png() {
    }

    /** Width and height from a PNG's IHDR chunk, after checking the signature. */
    public static int[] size(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); DataInputStream d = new DataInputStream(in)) {
            byte[] sig = new byte[8];
            d.readFully(sig);
            assertTrue(Arrays.equals(sig, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}), "PNG signature");
            d.readInt();
            byte[] type = new byte[4];
            d.readFully(type);
            assertEquals("IHDR", new String(type, StandardCharsets.US_ASCII));
            return new int[] {d.readInt(), d.readInt()};
        }
    }
}
