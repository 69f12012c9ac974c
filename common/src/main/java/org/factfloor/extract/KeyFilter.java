package org.factfloor.extract;

import java.io.Serializable;
import java.util.Set;

/**
 * One rule that refuses a normalised key (an entity or an attribute) for a stated reason, declared as data under a
 * domain's {@code entity.reject} / {@code attribute.reject}: the key equals one of {@code exact}, or its first,
 * last or any word is one of {@code first-words}, {@code last-words}, {@code words}. Entries are folded like keys
 * (case and diacritics), and a multi-word entry matches those words in sequence ("prime minister").
 */
public record KeyFilter(String reason, Set<String> exact, Set<String> firstWords, Set<String> lastWords,
                        Set<String> words) implements Serializable {

    public KeyFilter {
        exact = Set.copyOf(exact);
        firstWords = Set.copyOf(firstWords);
        lastWords = Set.copyOf(lastWords);
        words = Set.copyOf(words);
    }

    public boolean refuses(String key) {
        if (exact.contains(key)) {
            return true;
        }
        String padded = " " + key + " ";
        for (String w : firstWords) {
            if (padded.startsWith(" " + w + " ")) {
                return true;
            }
        }
        for (String w : lastWords) {
            if (padded.endsWith(" " + w + " ")) {
                return true;
            }
        }
        for (String w : words) {
            if (padded.contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }
}
