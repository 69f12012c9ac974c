package org.factfloor.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap tests that let a normaliser skip a regex that cannot match, and the anchored replacements done without a
 * search: a normaliser runs for every mention, and on text dense with facts its regexes (each a Matcher and a
 * scan from every position) cost more than finding the mention did.
 */
final class Chars {
    private Chars() {
    }

    /** Whether s contains any of the characters of set. */
    static boolean containsAny(String s, String set) {
        for (int i = 0; i < s.length(); i++) {
            if (set.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a pattern ^[set]+|[set]+$ may match s: s begins or ends with one of the characters of set, or ends
     * with a line terminator (before which $ also matches).
     */
    static boolean edgeIn(String s, String set) {
        return !s.isEmpty() && (set.indexOf(s.charAt(0)) >= 0 || endsWithAny(s, set));
    }

    /** Whether a pattern [set]+$ may match s (see {@link #edgeIn}). */
    static boolean endsWithAny(String s, String set) {
        return !s.isEmpty() && (set.indexOf(s.charAt(s.length() - 1)) >= 0 || endsWithLineTerminator(s));
    }

    /** Whether s ends with a character before which the regex $ matches as well as at the end. */
    static boolean endsWithLineTerminator(String s) {
        return !s.isEmpty() && LINE_TERMINATORS.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

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

    /** The characters of the regex class \s (without UNICODE_CHARACTER_CLASS): [ \t\n\x0B\f\r]. */
    static final String REGEX_SPACE = " \t\n\u000B\f\r";
}
