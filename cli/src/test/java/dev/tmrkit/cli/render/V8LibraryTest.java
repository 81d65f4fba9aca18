package dev.tmrkit.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-bit ELF edit that keeps the JVM from warning about J2V8's executable stack. */
class V8LibraryTest {
    private static final int PT_LOAD = 1;
    private static final int PT_GNU_STACK = 0x6474e551;

    @Test
    void clearsOnlyTheExecuteFlagOfTheStackHeader(@TempDir Path dir) throws IOException {
        Path elf = dir.resolve("lib.so");
        ByteBuffer b = ByteBuffer.allocate(64 + 2 * 56).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 0x7f).put(1, (byte) 'E').put(2, (byte) 'L').put(3, (byte) 'F').put(4, (byte) 2).put(5, (byte) 1);
        b.putLong(0x20, 64).putShort(0x36, (short) 56).putShort(0x38, (short) 2);
        b.putInt(64, PT_LOAD).putInt(68, 5);
        b.putInt(64 + 56, PT_GNU_STACK).putInt(64 + 56 + 4, 7);
        Files.write(elf, b.array());
        V8Library.clearExecutableStack(elf);
        ByteBuffer after = ByteBuffer.wrap(Files.readAllBytes(elf)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(5, after.getInt(68), "a code segment stays executable");
        assertEquals(6, after.getInt(64 + 56 + 4), "the stack: read and write, no longer execute");
        assertEquals(64 + 2 * 56, Files.size(elf));
    }

    @Test
    void refusesWhatIsNotA64BitLittleEndianElfFile(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("not.so"), "x".repeat(100));
        assertThrows(IOException.class, () -> V8Library.clearExecutableStack(text));
    }
}
