package dev.tmrkit.testing;

import dev.tmrkit.testing.Corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusTest {
    @Test
    void theCorpusIsTheRepositorysBenchmarksFolder() {
        Path root = Corpus.root();
        assertEquals(Corpus.FOLDER, root.getFileName().toString());
        assertTrue(Files.isRegularFile(root.getParent().resolve("pom.xml")), "beside the parent pom: " + root);
        for (String suite : List.of("iscas85", "iscas89", "itc99", "epfl")) {
            assertTrue(Files.isDirectory(root.resolve(suite)), suite);
        }
    }

    @Test
    void filesAreListedSortedAndAMissingFileFails() {
        List<Path> iscas85 = Corpus.files("iscas85", "bench");
        assertEquals(11, iscas85.size(), "the 11 ISCAS-85 circuits");
        assertEquals("c1355", Corpus.stem(iscas85.get(0)));
        assertEquals(Corpus.root().resolve("iscas89/s27.bench"), Corpus.bench("iscas89", "s27"));
        assertThrows(IllegalStateException.class, () -> Corpus.bench("iscas85", "c9999"));
        assertThrows(IllegalStateException.class, () -> Corpus.files("iscas85", "nothing"));
    }

    @Test
    void theStemDropsOnlyTheLastExtension() {
        assertEquals("s13207.1", Corpus.stem(Path.of("x/s13207.1.bench")));
        assertEquals("LICENSE", Corpus.stem(Path.of("LICENSE")));
    }
}
