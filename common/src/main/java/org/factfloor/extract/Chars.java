package org.factfloor.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shortcuts of the normalisers around their regexes (with {@link CharClass}): a normaliser runs for every
 * mention, and on text dense with facts its regexes (each a Matcher and a search from every position) cost more
 * than finding the mention did.
 */
final class Chars {
    private Chars() {
    }

    /**
     * {@code anchored.matcher(s).replaceFirst("")} for a pattern that begins with ^ (and no MULTILINE): its only
     * match can begin at 0, so one attempt there gives the same result as the search.
     */
    static String dropPrefix(Pattern anchored, String s) {
        Matcher m = anchored.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    /** Whether every character is ASCII (then NFKC and NFD leave it as it is and it has no marks). */
    static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
