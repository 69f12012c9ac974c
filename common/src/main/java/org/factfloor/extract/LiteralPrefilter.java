package org.factfloor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cheap ASCII-case-insensitive literal test run before any regex: a document that contains none of a domain's
 * literals cannot match its patterns, so the patterns never run on it. In a literal, {@code \d} stands for any
 * ASCII digit ("\d–" admits the year-only life span "(1912–1954)" without admitting every dash), {@code \\} for a
 * backslash. One pass over the text serves every literal: each literal is keyed by one of its fixed characters
 * (its anchor), and only positions holding an anchor character are verified. An empty literal list accepts
 * everything.
 */
public final class LiteralPrefilter {
    private static final char DIGIT = '\0';

    /** Per literal: lower- and upper-case form; DIGIT marks a \d position. */
    private final char[][] lower;
    private final char[][] upper;
    private final int[] anchor;
    /** ASCII anchor character → literals anchored on it; non-ASCII anchors are checked by a short list. */
    private final int[][] byAscii = new int[128][];
    private final int[] nonAsciiLiterals;

    public LiteralPrefilter(List<String> literals) {
        int n = literals.size();
        lower = new char[n][];
        upper = new char[n][];
        anchor = new int[n];
        List<List<Integer>> ascii = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            ascii.add(new ArrayList<>());
        }
        List<Integer> nonAscii = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            char[] parsed = parse(literals.get(i));
            lower[i] = new char[parsed.length];
            upper[i] = new char[parsed.length];
            for (int j = 0; j < parsed.length; j++) {
                lower[i][j] = parsed[j] == DIGIT ? DIGIT : Character.toLowerCase(parsed[j]);
                upper[i][j] = parsed[j] == DIGIT ? DIGIT : Character.toUpperCase(parsed[j]);
            }
            anchor[i] = anchorOf(parsed, literals.get(i));
            char lo = lower[i][anchor[i]];
            char up = upper[i][anchor[i]];
            if (lo < 128 && up < 128) {
                ascii.get(lo).add(i);
                if (up != lo) {
                    ascii.get(up).add(i);
                }
            } else {
                nonAscii.add(i);
            }
        }
        for (int c = 0; c < 128; c++) {
            byAscii[c] = ascii.get(c).isEmpty() ? null : ascii.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        nonAsciiLiterals = nonAscii.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Checks a literal list the way the constructor reads it; returns null if usable, else what is wrong. */
    public static String problem(String literal) {
        try {
            anchorOf(parse(literal), literal);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    int literals() {
        return lower.length;
    }

    /** Where in literal k its anchor lies: a hit is reported at the anchor's position, not the literal's start. */
    int anchorOf(int literal) {
        return anchor[literal];
    }

    /**
     * Each literal as a regex that matches exactly where {@link #nextHit} finds it: a class of the character's
     * lower- and upper-case forms per position, [0-9] for \d. {@link DocumentScan} reads them all in one
     * automaton pass, which is several times faster than this class's own search on text full of its anchors.
     */
    List<Pattern> asPatterns() {
        List<Pattern> patterns = new ArrayList<>(lower.length);
        for (int k = 0; k < lower.length; k++) {
            StringBuilder regex = new StringBuilder();
            for (int j = 0; j < lower[k].length; j++) {
                regex.append(lower[k][j] == DIGIT ? "[0-9]"
                        : "[" + Pattern.quote(String.valueOf(lower[k][j])) + Pattern.quote(String.valueOf(upper[k][j])) + "]");
            }
            patterns.add(Pattern.compile(regex.toString()));
        }
        return patterns;
    }

    public boolean acceptsEverything() {
        return lower.length == 0;
    }

    public boolean mayMatch(CharSequence text) {
        return acceptsEverything() || nextHit(text, 0, text.length()) >= 0;
    }

    /**
     * The position of the anchor character of the first literal occurrence whose anchor lies in [from, to), or -1.
     * Successive calls with from = previous hit + 1 visit every occurrence in one pass over the text.
     */
    public int nextHit(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                int[] candidates = byAscii[c];
                if (candidates != null && anyMatchAt(text, i, candidates)) {
                    return i;
                }
            } else if (nonAsciiLiterals.length > 0 && anyMatchAt(text, i, nonAsciiLiterals)) {
                return i;
            }
        }
        return -1;
    }

    private boolean anyMatchAt(CharSequence text, int anchorPosition, int[] candidates) {
        for (int k : candidates) {
            int start = anchorPosition - anchor[k];
            if (start >= 0 && start + lower[k].length <= text.length() && matchesAt(text, start, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAt(CharSequence text, int start, int k) {
        char[] lo = lower[k];
        char[] up = upper[k];
        for (int j = 0; j < lo.length; j++) {
            char t = text.charAt(start + j);
            if (lo[j] == DIGIT ? (t < '0' || t > '9') : (t != lo[j] && t != up[j])) {
                return false;
            }
        }
        return true;
    }

    private static char[] parse(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length() && literal.charAt(i + 1) == 'd') {
                out.append(DIGIT);
                i++;
            } else if (c == '\\' && i + 1 < literal.length() && literal.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else if (c == DIGIT) {
                throw new IllegalArgumentException("a NUL character cannot be a prefilter literal");
            } else {
                out.append(c);
            }
        }
        return out.toString().toCharArray();
    }

    /** The rarest-looking fixed position: punctuation beats letters, letters beat spaces. */
    private static int anchorOf(char[] parsed, String literal) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int j = 0; j < parsed.length; j++) {
            char c = parsed[j];
            if (c == DIGIT) {
                continue;
            }
            int rank = Character.isWhitespace(c) ? 3 : Character.isLetter(c) ? 2 : c == '.' || c == ',' ? 1 : 0;
            if (rank < bestRank) {
                best = j;
                bestRank = rank;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("prefilter literal '" + literal + "' has no fixed character (only \\d);"
                    + " add at least one character that is not a digit class");
        }
        return best;
    }
}
