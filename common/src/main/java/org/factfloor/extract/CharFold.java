package org.factfloor.extract;

import java.util.Locale;

/**
 * {@link TextFold} one character at a time, for a scan that must keep each folded character's place in the
 * original text: NFKC, canonical decomposition, combining marks dropped, lower case, the undecomposed letters
 * spelled out (ø → o, æ → ae, ß → ss …), and every whitespace character read as one space. Fact-table aliases are
 * folded by the same table, so an alias and the text it must match can never be folded two different ways (the one
 * place per-character folding differs from {@link TextFold#fold} on a whole string, Greek final sigma, is the same
 * on both sides). Built once per JVM from the JDK's Unicode tables (about 60 ms) and read-only afterwards.
 */
final class CharFold {
    /** A character whose fold is the empty string (a combining mark). */
    static final char DROPPED = '\uFFFF';
    private static final char[] SINGLE = new char[Character.MAX_VALUE + 1];
    /** Folds longer than one character (æ → ae, ﬁ → fi, ½ → 1⁄2), null elsewhere. */
    private static final String[] MULTI = new String[Character.MAX_VALUE + 1];
    /** Letters and digits, looked up rather than classified per character of every document. */
    private static final boolean[] WORD = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            WORD[c] = Character.isLetterOrDigit(ch);
            if (Character.isSurrogate(ch)) {
                SINGLE[c] = ch; // a half of a pair is not a letter: it ends words, which is all the scan needs of it
                continue;
            }
            String folded = foldOne(ch);
            if (folded.isEmpty()) {
                SINGLE[c] = DROPPED;
            } else if (folded.length() == 1) {
                SINGLE[c] = folded.charAt(0);
            } else {
                MULTI[c] = folded;
                SINGLE[c] = folded.charAt(0);
            }
        }
    }

    private CharFold() {
    }

    private static String foldOne(char ch) {
        String compatible = java.text.Normalizer.normalize(String.valueOf(ch), java.text.Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(2);
        for (int i = 0; i < compatible.length(); i++) {
            char c = compatible.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                out.append(' '); // TextFold collapses \s, which java.util.regex reads as these six
            } else {
                out.append(c);
            }
        }
        String s = out.toString();
        if (s.isBlank() && !s.isEmpty()) {
            return " ";
        }
        return TextFold.spellOut(stripMarks(s));
    }

    private static String stripMarks(String s) {
        String decomposed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The first (usually only) character of c's fold, or {@link #DROPPED}. */
    static char single(char c) {
        return SINGLE[c];
    }

    /** The whole fold of c when it is longer than one character, else null. */
    static String multi(char c) {
        return MULTI[c];
    }

    /** A name folded as the scan folds text: whitespace runs become one space, none at either end. */
    static String fold(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String m = MULTI[c];
            if (m != null) {
                appendFolded(out, m);
            } else if (SINGLE[c] != DROPPED) {
                appendFolded(out, String.valueOf(SINGLE[c]));
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    private static void appendFolded(StringBuilder out, String folded) {
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != ' ' || (out.length() > 0 && out.charAt(out.length() - 1) != ' ')) {
                out.append(c);
            }
        }
    }

    /** Whether a folded character is part of a word: names match only where neither neighbour is. */
    static boolean wordChar(char folded) {
        return WORD[folded];
    }
}
