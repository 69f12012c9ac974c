package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The remembered answers of a normaliser or a filter: the same answers, each asked once while remembered. */
class RecentKeysTest {

    @Test
    void anAnswerIsComputedOnceWhileRememberedAndANullAnswerToo() {
        List<String> asked = new ArrayList<>();
        RecentKeys keys = new RecentKeys(s -> {
            asked.add(s);
            return s.startsWith("x") ? null : s.toLowerCase();
        });
        assertEquals("paris", keys.apply("Paris"));
        assertEquals("paris", keys.apply(new String("Paris")), "an equal surface, not the same instance");
        assertNull(keys.apply("xyz"));
        assertNull(keys.apply("xyz"));
        assertEquals("", keys.apply(""), "an empty answer is not taken for a remembered null");
        assertEquals("", keys.apply(""));
        assertEquals(List.of("Paris", "xyz", ""), asked);
    }

    @Test
    void pastItsCapacityItStartsAfreshAndStillAnswersTheSame() {
        List<String> asked = new ArrayList<>();
        RecentKeys keys = new RecentKeys(s -> {
            asked.add(s);
            return "k" + s;
        });
        for (int i = 0; i <= RecentKeys.CAPACITY; i++) {
            assertEquals("k" + i, keys.apply(Integer.toString(i)));
        }
        assertEquals(RecentKeys.CAPACITY + 1, asked.size());
        assertEquals("k0", keys.apply("0"), "forgotten when the memory started afresh, computed again");
        assertEquals(RecentKeys.CAPACITY + 2, asked.size());
        assertEquals("k" + RecentKeys.CAPACITY, keys.apply(Integer.toString(RecentKeys.CAPACITY)));
        assertEquals(RecentKeys.CAPACITY + 2, asked.size(), "the one put after the fresh start is remembered");
    }
}
