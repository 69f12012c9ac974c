package org.factfloor.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The normalisers a domain may name in its config: place, person, title, date, author-year, raw. */
public final class Normalizers {
    public static final List<String> NAMES = List.of("place", "person", "title", "date", "author-year", "raw");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:!?]+$");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:sir|dame|lord|lady|dr|prof|professor|mr|mrs|ms|mx|rev|saint|st)\\.?\\s+)+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s|'|’)$");
    private static final Pattern QUOTES = Pattern.compile("^[\\s\"'“”‘’«»*_]+|[\\s\"'“”‘’«»*_]+$");
    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][^>]*>|[*_`]+");
    private static final Pattern HYPHENATED_BREAK = Pattern.compile("(\\p{L})-\\s*\\n\\s*(\\p{L})");
    private static final Pattern FIRST_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1\\d{3}|20\\d{2})(?!\\d)");

    private Normalizers() {
    }

    public static Normalizer byName(String name) {
        return switch (name) {
            case "place" -> Normalizers::place;
            case "person" -> Normalizers::person;
            case "title" -> Normalizers::title;
            case "date" -> DateNormalizer::iso;
            case "author-year" -> Normalizers::authorYear;
            case "raw" -> Normalizers::raw;
            default -> throw new IllegalArgumentException(
                    "unknown normalizer '" + name + "'; use one of " + String.join(", ", NAMES));
        };
    }

    /** Places: folded, a leading "the" and trailing punctuation dropped. */
    public static String place(String surface) {
        String key = LEADING_THE.matcher(TextFold.fold(surface)).replaceFirst("");
        return emptyToNull(TRAILING_PUNCTUATION.matcher(key).replaceFirst(""));
    }

    /** People: folded, honorifics dropped (suffixes such as Jr. and III kept), possessive 's stripped. */
    public static String person(String surface) {
        String key = TextFold.fold(surface);
        key = HONORIFIC.matcher(key).replaceFirst("");
        key = POSSESSIVE.matcher(key).replaceFirst("");
        key = key.replaceAll("\\s*,\\s*", " ");
        return emptyToNull(TRAILING_PUNCTUATION.matcher(key).replaceFirst(""));
    }

    /** Titles: hyphenated line breaks joined, markup and surrounding quotes stripped, folded (NFKC unfolds ligatures). */
    public static String title(String surface) {
        String joined = HYPHENATED_BREAK.matcher(surface).replaceAll("$1$2");
        String bare = MARKUP.matcher(joined).replaceAll("");
        String key = TextFold.fold(bare);
        key = QUOTES.matcher(key).replaceAll("");
        key = TRAILING_PUNCTUATION.matcher(key).replaceFirst("");
        key = QUOTES.matcher(key).replaceAll("");
        return emptyToNull(key);
    }

    /** First author's surname and year: "Smith, J. &amp; Lee, K. (2019" → "smith 2019"; null without both. */
    public static String authorYear(String surface) {
        Matcher word = FIRST_WORD.matcher(surface);
        if (!word.find()) {
            return null;
        }
        Matcher year = YEAR.matcher(surface);
        String lastYear = null;
        while (year.find()) {
            lastYear = year.group(1);
        }
        if (lastYear == null) {
            return null;
        }
        return TextFold.fold(word.group()) + " " + lastYear;
    }

    public static String raw(String surface) {
        return emptyToNull(TextFold.collapse(surface));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
