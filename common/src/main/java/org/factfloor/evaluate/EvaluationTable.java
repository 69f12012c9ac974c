package org.factfloor.evaluate;

import java.util.List;
import java.util.Locale;

/** The per-domain precision/recall table printed by `factfloor evaluate` and shown in the README. */
public final class EvaluationTable {
    private EvaluationTable() {
    }

    public static String text(List<DomainScore> scores) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-14s %9s %9s %6s %6s %6s %9s %7s%n", "domain", "positives",
                "negatives", "TP", "FP", "FN", "precision", "recall"));
        out.append("-".repeat(72)).append('\n');
        for (DomainScore s : scores) {
            out.append(String.format(Locale.ROOT, "%-14s %9d %9d %6d %6d %6d %9.3f %7.3f%n", s.domain(),
                    s.positives(), s.negatives(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
                    s.precision(), s.recall()));
        }
        return out.toString();
    }
}
