package org.factfloor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    private static final List<String> HONORIFICS = List.of("sir", "dame", "lord", "lady", "dr", "doctor", "prof",
            "professor", "mr", "mrs", "ms", "miss", "mx", "rev", "revd", "reverend", "saint", "st", "president", "vice",
            "king", "queen", "prince", "princess", "emperor", "empress", "pope", "general", "gen", "colonel", "col",
            "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "major", "maj", "admiral", "adm", "senator", "sen",
            "governor", "gov", "judge", "justice", "bishop", "archbishop", "cardinal", "rabbi", "imam", "sheikh",
            "former", "late", "the", "hon", "honourable", "honorable", "archduke", "archduchess", "duke", "duchess",
            "count", "countess", "baron", "baroness", "tsar", "czar", "tsarina", "kaiser", "sultan", "chief",
            "chancellor", "premier", "prime minister", "rip");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:(?:" + HONORIFICS.stream()
            .map(h -> h.replace(" ", "\\s+")).collect(Collectors.joining("|")) + ")\\.?\\s+)+");
    /** The first words of the honorifics: a key that begins with none of them has none to drop. */
    private static final Set<String> HONORIFIC_FIRST_WORDS = HONORIFICS.stream().map(h -> h.split(" ")[0])
            .collect(Collectors.toUnmodifiableSet());
    /** Long official forms that name the same place as the short one: "Kingdom of Siam" is Siam. */
    private static final Pattern STATE_FORM = Pattern.compile("^(?:kingdom|principality|grand\\s+duchy|duchy"
            + "|sultanate|emirate|commonwealth|republic|federation|union)\\s+of\\s+(?!the\\s+congo$)"
            + "(?:the\\s+)?");
    private static final Pattern DEGREES = Pattern.compile("(?:,?\\s+(?:phd|ph\\.d\\.|md|m\\.d\\.|obe|cbe|kbe|mbe"
            + "|frs|esq\\.?))+$");
    private static final List<String> DEGREE_ENDINGS = List.of("phd", "ph.d.", "md", "m.d.", "obe", "cbe", "kbe",
            "mbe", "frs", "esq", "esq.");
    /** A nickname in quotes inside a full name: Clarence Leroy "Lee" Van Cleef. */
    private static final Pattern NICKNAME = Pattern.compile("\\s*[\"“][^\"“”]{1,30}[\"”]\\s*");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s|'|’)$");
    private static final Pattern INITIAL_PERIOD = Pattern.compile("(?<![\\p{L}])(\\p{L})\\.\\s*");
    private static final Pattern QUOTES = Pattern.compile("^[\\s\"'“”‘’«»„*_{}\\[\\]]+|[\\s\"'“”‘’«»„*_{}\\[\\]]+$");
    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][^>]*>|\\\\(?:textit|textbf|emph|textsc|mathrm)"
            + "\\{|[*_`{}]+");
    // The characters without which each pattern above cannot match: a key without them skips the regex.
    private static final CharClass QUOTE_CHARACTERS = CharClass.of(CharClass.REGEX_SPACE + "\"'“”‘’«»„*_{}[]");
    private static final CharClass TRAILING_CHARACTERS = CharClass.of(CharClass.REGEX_SPACE + ".,;:!?");
    private static final CharClass MARKUP_CHARACTERS = CharClass.of("<\\*_`{}");
    private static final CharClass DASH_CHARACTERS = CharClass.of("‐‑‒–—―");
    private static final CharClass NICKNAME_QUOTES = CharClass.of("\"“");
    private static final CharClass CURLY_CHARACTERS = CharClass.of("‘’ʼ");
    private static final Pattern HYPHENATED_BREAK = Pattern.compile("(\\p{L})[-\\u00AD]\\s*\\n\\s*(\\p{L})");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―]");
    private static final Pattern CURLY_APOSTROPHE = Pattern.compile("[‘’ʼ]");
    private static final Pattern ENTITY_AMP = Pattern.compile("&amp;");
    /**
     * Where the first author's name ends in an author list, in every style factfloor reads ("et" and "und" join
     * French and German lists; a name in a script without case ends at its full stop: "李建香. 張從正…"). "Smith JA.
     * Title" ends at the initials' full stop, "William G. Cochran. Title" does not: a lone capitalised word and a
     * full stop, a comma (before a name or a quoted title) or "and" with another name after the initial is the surname
     * ("Arthur M. Keller and Julie Basu.", "Walter J. Ong, \"Ramus and Talon Inventory\"").
     */
    private static final Pattern FIRST_AUTHOR_END = Pattern.compile(",|;|:|\\s+(?:and|&|et|und)\\s+|\\s+et\\.?\\s+al\\b|\\(|\\["
            + "|(?<=\\p{L}\\p{L}\\s\\p{Lu}{1,3})\\.\\s(?!\\p{Lu}\\p{Ll}+(?:\\.|,\\s*[\"“‘'«]?\\p{Lu}|\\s+(?:and|&)\\s+\\p{Lu}))|(?<=\\p{Ll}\\p{Ll}|\\p{Lu}{3}|\\p{Lo})\\.\\s"
            // Korean lists join names with a full stop or a middle dot: 이경준.송희경(2016)
            + "|(?<=\\p{Lo})[.·․](?=\\p{Lo})");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)jr|sr|ii|iii|iv");

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
        String key = stripQuotes(TextFold.fold(surface));
        key = Chars.dropPrefix(LEADING_THE, key);
        key = Chars.dropPrefix(STATE_FORM, key);
        key = straightApostrophes(key);
        key = dropPossessive(key);
        return emptyToNull(dropTrailingPunctuation(key));
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
        String named = NICKNAME_QUOTES.anyIn(surface) ? NICKNAME.matcher(surface).replaceAll(" ") : surface;
        String key = straightApostrophes(TextFold.fold(named));
        key = dropHonorifics(key);
        if (!dropped.isEmpty()) {
            key = dropHonorifics(dropLeading(key, dropped));
        }
        key = dropPossessive(key);
        if (endsWithDegree(key)) {
            key = DEGREES.matcher(key).replaceFirst("");
        }
        if (key.indexOf(',') >= 0) {
            key = COMMA.matcher(key).replaceAll(" ");
        }
        if (key.indexOf('.') >= 0) {
            key = INITIAL_PERIOD.matcher(key).replaceAll("$1 ");
        }
        key = TextFold.collapse(key);
        if (key.startsWith("of ") || key.startsWith("the ")) {
            return null; // a title took the name away ("Queen of Scots"): not a name on its own
        }
        return emptyToNull(dropTrailingPunctuation(key));
    }

    /**
     * Titles: hyphenated line breaks joined, markup (HTML tags, LaTeX emphasis, braces, Markdown) and surrounding
     * quotes stripped, NFKC (which unfolds ligatures such as ﬁ), case and diacritics folded, dashes and
     * apostrophes unified, trailing punctuation dropped.
     */
    public static String title(String surface) {
        String joined = surface.indexOf('\n') >= 0 ? HYPHENATED_BREAK.matcher(surface).replaceAll("$1$2") : surface;
        String plain = joined.contains("&amp;") ? ENTITY_AMP.matcher(joined).replaceAll("&") : joined;
        String bare = MARKUP_CHARACTERS.anyIn(plain) ? MARKUP.matcher(plain).replaceAll("") : plain;
        String key = TextFold.fold(bare);
        if (DASH_CHARACTERS.anyIn(key)) {
            key = DASHES.matcher(key).replaceAll("-");
        }
        key = straightApostrophes(key);
        key = stripQuotes(key);
        key = dropTrailingPunctuation(key);
        key = stripQuotes(key);
        return emptyToNull(key);
    }

    /**
     * First author's surname and the year, "smith 2019". The first author is the text up to the first comma,
     * "and", "&amp;", "et al." or parenthesis; its surname is its last word that is neither an initial (J., JA)
     * nor a suffix (Jr., III): "Smith, J. A., &amp; Lee" → smith, "J. Smith, K. Lee" → smith, "Smith JA, Lee K" →
     * smith, "Smith JA. Title" → smith, "G. L. Peterson. Title" and "I. ELLIOTT. Title" end at the surname's full
     * stop, "John Smith and Kim Lee" → smith, "이경준.송희경(2016)" → 이경준. The year is the last year (1500–2099) in
     * the text, so a span running from the authors over the title to the publication year reads correctly. Null
     * without both.
     */
    public static String authorYear(String surface) {
        String s = Chars.dropPrefix(REFERENCE_LABEL, surface);
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
        String lastYear = lastYear(surface);
        if (surname == null || lastYear == null) {
            return null;
        }
        return dropPossessive(TextFold.fold(surname)) + " " + lastYear; // "J. L. Talmon's"
    }

    /**
     * The last year 1500–2099 written on its own, as the regex (?<!\d)(1[5-9]\d{2}|20\d{2})(?!\d) would find
     * it: a run of exactly four digits, read from the end (a reference holds dozens of digits).
     */
    private static String lastYear(String s) {
        for (int end = s.length(); end > 0; ) {
            int start = end;
            while (start > 0 && isAsciiDigit(s.charAt(start - 1))) {
                start--;
            }
            if (end - start == 4) {
                char c = s.charAt(start);
                char d = s.charAt(start + 1);
                if ((c == '1' && d >= '5') || (c == '2' && d == '0')) {
                    return s.substring(start, end);
                }
            }
            end = start == end ? end - 1 : start;
        }
        return null;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String dropLeading(String key, Set<String> dropped) {
        int from = 0;
        while (true) {
            int space = key.indexOf(' ', from);
            String word = space < 0 ? key.substring(from) : key.substring(from, space);
            if (!dropped.contains(word) && !allPartsDropped(word, dropped)) {
                return key.substring(from);
            }
            if (space < 0) {
                return "";
            }
            from = space + 1;
        }
    }

    /** A hyphenated word of dropped words ("danish-norwegian geologist jens esmark") is dropped as they are. */
    private static boolean allPartsDropped(String word, Set<String> dropped) {
        if (word.indexOf('-') < 0) {
            return false;
        }
        for (String part : word.split("-")) {
            if (!dropped.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static String dropHonorifics(String key) {
        int end = 0;
        while (end < key.length() && Character.isLetter(key.charAt(end))) {
            end++;
        }
        return HONORIFIC_FIRST_WORDS.contains(key.substring(0, end)) ? Chars.dropPrefix(HONORIFIC, key) : key;
    }

    /** QUOTES removed; it matches only at the ends. */
    private static String stripQuotes(String s) {
        return QUOTE_CHARACTERS.atAnEdgeOf(s) ? QUOTES.matcher(s).replaceAll("") : s;
    }

    private static String dropTrailingPunctuation(String s) {
        return TRAILING_CHARACTERS.atTheEndOf(s) ? TRAILING_PUNCTUATION.matcher(s).replaceFirst("") : s;
    }

    private static String straightApostrophes(String s) {
        return CURLY_CHARACTERS.anyIn(s) ? CURLY_APOSTROPHE.matcher(s).replaceAll("'") : s;
    }

    /** POSSESSIVE removed: it matches only at the end ($), and its first alternatives are the longer ones. */
    private static String dropPossessive(String s) {
        if (CharClass.endsWithLineTerminator(s)) {
            return POSSESSIVE.matcher(s).replaceFirst("");
        }
        if (s.endsWith("'s") || s.endsWith("’s")) {
            return s.substring(0, s.length() - 2);
        }
        return s.endsWith("'") || s.endsWith("’") ? s.substring(0, s.length() - 1) : s;
    }

    /** Whether DEGREES can match: its match ends the key with one of the degrees. */
    private static boolean endsWithDegree(String s) {
        if (CharClass.endsWithLineTerminator(s)) {
            return true;
        }
        for (String degree : DEGREE_ENDINGS) {
            if (s.endsWith(degree)) {
                return true;
            }
        }
        return false;
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
