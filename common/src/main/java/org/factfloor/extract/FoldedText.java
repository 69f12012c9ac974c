package org.factfloor.extract;

import java.util.Arrays;
import java.util.Set;

/**
 * One document folded by {@link CharFold} into a reusable buffer, with each folded character's index in the
 * original text and where its sentences and paragraphs begin. A paragraph ends at a line break (WikiExtractor,
 * JSONL corpora and most web text put one paragraph on a line); a sentence ends there too, and after '.', '!' or
 * '?' (and any closing quotes or brackets) followed by white space and a capital letter, digit or opening quote,
 * unless the '.' ends an initial ("J. Smith", "U.S. Army") or one of a few abbreviations that precede names
 * ("St. Louis", "Dr. Who"). One instance per task, reused across documents: nothing is allocated per document once
 * the buffers have grown to the longest one.
 */
final class FoldedText {
    /** Abbreviations after which a capital letter usually continues the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "jr",
            "sr", "gen", "col", "capt", "lt", "sgt", "rev", "hon", "gov", "sen", "rep", "no", "vol", "fig", "ca",
            "approx", "vs", "cf", "pp", "ed", "eds", "inc", "ltd", "co", "corp", "ave", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final int LONGEST_ABBREVIATION = 6;

    char[] folded = new char[1024];
    /** origin[k]: index in the original text of the character that folded character k came from. */
    int[] origin = new int[1024];
    int length;
    /** Folded positions where the second, third … sentence begins, ascending; count in sentenceCount. */
    int[] sentenceStarts = new int[64];
    int sentenceCount;
    int[] paragraphStarts = new int[64];
    int paragraphCount;
    private String text;

    void fold(String text) {
        this.text = text;
        length = 0;
        sentenceCount = 0;
        paragraphCount = 0;
        int n = text.length();
        ensure(n + 16);
        int sentenceAt = -1; // original index where the next sentence begins, found by looking ahead of a '.'
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (i == sentenceAt) {
                sentenceStarts = mark(sentenceStarts, sentenceCount++);
            }
            String multi = CharFold.multi(c);
            if (multi != null) {
                for (int k = 0; k < multi.length(); k++) {
                    append(multi.charAt(k), i);
                }
            } else {
                char f = CharFold.single(c);
                if (f != CharFold.DROPPED) {
                    append(f, i);
                }
            }
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                if (paragraphCount == 0 || paragraphStarts[paragraphCount - 1] != length) {
                    paragraphStarts = mark(paragraphStarts, paragraphCount++);
                    if (sentenceCount == 0 || sentenceStarts[sentenceCount - 1] != length) {
                        sentenceStarts = mark(sentenceStarts, sentenceCount++);
                    }
                }
            } else if ((c == '.' || c == '!' || c == '?') && sentenceAt <= i) {
                sentenceAt = nextSentence(text, i);
            }
        }
    }

    /** The original index where a sentence ending at the punctuation at i is followed by the next, or -1. */
    private static int nextSentence(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && "\"')]’”»".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j >= n || !Character.isWhitespace(text.charAt(j)) || text.charAt(j) == '\n' || text.charAt(j) == '\r') {
            return -1; // "3.5", "e.g.," or a line break, which ends the paragraph anyway
        }
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\u00A0')) {
            j++;
        }
        if (j >= n) {
            return -1;
        }
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"'(“‘[«".indexOf(next) >= 0)) {
            return -1;
        }
        if (text.charAt(i) == '.' && abbreviationBefore(text, i)) {
            return -1;
        }
        return j;
    }

    private static boolean abbreviationBefore(String text, int period) {
        int start = period;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && period - start <= LONGEST_ABBREVIATION) {
            start--;
        }
        int letters = period - start;
        if (letters == 0 || letters > LONGEST_ABBREVIATION) {
            return false;
        }
        if (letters == 1) {
            return Character.isUpperCase(text.charAt(start)); // an initial; a lower-case letter is a word ("plan b.")
        }
        return ABBREVIATIONS.contains(text.substring(start, period).toLowerCase(java.util.Locale.ROOT));
    }

    private void append(char f, int originalIndex) {
        if (f == ' ' && (length == 0 || folded[length - 1] == ' ')) {
            return; // white space runs fold to one space, as names do
        }
        if (length == folded.length) {
            folded = Arrays.copyOf(folded, length * 2);
            origin = Arrays.copyOf(origin, length * 2);
        }
        folded[length] = f;
        origin[length] = originalIndex;
        length++;
    }

    private int[] mark(int[] starts, int index) {
        int[] s = index < starts.length ? starts : Arrays.copyOf(starts, starts.length * 2);
        s[index] = length;
        return s;
    }

    private void ensure(int capacity) {
        // Most characters fold to one; append grows the buffers for the rare longer folds (ﬁ, æ, U+FDFA).
        int needed = capacity + capacity / 8;
        if (folded.length < needed) {
            folded = new char[needed];
            origin = new int[needed];
        }
    }

    /** The original text of folded [start, end). */
    String original(int start, int end) {
        return text.substring(origin[start], origin[end - 1] + 1);
    }

    int originalIndex(int folded) {
        return folded >= length ? text.length() : origin[folded];
    }

    String text() {
        return text;
    }
}
