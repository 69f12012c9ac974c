package org.factfloor.extract;

import java.util.Set;

/**
 * In-document name resolution (DESIGN §2, confirm step): a person named by one word ("Michelangelo died in Rome
 * in 1564", "Yar'Adua died on 5 May 2010") is the full name the document introduced earlier. The full name is the
 * document's subject — the first multi-word mention of that word in its opening {@value #SUBJECT_REACH} characters
 * ("Michelangelo di Lodovico Buonarroti Simoni (6 March 1475 – …)") — else the nearest earlier multi-word mention
 * ("Umaru Yar'Adua of the People's Democratic Party came into power"), unless the earlier mentions name two people
 * (Marcus Vipsanius Agrippa, then Agrippa Postumus: "Agrippa died in 12 BC" could be either). A word whose only mention is the document's
 * first line (its title: "Plutarch") is the subject's own one-word name and stands; so does any one-word name in a
 * document of one line (a labelled snippet, a line of a text file), which has no earlier text to resolve it from.
 * Anything else is unresolved.
 * A mention is the word extended over the capitalised words and name particles next to it on its line, stopping
 * at punctuation, a possessive, a lower-case word or a stop word (sentence openers and words that name things).
 */
final class NameResolver {
    /** How far into a document its subject is introduced (a Wikipedia lead, a news article's first paragraph). */
    static final int SUBJECT_REACH = 1000;
    /** Words a mention may add on each side of the resolved word. */
    private static final int MAX_EXTRA_WORDS = 5;
    /** Lower-case particles inside names (Paulinus of Nola, Ludwig van Beethoven, Usman dan Fodio). */
    private static final Set<String> PARTICLES = Set.of("of", "de", "da", "di", "do", "dos", "du", "del", "della",
            "van", "von", "der", "den", "ter", "bin", "ibn", "bint", "dan", "al", "el", "la", "le", "y", "e", "af");

    private final Normalizer person;
    private final Set<String> stopWords;

    /** @param stopWords capitalised words that never belong to a name, as written (He, After, Empire …) */
    NameResolver(Normalizer person, Set<String> stopWords) {
        this.person = person;
        this.stopWords = stopWords;
    }

    /**
     * The full key for a one-word key found at {@code at}, or null when the document does not say who it is.
     *
     * @param word the word as written in the match ("Michelangelo")
     */
    String resolve(String text, int at, String key, String word) {
        if (word.isEmpty()) {
            return null;
        }
        String nearest = null;
        boolean ambiguous = false; // two people share the word (Marcus Vipsanius Agrippa, Agrippa Postumus)
        for (int i = text.indexOf(word); i >= 0 && i < at; i = text.indexOf(word, i + 1)) {
            if (!wholeWord(text, i, word.length())) {
                continue;
            }
            String candidate = mention(text, i, i + word.length());
            if (candidate == null || !contains(candidate, key)) {
                continue;
            }
            if (i < SUBJECT_REACH) {
                return candidate;
            }
            if (nearest != null && !samePerson(nearest, candidate)) {
                ambiguous = true;
            }
            nearest = candidate;
        }
        if (nearest != null) {
            return ambiguous ? null : nearest;
        }
        int firstLine = text.indexOf('\n');
        int title = text.indexOf(word);
        return title >= 0 && (firstLine < 0 || title < firstLine) && wholeWord(text, title, word.length()) ? key : null;
    }

    /** The normalised multi-word name around [start, end), or null when the word stands alone there. */
    private String mention(String text, int start, int end) {
        int left = start;
        int right = end;
        int extra = 0;
        while (extra < MAX_EXTRA_WORDS) {
            int wordEnd = left - 1;
            if (wordEnd < 1 || text.charAt(wordEnd) != ' ') {
                break;
            }
            int wordStart = wordStart(text, wordEnd);
            String w = text.substring(wordStart, wordEnd);
            if (w.isEmpty() || !(capitalised(w) || PARTICLES.contains(w)) || stopWords.contains(w)
                    || w.endsWith("'s") || w.endsWith("’s")) {
                break;
            }
            left = wordStart;
            extra++;
        }
        while (left < start && PARTICLES.contains(text.substring(left, text.indexOf(' ', left)))) {
            left = text.indexOf(' ', left) + 1; // a mention does not begin with a particle
            extra--;
        }
        while (extra < MAX_EXTRA_WORDS) {
            if (right >= text.length() - 1 || text.charAt(right) != ' ') {
                break;
            }
            int wordEnd = wordEnd(text, right + 1);
            String w = text.substring(right + 1, wordEnd);
            if (PARTICLES.contains(w)) {
                int nextEnd = wordEnd(text, wordEnd + 1);
                if (wordEnd >= text.length() || text.charAt(wordEnd) != ' ' || nextEnd == wordEnd + 1
                        || !capitalised(text.substring(wordEnd + 1, nextEnd))
                        || stopWords.contains(text.substring(wordEnd + 1, nextEnd))) {
                    break;
                }
                right = nextEnd;
                extra += 2;
                continue;
            }
            if (w.isEmpty() || !capitalised(w) || stopWords.contains(w) || possessive(text, wordEnd)) {
                break;
            }
            right = wordEnd;
            extra++;
        }
        if (left == start && right == end) {
            return null;
        }
        String key = person.key(text.substring(left, right));
        return key != null && key.indexOf(' ') > 0 ? key : null;
    }

    /** One name is the other written shorter or longer (Umaru Yar'Adua, Umaru Musa Yar'Adua). */
    private static boolean samePerson(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        for (String w : shorter.split(" ")) {
            if (!contains(longer, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(String name, String word) {
        return (" " + name + " ").contains(" " + word + " ");
    }

    private static boolean wholeWord(String text, int start, int length) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        int end = start + length;
        boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return before && after;
    }

    private static boolean capitalised(String w) {
        return Character.isUpperCase(w.charAt(0));
    }

    private static boolean possessive(String text, int wordEnd) {
        return wordEnd < text.length() && (text.charAt(wordEnd) == '\'' || text.charAt(wordEnd) == '’');
    }

    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && nameChar(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && nameChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Letters, marks and the apostrophes and hyphens inside names (Yar'Adua, Jean-Paul); not a trailing 's. */
    private static boolean nameChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '-'
                || c == '\'' || c == '’';
    }
}
