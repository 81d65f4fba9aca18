package dev.tmrkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeedsTest {
    @Test
    void unsetOrBlankIsTheFixedDefault() {
        assertEquals(Seeds.DEFAULT, Seeds.parse(null, 7));
        assertEquals(Seeds.DEFAULT, Seeds.parse(" ", 7));
    }

    @Test
    void aNumberIsThatSeedAndRandomIsTheFreshOne() {
        assertEquals(-42, Seeds.parse(" -42 ", 7));
        assertEquals(7, Seeds.parse("Random", 7));
    }

    @Test
    void anythingElseIsRefusedNamingTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Seeds.parse("12abc", 7));
        assertTrue(e.getMessage().contains("tmrkit.seed") && e.getMessage().contains("'12abc'"), e.getMessage());
    }

    @Test
    void theSeedOfThisJvmFollowsTheSetting() {
        String set = System.getProperty(Seeds.PROPERTY);
        if (set == null || set.isBlank()) {
            set = System.getenv(Seeds.VARIABLE);
        }
        if (set == null || set.isBlank()) {
            assertEquals(Seeds.DEFAULT, Seeds.seed());
        } else if (!set.trim().equalsIgnoreCase("random")) {
            assertEquals(Long.parseLong(set.trim()), Seeds.seed());
        }
        assertEquals(Seeds.seed(), Seeds.seed(), "chosen once per JVM");
    }
}
