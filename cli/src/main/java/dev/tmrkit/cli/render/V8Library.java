package dev.tmrkit.cli.render;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Loads J2V8's native library (graphviz-java's JavaScript engine when there is no {@code dot}) the quiet
 * way. Left to itself, J2V8 4.6 writes its 19 MB library into the user's home directory on every start
 * and loads it from there, and because that ELF file asks for an executable stack the JVM prints a
 * warning on stderr ("...might have disabled stack guard...") that no logging setting can silence (and
 * glibc 2.41 and later refuse such a library outright). So this copies the library from the classpath
 * to a private temporary file, clears the executable flag of its {@code PT_GNU_STACK} program header,
 * loads it, deletes the file (the mapping stays), and tells J2V8 its library is loaded. Any failure
 * leaves everything to J2V8's own loader: rendering still works, only the warning comes back.
 */
public final class V8Library {
    private static final String RESOURCE = "/libj2v8_linux_x86_64.so";
    private static final int PT_GNU_STACK = 0x6474e551;
    private static final int PF_X = 1;
    private static boolean done;

    private V8Library() {
    }

    /** Loads the library once per JVM; true when it is loaded (by this or earlier), false when left to J2V8. */
    static synchronized boolean preload() {
        if (done) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.startsWith("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return false;
        }
        try {
            Class<?> v8 = Class.forName("com.eclipsesource.v8.V8");
            Field loaded = v8.getDeclaredField("nativeLibraryLoaded");
            loaded.setAccessible(true);
            if (loaded.getBoolean(null)) {
                done = true;
                return true;
            }
            Path copy = Files.createTempFile("tmrkit-j2v8-", ".so");
            try {
                try (InputStream in = V8Library.class.getResourceAsStream(RESOURCE)) {
                    if (in == null) {
                        return false;
                    }
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                clearExecutableStack(copy);
                System.load(copy.toString());
            } finally {
                Files.deleteIfExists(copy);
            }
            loaded.setBoolean(null, true);
            done = true;
            return true;
        } catch (ReflectiveOperationException | IOException | RuntimeException | UnsatisfiedLinkError e) {
            return false;
        }
    }

    /** Clears PF_X in the PT_GNU_STACK program header of a 64-bit little-endian ELF file. */
    static void clearExecutableStack(Path elf) throws IOException {
        try (FileChannel ch = FileChannel.open(elf, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(header, 0);
            if (header.getInt(0) != 0x464c457f || header.get(4) != 2 || header.get(5) != 1) {
                throw new IOException("not a 64-bit little-endian ELF file: " + elf);
            }
            long phoff = header.getLong(0x20);
            int phentsize = header.getShort(0x36) & 0xffff;
            int phnum = header.getShort(0x38) & 0xffff;
            ByteBuffer entry = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < phnum; i++) {
                long at = phoff + (long) i * phentsize;
                entry.clear();
                ch.read(entry, at);
                if (entry.getInt(0) == PT_GNU_STACK) {
                    ByteBuffer flags = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
                    flags.putInt(0, entry.getInt(4) & ~PF_X);
                    ch.write(flags, at + 4);
                }
            }
        }
    }
}
