package org.factfloor.extract;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One rule that refuses a normalised key (an entity or an attribute) for a stated reason, declared as data under a
 * domain's {@code entity.reject} / {@code attribute.reject}: the key equals one of {@code exact}, or its first,
 * last or any word is one of {@code first-words}, {@code last-words}, {@code words}. Entries are folded like keys
 * (case and diacritics), and a multi-word entry matches those words in sequence ("prime minister").
 */
public final class KeyFilter implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final Set<String> exact;
    private final Set<String> firstWords;
    private final Set<String> lastWords;
    private final Set<String> words;
    /** The most spaces in any entry: a run of the key's words with more cannot be one. */
    private final int widest;
    /**
     * Per list (words, first words, last words), which lengths its entries have: a run of another length is not
     * looked up. Most lists hold no entry of most lengths, and each lookup cut a string and hashed it; on
     * fact-dense text the filters were a tenth of extraction.
     */
    private final Lengths wordLengths;
    private final Lengths firstLengths;
    private final Lengths lastLengths;

    public KeyFilter(String reason, Set<String> exact, Set<String> firstWords, Set<String> lastWords,
                     Set<String> words) {
        this.reason = reason;
        this.exact = Set.copyOf(exact);
        this.firstWords = Set.copyOf(firstWords);
        this.lastWords = Set.copyOf(lastWords);
        this.words = Set.copyOf(words);
        this.widest = Stream.of(this.firstWords, this.lastWords, this.words).flatMap(Set::stream)
                .mapToInt(w -> (int) w.chars().filter(c -> c == ' ').count()).max().orElse(0);
        this.wordLengths = new Lengths(this.words);
        this.firstLengths = new Lengths(this.firstWords);
        this.lastLengths = new Lengths(this.lastWords);
    }

    public String reason() {
        return reason;
    }

    public Set<String> exact() {
        return exact;
    }

    public Set<String> firstWords() {
        return firstWords;
    }

    public Set<String> lastWords() {
        return lastWords;
    }

    public Set<String> words() {
        return words;
    }

    /**
     * Whether some run of whole words of the key is one of the entries: the key's runs of at most {@link #widest}
     * + 1 words are looked up, not the entries searched for (a filter holds hundreds of gazetteer words; a key has
     * a handful of words).
     */
    public boolean refuses(String key) {
        if (exact.contains(key)) {
            return true;
        }
        int length = key.length();
        for (int from = 0; from <= length; from = nextWordStart(key, from)) {
            int spaces = 0;
            for (int to = firstWordEnd(key, from); to <= length && spaces <= widest; to = nextWordEnd(key, to)) {
                int runLength = to - from;
                boolean word = wordLengths.has(runLength);
                boolean first = from == 0 && firstLengths.has(runLength);
                boolean last = to == length && lastLengths.has(runLength);
                if (word || first || last) {
                    String run = key.substring(from, to);
                    if ((word && words.contains(run)) || (first && firstWords.contains(run))
                            || (last && lastWords.contains(run))) {
                        return true;
                    }
                }
                spaces++;
            }
        }
        return false;
    }

    /**
     * The lengths of a list's entries, so that a run no entry is as long as is not looked up (a run longer than
     * any tracked length is always looked up).
     */
    private static final class Lengths implements Serializable {
        private static final long serialVersionUID = 1L;
        private static final int TRACKED = 64;
        private final boolean[] present = new boolean[TRACKED];

        Lengths(Set<String> entries) {
            for (String e : entries) {
                if (e.length() < TRACKED) {
                    present[e.length()] = true;
                }
            }
        }

        boolean has(int length) {
            return length >= TRACKED || present[length];
        }
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

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyFilter f && reason.equals(f.reason) && exact.equals(f.exact)
                && firstWords.equals(f.firstWords) && lastWords.equals(f.lastWords) && words.equals(f.words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, exact, firstWords, lastWords, words);
    }

    @Override
    public String toString() {
        return "KeyFilter[" + reason + "]";
    }
}
