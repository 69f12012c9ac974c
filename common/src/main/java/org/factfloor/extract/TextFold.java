package org.factfloor.extract;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;

/** Unicode NFKC, diacritics removed, lower case, whitespace collapsed: the common core of every key. */
public final class TextFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFold() {
    }

    public static String fold(String s) {
        String compatible = java.text.Normalizer.normalize(s, Form.NFKC);
        String decomposed = java.text.Normalizer.normalize(compatible, Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return collapse(bare.toLowerCase(Locale.ROOT));
    }

    public static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
