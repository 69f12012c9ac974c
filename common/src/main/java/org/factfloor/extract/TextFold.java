package org.factfloor.extract;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Unicode NFKC, diacritics removed, lower case, whitespace collapsed: the common core of every key. Letters that
 * Unicode does not decompose (ø, æ, ß, ł, đ, þ …) are spelled out the way they are usually written without them.
 */
public final class TextFold {
    private static final CharClass SPACE = CharClass.of(CharClass.REGEX_SPACE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFold() {
    }

    public static String fold(String s) {
        if (Chars.ascii(s)) {
            return collapse(s.toLowerCase(Locale.ROOT)); // NFKC, NFD and the marks leave ASCII as it is
        }
        String compatible = java.text.Normalizer.normalize(s, Form.NFKC);
        String decomposed = java.text.Normalizer.normalize(compatible, Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return collapse(spellOut(bare.toLowerCase(Locale.ROOT)));
    }

    /** Spells out the letters Unicode does not decompose; also used per character by {@link CharFold}. */
    static String spellOut(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            String replacement = switch (s.charAt(i)) {
                case 'ø' -> "o";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'ß' -> "ss";
                case 'ł' -> "l";
                case 'đ', 'ð' -> "d";
                case 'þ' -> "th";
                case 'ı' -> "i";
                case 'ħ' -> "h";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 4).append(s, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(s.charAt(i));
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /** Runs of regex whitespace (\s) made one space, then stripped; a loop, since every key goes through it. */
    public static String collapse(String s) {
        int n = s.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!SPACE.has(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && SPACE.has(s.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return (out == null ? s : out.toString()).strip();
    }
}
