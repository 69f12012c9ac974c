package org.factfloor.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Written dates → ISO 8601 at the precision written: "YYYY-MM-DD", "YYYY-MM" or "YYYY" (BC years in astronomical
 * numbering, 44 BC = "-0043"). Impossible dates (31 June, 29 February 1900) are rejected with null.
 * Numeric dates a/b/YYYY are read day-first unless only the month-first reading is possible (6/13/1954).
 */
public final class DateNormalizer {
    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>\\d{1,4})";
    private static final String ERA = "(?:\\s*(?<era>bc|bce|b\\.c\\.|ad|ce|a\\.d\\.))?";

    private static final Pattern ISO = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})(?:-(?<day>\\d{2}))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(DAY + "(?:\\s+of)?\\s+" + MONTH + ",?\\s+" + YEAR + ERA);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + ERA);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+" + YEAR + ERA);
    private static final Pattern NUMERIC = Pattern.compile("(?<a>\\d{1,2})[/.](?<b>\\d{1,2})[/.](?<year>\\d{4})");
    private static final Pattern YEAR_ONLY = Pattern.compile(
            "(?:(?:c|ca|circa)\\.?\\s*)?(?:(?<pre>ad|a\\.d\\.)\\s*)?" + YEAR + ERA);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DateNormalizer() {
    }

    public static String iso(String surface) {
        String s = TextFold.collapse(surface.toLowerCase(Locale.ROOT)).replaceAll("[\\s.,;:)]+$", "");
        Matcher m;
        if ((m = ISO.matcher(s)).matches()) {
            return format(num(m, "year"), num(m, "month"), m.group("day") == null ? 0 : num(m, "day"));
        }
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches() || (m = MONTH_DAY_YEAR.matcher(s)).matches()) {
            return format(year(m), month(m), num(m, "day"));
        }
        if ((m = MONTH_YEAR.matcher(s)).matches()) {
            return format(year(m), month(m), 0);
        }
        if ((m = NUMERIC.matcher(s)).matches()) {
            int a = num(m, "a");
            int b = num(m, "b");
            boolean dayFirst = a > 12 || b <= 12;
            return format(num(m, "year"), dayFirst ? b : a, dayFirst ? a : b);
        }
        if ((m = YEAR_ONLY.matcher(s)).matches()) {
            return format(year(m), 0, 0);
        }
        return null;
    }

    private static int year(Matcher m) {
        int year = num(m, "year");
        String era = m.group("era");
        if (era != null && era.startsWith("b")) {
            return 1 - year; // astronomical numbering: 1 BC is year 0
        }
        return year;
    }

    private static int month(Matcher m) {
        return MONTHS.get(m.group("month").substring(0, 3));
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    /** month or day 0 means "not written"; returns null for dates that cannot exist. */
    private static String format(int year, int month, int day) {
        if (year == 0 && month == 0 && day == 0) {
            return null;
        }
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
        String y = year < 0 ? String.format(Locale.ROOT, "-%04d", -year) : String.format(Locale.ROOT, "%04d", year);
        if (month == 0) {
            return y;
        }
        return day == 0 ? String.format(Locale.ROOT, "%s-%02d", y, month)
                : String.format(Locale.ROOT, "%s-%02d-%02d", y, month, day);
    }
}
