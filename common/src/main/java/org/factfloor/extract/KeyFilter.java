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

    /**
     * Whether some run of whole words of the key is one of the entries: the key's words are looked up, not the
     * entries searched for (a filter holds hundreds of gazetteer words; a key has a handful of words).
     */
    public boolean refuses(String key) {
        if (exact.contains(key)) {
            return true;
        }
        int length = key.length();
        for (int from = 0; from <= length; from = nextWordStart(key, from)) {
            for (int to = firstWordEnd(key, from); to <= length; to = nextWordEnd(key, to)) {
                String run = key.substring(from, to);
                if (words.contains(run) || (from == 0 && firstWords.contains(run))
                        || (to == length && lastWords.contains(run))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The next place after {@code at} where a word begins: just after a space, or past the end. */
    private static int nextWordStart(String key, int at) {
        int space = key.indexOf(' ', at);
        return space < 0 ? key.length() + 1 : space + 1;
    }

    /** The first place at or after a word's start where a run of words can end. */
    private static int firstWordEnd(String key, int from) {
        return from == key.length() || key.charAt(from) == ' ' ? from : nextWordEnd(key, from);
    }

    /** The next place after {@code at} where a word ends: at a space or at the end, else past the end. */
    private static int nextWordEnd(String key, int at) {
        if (at == key.length()) {
            return at + 1;
        }
        int space = key.indexOf(' ', at + 1);
        return space < 0 ? key.length() : space;
    }
}
