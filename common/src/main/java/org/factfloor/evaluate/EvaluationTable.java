package org.factfloor.evaluate;

import java.util.List;
import java.util.Locale;
import org.factfloor.stats.WilsonInterval;

/** The per-domain precision/recall table printed by `factfloor evaluate` and shown in the README. */
public final class EvaluationTable {
    /** The confidence of the Wilson intervals printed beside precision and recall. */
    public static final double CONFIDENCE = 0.95;

    private EvaluationTable() {
    }

    public static String text(List<DomainScore> scores) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-16s %9s %9s %6s %6s %6s %9s %15s %7s %15s%n", "domain", "positives",
                "negatives", "TP", "FP", "FN", "precision", "95% Wilson", "recall", "95% Wilson"));
        out.append("-".repeat(108)).append('\n');
        for (DomainScore s : scores) {
            out.append(String.format(Locale.ROOT, "%-16s %9d %9d %6d %6d %6d %9.3f %15s %7.3f %15s%n", s.domain(),
                    s.positives(), s.negatives(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
                    s.precision(), interval(s.precisionInterval(CONFIDENCE)), s.recall(),
                    interval(s.recallInterval(CONFIDENCE))));
        }
        return out.toString();
    }

    private static String interval(WilsonInterval w) {
        return w == null ? "-" : String.format(Locale.ROOT, "[%.3f, %.3f]", w.low(), w.high());
    }
}
