package org.factfloor.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Written dates → ISO 8601 at the precision written: "YYYY-MM-DD", "YYYY-MM" or "YYYY" (the length is the
 * precision marker; BC years in astronomical numbering, 44 BC = "-0043", 1 BC = "0000"). Impossible dates
 * (31 June, 29 February 1900, month 13) are rejected with null. Read forms: 7 June 1954, 7th of June, 1954,
 * June 7, 1954, Jun. 7 1954, Tuesday, June 7, 1954, 7-Jun-1954, 1954-06-07, 1954/06/07, 1954-06, June 1954,
 * June, 1954, 1954, c. 1954, circa/ca./about/early/mid-/late 1954, 44 BC, 44 BCE, AD 79, 79 CE, 07.06.1954 and
 * a/b/YYYY. Numeric a/b/YYYY and a.b.YYYY are read day first (07/06/1954 = 7 June) unless only the month-first
 * reading is possible (6/13/1954 = 13 June); this is the rule of most of the world's writing, and US-only
 * corpora with ambiguous dates will be read wrongly.
 */
public final class DateNormalizer {
    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>\\d{1,4})";

    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:(?:on|the|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?"
            + "|fri|sat(?:ur)?|sun)(?:day)?\\.?,?|circa|ca\\.|c\\.|ca|c|about|around|approximately|approx\\.|early"
            + "|abt\\.|abt|mid-|mid|late)(?:\\s+|(?<=[.,-])))+");
    private static final Pattern ERA = Pattern.compile("\\s*(?<era>b\\.?\\s?c\\.?(?:\\s?e\\.?)?|a\\.?\\s?d\\.?|c\\.?\\s?e\\.?)$");
    /** "AD 79", "19 August AD 14": AD written before the year. */
    private static final Pattern AD_BEFORE_YEAR = Pattern.compile("(?<![\\p{L}])a\\.?\\s?d\\.?\\s*(?=\\d+$)");
    private static final Pattern ISO = Pattern.compile("(?<year>\\d{4})[-/](?<month>\\d{1,2})(?:[-/](?<day>\\d{1,2}))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(DAY + "(?:\\s+of)?[\\s-]+" + MONTH + ",?[\\s-]+" + YEAR);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(?:the\\s+)?" + DAY + ",?\\s+" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(?:of\\s+)?" + YEAR);
    private static final Pattern NUMERIC = Pattern.compile("(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<year>\\d{4})");
    private static final Pattern YEAR_ONLY = Pattern.compile(YEAR);
    private static final Pattern RANGE_DASH = Pattern.compile("\\s*(?:[–—‒―-]|\\bto\\b|\\buntil\\b)\\s*");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    // Compiled once: these run for every death date found (String.replaceAll would compile them each time).
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s(\\[]+|[\\s,;:)\\]]+$");
    /** The characters EDGE_PUNCTUATION strips at either end, and the last characters of an era ERA reads. */
    private static final CharClass EDGE_CHARACTERS = CharClass.of(CharClass.REGEX_SPACE + "([,;:)]");
    private static final CharClass ERA_ENDINGS = CharClass.of("cde.");
    private static final CharClass PERIOD = CharClass.of(".");
    private static final Pattern TRAILING_PERIOD = Pattern.compile("\\.$");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private DateNormalizer() {
    }

    public static String iso(String surface) {
        // A no-break space (6&nbsp;March 1475, as Wikipedia writes dates) is a space.
        String s = TextFold.collapse(surface.replace('\u00A0', ' ').toLowerCase(Locale.ROOT));
        if (EDGE_CHARACTERS.atAnEdgeOf(s)) {
            s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
        }
        s = Chars.dropPrefix(LEADING_WORDS, s);
        boolean bc = false;
        boolean eraWritten = false;
        Matcher era = ERA.matcher(s);
        if (ERA_ENDINGS.atTheEndOf(s) && era.find() && era.start() > 0 && Character.isDigit(s.charAt(era.start() - 1))) {
            bc = era.group("era").startsWith("b");
            eraWritten = true;
            s = s.substring(0, era.start());
        } else {
            Matcher ad = AD_BEFORE_YEAR.matcher(s);
            if (ad.find()) {
                eraWritten = true;
                s = TextFold.collapse(s.substring(0, ad.start()) + " " + s.substring(ad.end()));
            }
        }
        if (PERIOD.atTheEndOf(s)) {
            s = TRAILING_PERIOD.matcher(s).replaceFirst("");
        }
        if (s.isEmpty()) {
            return null;
        }
        // ISO, day-month-year, numeric and year-only forms begin with a digit, the month-first ones with a letter.
        boolean digitFirst = s.charAt(0) >= '0' && s.charAt(0) <= '9';
        Matcher m;
        if (digitFirst && (m = ISO.matcher(s)).matches()) {
            return format(num(m, "year"), num(m, "month"), m.group("day") == null ? 0 : num(m, "day"), bc, eraWritten);
        }
        if (digitFirst ? (m = DAY_MONTH_YEAR.matcher(s)).matches() : (m = MONTH_DAY_YEAR.matcher(s)).matches()) {
            return format(num(m, "year"), month(m), num(m, "day"), bc, eraWritten);
        }
        if (!digitFirst && (m = MONTH_YEAR.matcher(s)).matches()) {
            return format(num(m, "year"), month(m), 0, bc, eraWritten);
        }
        if (!digitFirst) {
            return null;
        }
        if ((m = NUMERIC.matcher(s)).matches()) {
            int a = num(m, "a");
            int b = num(m, "b");
            boolean dayFirst = a > 12 || b <= 12;
            return format(num(m, "year"), dayFirst ? b : a, dayFirst ? a : b, bc, eraWritten);
        }
        if ((m = YEAR_ONLY.matcher(s)).matches() && (eraWritten || m.group("year").length() >= 3)) {
            return format(num(m, "year"), 0, 0, bc, eraWritten);
        }
        return null;
    }

    /**
     * The later end of a written range ("12 March 1890 – 7 June 1954", "1912-1954", "1890–95", "c. 100 – 44 BC")
     * at its precision, or the date itself when the text is a single date; null when neither reads.
     */
    public static String rangeEnd(String surface) {
        String single = iso(surface);
        if (single != null) {
            return single;
        }
        Matcher dash = RANGE_DASH.matcher(surface);
        while (dash.find()) {
            String left = surface.substring(0, dash.start());
            String right = surface.substring(dash.end()).trim();
            String start = iso(left);
            if (start == null) {
                continue;
            }
            if (TWO_DIGITS.matcher(right).matches() && FOUR_DIGITS.matcher(start).matches()) {
                return start.substring(0, 2) + right; // "1890–95": the end year keeps the start's century
            }
            String end = iso(right);
            if (end != null) {
                return end;
            }
        }
        return null;
    }

    private static int month(Matcher m) {
        return MONTHS.get(m.group("month").substring(0, 3));
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    /** month or day 0 means "not written"; returns null for dates that cannot exist. */
    private static String format(int writtenYear, int month, int day, boolean bc, boolean eraWritten) {
        if (writtenYear == 0 && (eraWritten || month == 0)) {
            return null; // there is no year 0 in either era
        }
        int year = bc ? 1 - writtenYear : writtenYear; // astronomical numbering: 1 BC is year 0
        if (month < 0 || month > 12 || (month == 0 && day != 0)) {
            return null;
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException impossible) {
                return null;
            }
        }
        StringBuilder iso = new StringBuilder(11);
        if (year < 0) {
            iso.append('-');
        }
        padded(iso, Math.abs(year), 4);
        if (month != 0) {
            padded(iso.append('-'), month, 2);
            if (day != 0) {
                padded(iso.append('-'), day, 2);
            }
        }
        return iso.toString();
    }

    /** Appends v with leading zeros to at least width digits (String.format's %0Nd, without its parser). */
    private static void padded(StringBuilder out, int v, int width) {
        String digits = Integer.toString(v);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }
}
