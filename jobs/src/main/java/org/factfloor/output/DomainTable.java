package org.factfloor.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factfloor.stats.DomainSummary;

/** The per-domain table printed at the end of a run and placed at the top of report.md. */
public final class DomainTable {
    private static final List<String> HEADER = List.of("domain", "documents", "n", "distinct", "N1",
            "singleton rate", "GT 99% CI", "entity sr", "floor KNVZ25", "floor KV24", "flags");

    private DomainTable() {
    }

    public static String text(List<DomainSummary> summaries) {
        return aligned(rows(summaries));
    }

    /** Rows as a plain-text table: first and last columns left-aligned, the header underlined. */
    static String aligned(List<List<String>> rows) {
        int[] width = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                boolean left = i == 0 || i == row.size() - 1;
                String cell = left ? pad(row.get(i), width[i], true) : pad(row.get(i), width[i], false);
                out.append(i == 0 ? "" : "  ").append(cell);
            }
            out.append('\n');
            if (r == 0) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                out.append("-".repeat(total - 2)).append('\n');
            }
        }
        return out.toString();
    }

    public static String markdown(List<DomainSummary> summaries) {
        List<List<String>> rows = rows(summaries);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
            if (r == 0) {
                out.append("|").append(" --- |".repeat(HEADER.size())).append('\n');
            }
        }
        return out.toString();
    }

    private static List<List<String>> rows(List<DomainSummary> summaries) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER.stream().map(h -> h.replace("99%", percent(summaries))).toList());
        for (DomainSummary s : summaries) {
            rows.add(List.of(s.domain(), Long.toString(s.documentsScanned()), Long.toString(s.n()),
                    Long.toString(s.distinct()), Long.toString(s.n1()), fixed(s.singletonRate()),
                    s.gtCiLow() == null ? "-" : "[" + fixed(s.gtCiLow()) + ", " + fixed(s.gtCiHigh()) + "]",
                    fixed(s.entitySingletonRate()), fixed(s.floorKnvz2025()), fixed(s.floorKv2024()),
                    s.flags().stream().map(f -> f.substring(0, f.indexOf(':') < 0 ? f.length() : f.indexOf(':')))
                            .reduce((a, b) -> a + "," + b).orElse("")));
        }
        return rows;
    }

    private static String percent(List<DomainSummary> summaries) {
        double c = summaries.isEmpty() ? 0.99 : summaries.get(0).confidence();
        return String.format(Locale.ROOT, "%s%%", new java.math.BigDecimal(c * 100).round(new java.math.MathContext(4))
                .stripTrailingZeros().toPlainString());
    }

    static String fixed(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String pad(String s, int width, boolean left) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return left ? s + fill : fill + s;
    }
}
