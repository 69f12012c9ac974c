package org.factfloor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The normalisers a domain may name in its config: place, person, title, date, date-end, author-year, raw. */
public final class Normalizers {
    public static final List<String> NAMES = List.of("place", "person", "title", "date", "date-end", "author-year",
            "raw");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:!?]+$");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    /** A reference's leading label or markup: "[12] ", "3. ", "{", a quote. */
    private static final Pattern REFERENCE_LABEL = Pattern.compile("^[\\s\\[\\]\\d.{}\"“]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    /** Titles and honorifics before a name; dropped from the key (suffixes such as Jr. and III are kept). */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:(?:sir|dame|lord|lady|dr|doctor|prof|professor|mr"
            + "|mrs|ms|miss|mx|rev|revd|reverend|saint|st|president|vice|king|queen|prince|princess|emperor|empress"
            + "|pope|general|gen|colonel|col|captain|capt|lieutenant|lt|sergeant|sgt|major|maj|admiral|adm|senator"
            + "|sen|governor|gov|judge|justice|bishop|archbishop|cardinal|rabbi|imam|sheikh|former|late|the|hon"
            + "|honourable|honorable|archduke|archduchess|duke|duchess|count|countess|baron|baroness|tsar|czar"
            + "|tsarina|kaiser|sultan|chief|chancellor|premier|prime\\s+minister|rip)\\.?\\s+)+");
    /** Long official forms that name the same place as the short one: "Kingdom of Siam" is Siam. */
    private static final Pattern STATE_FORM = Pattern.compile("^(?:kingdom|principality|grand\\s+duchy|duchy"
            + "|sultanate|emirate|commonwealth|republic|federation|union)\\s+of\\s+(?!the\\s+congo$)"
            + "(?:the\\s+)?");
    private static final Pattern DEGREES = Pattern.compile("(?:,?\\s+(?:phd|ph\\.d\\.|md|m\\.d\\.|obe|cbe|kbe|mbe"
            + "|frs|esq\\.?))+$");
    /** A nickname in quotes inside a full name: Clarence Leroy "Lee" Van Cleef. */
    private static final Pattern NICKNAME = Pattern.compile("\\s*[\"“][^\"“”]{1,30}[\"”]\\s*");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s|'|’)$");
    private static final Pattern INITIAL_PERIOD = Pattern.compile("(?<![\\p{L}])(\\p{L})\\.\\s*");
    private static final Pattern QUOTES = Pattern.compile("^[\\s\"'“”‘’«»„*_{}\\[\\]]+|[\\s\"'“”‘’«»„*_{}\\[\\]]+$");
    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][^>]*>|\\\\(?:textit|textbf|emph|textsc|mathrm)"
            + "\\{|[*_`{}]+");
    private static final Pattern HYPHENATED_BREAK = Pattern.compile("(\\p{L})[-\\u00AD]\\s*\\n\\s*(\\p{L})");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―]");
    private static final Pattern CURLY_APOSTROPHE = Pattern.compile("[‘’ʼ]");
    private static final Pattern ENTITY_AMP = Pattern.compile("&amp;");
    /**
     * Where the first author's name ends in an author list, in every style factfloor reads ("et" and "und" join
     * French and German lists; a name in a script without case ends at its full stop: "李建香. 張從正…"). "Smith JA.
     * Title" ends at the initials' full stop, "William G. Cochran. Title" does not: a lone capitalised word and a
     * full stop, a comma or "and" with another name after the initial is the surname ("Arthur M. Keller and Julie
     * Basu.").
     */
    private static final Pattern FIRST_AUTHOR_END = Pattern.compile(",|;|\\s+(?:and|&|et|und)\\s+|\\s+et\\.?\\s+al\\b|\\(|\\["
            + "|(?<=\\p{L}\\p{L}\\s\\p{Lu}{1,3})\\.\\s(?!\\p{Lu}\\p{Ll}+(?:[.,]|\\s+(?:and|&)\\s+\\p{Lu}))|(?<=\\p{Ll}\\p{Ll}|\\p{Lu}{3}|\\p{Lo})\\.\\s");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)jr|sr|ii|iii|iv");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d{2}|20\\d{2})(?!\\d)");

    private Normalizers() {
    }

    /** The normaliser of that name; place uses the alias table (folded alias → key). */
    public static Normalizer byName(String name, Map<String, String> placeAliases) {
        return byName(name, placeAliases, Set.of());
    }

    /**
     * @param personDroppedWords folded words the person normaliser drops in front of a name (ranks, roles,
     *                           nationality adjectives: factfloor.normalizers.person.dropped-words)
     */
    public static Normalizer byName(String name, Map<String, String> placeAliases, Set<String> personDroppedWords) {
        return switch (name) {
            case "place" -> new PlaceNormalizer(placeAliases);
            case "person" -> personDroppedWords.isEmpty() ? Normalizers::person
                    : surface -> person(surface, personDroppedWords);
            case "title" -> Normalizers::title;
            case "date" -> DateNormalizer::iso;
            case "date-end" -> DateNormalizer::rangeEnd;
            case "author-year" -> Normalizers::authorYear;
            case "raw" -> Normalizers::raw;
            default -> throw new IllegalArgumentException(
                    "unknown normalizer '" + name + "'; use one of " + String.join(", ", NAMES));
        };
    }

    /**
     * Places: folded, quotes, a leading "the", a long official form ("Kingdom of", "Republic of" — but not "Republic
     * of the Congo", a different country from the Democratic Republic) and trailing punctuation dropped (aliases:
     * see byName).
     */
    public static String place(String surface) {
        String key = QUOTES.matcher(TextFold.fold(surface)).replaceAll("");
        key = LEADING_THE.matcher(key).replaceFirst("");
        key = STATE_FORM.matcher(key).replaceFirst("");
        key = CURLY_APOSTROPHE.matcher(key).replaceAll("'");
        key = POSSESSIVE.matcher(key).replaceFirst("");
        return emptyToNull(TRAILING_PUNCTUATION.matcher(key).replaceFirst(""));
    }

    /**
     * People: NFKC, case and diacritics folded, honorifics and titles dropped (Dr., Sir, Prof., President …),
     * possessive 's stripped, degrees (PhD, OBE) dropped, suffixes (Jr., III) kept, initials written without
     * periods ("J.K. Rowling" = "J. K. Rowling" = "j k rowling"), whitespace collapsed.
     */
    public static String person(String surface) {
        return person(surface, Set.of());
    }

    /**
     * As {@link #person(String)}, and also drops quoted nicknames and, in front of the name, any of {@code dropped}
     * (folded single words: "lieutenant general henry dubar" is henry dubar, "british …" loses "british"). A name
     * that is nothing but such words is no name (null); a lone honorific stays ("Prince" is a singer).
     */
    public static String person(String surface, Set<String> dropped) {
        String key = TextFold.fold(NICKNAME.matcher(surface).replaceAll(" "));
        key = CURLY_APOSTROPHE.matcher(key).replaceAll("'");
        key = HONORIFIC.matcher(key).replaceFirst("");
        if (!dropped.isEmpty()) {
            key = HONORIFIC.matcher(dropLeading(key, dropped)).replaceFirst("");
        }
        key = POSSESSIVE.matcher(key).replaceFirst("");
        key = DEGREES.matcher(key).replaceFirst("");
        key = COMMA.matcher(key).replaceAll(" ");
        key = INITIAL_PERIOD.matcher(key).replaceAll("$1 ");
        key = TextFold.collapse(key);
        if (key.startsWith("of ") || key.startsWith("the ")) {
            return null; // a title took the name away ("Queen of Scots"): not a name on its own
        }
        return emptyToNull(TRAILING_PUNCTUATION.matcher(key).replaceFirst(""));
    }

    /**
     * Titles: hyphenated line breaks joined, markup (HTML tags, LaTeX emphasis, braces, Markdown) and surrounding
     * quotes stripped, NFKC (which unfolds ligatures such as ﬁ), case and diacritics folded, dashes and
     * apostrophes unified, trailing punctuation dropped.
     */
    public static String title(String surface) {
        String joined = HYPHENATED_BREAK.matcher(surface).replaceAll("$1$2");
        String bare = MARKUP.matcher(ENTITY_AMP.matcher(joined).replaceAll("&")).replaceAll("");
        String key = TextFold.fold(bare);
        key = DASHES.matcher(key).replaceAll("-");
        key = CURLY_APOSTROPHE.matcher(key).replaceAll("'");
        key = QUOTES.matcher(key).replaceAll("");
        key = TRAILING_PUNCTUATION.matcher(key).replaceFirst("");
        key = QUOTES.matcher(key).replaceAll("");
        return emptyToNull(key);
    }

    /**
     * First author's surname and the year, "smith 2019". The first author is the text up to the first comma,
     * "and", "&amp;", "et al." or parenthesis; its surname is its last word that is neither an initial (J., JA)
     * nor a suffix (Jr., III): "Smith, J. A., &amp; Lee" → smith, "J. Smith, K. Lee" → smith, "Smith JA, Lee K" →
     * smith, "Smith JA. Title" → smith, "G. L. Peterson. Title" and "I. ELLIOTT. Title" end at the surname's full stop, "John Smith and Kim Lee" → smith. The year is the last year (1500–2099) in the text, so a span
     * running from the authors over the title to the publication year reads correctly. Null without both.
     */
    public static String authorYear(String surface) {
        String s = REFERENCE_LABEL.matcher(surface).replaceFirst("");
        Matcher end = FIRST_AUTHOR_END.matcher(s);
        String first = end.find() ? s.substring(0, end.start()) : s;
        Matcher word = NAME_WORD.matcher(first);
        List<String> words = new ArrayList<>();
        while (word.find()) {
            words.add(word.group());
        }
        String surname = null;
        for (int i = words.size() - 1; i >= 0 && surname == null; i--) {
            String w = words.get(i);
            boolean initial = w.length() == 1 || (w.length() <= 3 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
                    && words.size() > 1);
            if (!initial && !NAME_SUFFIX.matcher(w).matches()) {
                surname = w;
            }
        }
        Matcher year = YEAR.matcher(surface);
        String lastYear = null;
        while (year.find()) {
            lastYear = year.group(1);
        }
        if (surname == null || lastYear == null) {
            return null;
        }
        return POSSESSIVE.matcher(TextFold.fold(surname)).replaceFirst("") + " " + lastYear; // "J. L. Talmon's"
    }

    private static String dropLeading(String key, Set<String> dropped) {
        int from = 0;
        while (true) {
            int space = key.indexOf(' ', from);
            String word = space < 0 ? key.substring(from) : key.substring(from, space);
            if (!dropped.contains(word)) {
                return key.substring(from);
            }
            if (space < 0) {
                return "";
            }
            from = space + 1;
        }
    }

    public static String raw(String surface) {
        return emptyToNull(TextFold.collapse(surface));
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The place normaliser with a configurable alias table ("burma" → "myanmar", "usa" → "united states"). */
    private record PlaceNormalizer(Map<String, String> aliases) implements Normalizer {
        @Override
        public String key(String surface) {
            String key = place(surface);
            return key == null ? null : aliases.getOrDefault(key, key);
        }
    }
}
