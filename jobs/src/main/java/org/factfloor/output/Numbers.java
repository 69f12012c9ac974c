package org.factfloor.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the HTML report writes numbers and the plain values of summary.json. */
final class Numbers {
    private Numbers() {
    }

    /** 0.99 → "99%", 0.1324 → "13.2%", 0.0004 → "0.04%". */
    static String percent(double share) {
        double p = share * 100;
        BigDecimal rounded = p >= 1 ? BigDecimal.valueOf(p).setScale(1, java.math.RoundingMode.HALF_EVEN)
                : new BigDecimal(p).round(new MathContext(1));
        return rounded.stripTrailingZeros().toPlainString() + "%";
    }

    /** A fixed number of decimals, for expectations (which are rarely whole). */
    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A summary.json value: whole numbers grouped, rates to 4 decimals, lists comma-separated, null as "–". */
    static String value(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Long l) {
            return count(l);
        }
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return String.format(Locale.ROOT, "%,.0f", d);
            }
            if (Math.abs(d) >= 0.0001 || d == 0) {
                return String.format(Locale.ROOT, "%.4f", d);
            }
            return String.format(Locale.ROOT, "%.3e", d);
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "none" : list.stream().map(Numbers::value).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
