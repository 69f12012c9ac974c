package org.factfloor.extract;

/**
 * A set of characters tested in a couple of instructions (ASCII members as bits), for the tests that let a
 * normaliser skip a regex that cannot match: they run on every character of every mention's key.
 */
final class CharClass {
    /** The characters of the regex class \s (without UNICODE_CHARACTER_CLASS). */
    static final String REGEX_SPACE = " \t\n\u000B\f\r";
    private static final CharClass LINE_TERMINATORS = of("\n\r\u0085\u2028\u2029");

    private final long low;
    private final long high;
    private final String others;

    private CharClass(long low, long high, String others) {
        this.low = low;
        this.high = high;
        this.others = others;
    }

    static CharClass of(String members) {
        long low = 0;
        long high = 0;
        StringBuilder others = new StringBuilder();
        for (int i = 0; i < members.length(); i++) {
            char c = members.charAt(i);
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << (c - 64);
            } else {
                others.append(c);
            }
        }
        return new CharClass(low, high, others.toString());
    }

    boolean has(char c) {
        if (c < 64) {
            return (low & (1L << c)) != 0;
        }
        if (c < 128) {
            return (high & (1L << (c - 64))) != 0;
        }
        return others.indexOf(c) >= 0;
    }

    /** Whether s contains a member. */
    boolean anyIn(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (has(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a pattern ^[members]+|[members]+$ may match s: s begins or ends with a member, or ends with a line
     * terminator (before which $ matches as well as at the end).
     */
    boolean atAnEdgeOf(String s) {
        return !s.isEmpty() && (has(s.charAt(0)) || atTheEndOf(s));
    }

    /** Whether a pattern [members]+$ may match s (see {@link #atAnEdgeOf}). */
    boolean atTheEndOf(String s) {
        return !s.isEmpty() && (has(s.charAt(s.length() - 1)) || endsWithLineTerminator(s));
    }

    /** Whether s ends with a character before which the regex $ matches as well as at the end. */
    static boolean endsWithLineTerminator(String s) {
        return !s.isEmpty() && LINE_TERMINATORS.has(s.charAt(s.length() - 1));
    }
}
