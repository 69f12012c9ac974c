package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyFilterTest {
    private final KeyFilter filter = new KeyFilter("organisation", Set.of("the crown"), Set.of("treaty", "house of"),
            Set.of("party", "prime minister"), Set.of("conference", "grand duchy"));
    /** Single words only: runs of one word are all it looks up. */
    private final KeyFilter singleWords = new KeyFilter("title", Set.of(), Set.of("treaty"), Set.of("party"),
            Set.of("conference", "x"));

    @Test
    void refusesWholeWordsInTheirPlaces() {
        assertTrue(filter.refuses("the crown"));
        assertTrue(filter.refuses("treaty of paris"));
        assertTrue(filter.refuses("house of lords"));
        assertTrue(filter.refuses("labour party"));
        assertTrue(filter.refuses("the prime minister"));
        assertTrue(filter.refuses("yalta conference 1945"));
        assertTrue(filter.refuses("grand duchy of tuscany"));
        assertTrue(filter.refuses("conference"));
        assertFalse(filter.refuses("the crown prince"));
        assertFalse(filter.refuses("paris treaty"), "first-words only at the start");
        assertFalse(filter.refuses("party animal"), "last-words only at the end");
        assertFalse(filter.refuses("conferences"), "whole words only");
        assertFalse(filter.refuses("a grand old duchy"));
        assertFalse(filter.refuses("treatyside"));
    }

    /** The rule as the reference states it: " entry " occurs in " key " at the entry's place. */
    @Test
    void agreesWithThePaddedDefinitionOnRandomKeys() {
        List<String> vocabulary = List.of("treaty", "house", "of", "party", "prime", "minister", "conference",
                "grand", "duchy", "the", "crown", "x", "");
        Random random = new Random(20261201L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder key = new StringBuilder();
            int words = random.nextInt(5);
            for (int w = 0; w < words; w++) {
                key.append(w > 0 ? " " : "").append(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            String k = key.toString();
            assertEquals(padded(filter, k), filter.refuses(k), "key [" + k + "]");
            assertEquals(padded(singleWords, k), singleWords.refuses(k), "key [" + k + "]");
        }
    }

    private static boolean padded(KeyFilter filter, String key) {
        String p = " " + key + " ";
        return filter.exact().contains(key)
                || filter.firstWords().stream().anyMatch(w -> p.startsWith(" " + w + " "))
                || filter.lastWords().stream().anyMatch(w -> p.endsWith(" " + w + " "))
                || filter.words().stream().anyMatch(w -> p.contains(" " + w + " "));
    }
}
