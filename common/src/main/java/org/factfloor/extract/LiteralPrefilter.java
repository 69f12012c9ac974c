package org.factfloor.extract;

import java.util.List;
import java.util.Locale;

/**
 * A cheap ASCII-case-insensitive literal test run before any regex: a document that contains none of a domain's
 * literals cannot match its patterns, so the patterns never run on it. An empty literal list accepts everything.
 */
public final class LiteralPrefilter {
    private final char[][] lower;
    private final char[][] upper;

    public LiteralPrefilter(List<String> literals) {
        lower = new char[literals.size()][];
        upper = new char[literals.size()][];
        for (int i = 0; i < literals.size(); i++) {
            lower[i] = literals.get(i).toLowerCase(Locale.ROOT).toCharArray();
            upper[i] = literals.get(i).toUpperCase(Locale.ROOT).toCharArray();
        }
    }

    public boolean mayMatch(CharSequence text) {
        if (lower.length == 0) {
            return true;
        }
        for (int i = 0; i < lower.length; i++) {
            if (contains(text, lower[i], upper[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(CharSequence text, char[] lo, char[] up) {
        int last = text.length() - lo.length;
        char first = lo[0];
        char firstUp = up[0];
        outer:
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c != first && c != firstUp) {
                continue;
            }
            for (int j = 1; j < lo.length; j++) {
                char t = text.charAt(i + j);
                if (t != lo[j] && t != up[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
