package org.factfloor.output;

import java.util.List;
import java.util.Locale;
import org.factfloor.stats.CountUnit;
import org.factfloor.stats.DomainSummary;

/** report.md: what the run read, the per-domain table, and one plain-language paragraph per domain. */
public final class ReportMarkdown {
    private ReportMarkdown() {
    }

    public static String render(RunFacts facts, List<DomainSummary> summaries) {
        StringBuilder out = new StringBuilder();
        out.append("# factfloor report: ").append(facts.corpusId()).append("\n\n");
        out.append("- run id: `").append(facts.runId()).append("`\n");
        out.append("- input files: ").append(facts.files()).append(" (").append(facts.bytes()).append(" bytes)\n");
        out.append("- documents read: ").append(facts.documents()).append('\n');
        out.append("- bad records skipped: ").append(facts.badRecords())
                .append(facts.badRecords() > 0 ? " (see `sources/` and `_MANIFEST.json`)" : "").append('\n');
        out.append("- count unit: ").append(summaries.isEmpty() ? "-" : summaries.get(0).countUnit()).append("\n\n");
        out.append(DomainTable.markdown(summaries)).append('\n');
        out.append("singleton rate = N1/n, the Good–Turing missing mass; GT CI = its distribution-free interval "
                + "(Kalai et al. 2025, Cor. 3); floor KNVZ25 = Kalai, Nachum, Vempala & Zhang 2025 Thm 2 (entity "
                + "level); floor KV24 = Kalai & Vempala 2024 Cor. 1.\n\n");
        for (DomainSummary s : summaries) {
            out.append("## ").append(s.domain()).append("\n\n").append(paragraph(s)).append("\n\n");
            List<String> lines = estimatorLines(s);
            if (!lines.isEmpty()) {
                out.append(String.join("\n", lines)).append("\n\n");
            }
            for (String flag : s.flags()) {
                out.append("> **warning** ").append(flag).append('\n');
            }
            if (!s.flags().isEmpty()) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String paragraph(DomainSummary s) {
        if (s.singletonRate() == null && s.table() != null) {
            return String.format(Locale.ROOT, "None of the %d facts of the %s table occurs in %d documents.",
                    s.tableFacts(), s.domain(), s.documentsScanned());
        }
        if (s.singletonRate() == null) {
            return "No " + s.domain() + " factoid was found in " + s.documentsScanned()
                    + " documents, so nothing can be said about this domain.";
        }
        String unit = s.countUnit() == CountUnit.DOCUMENTS ? "document mentions" : "mentions";
        StringBuilder p = new StringBuilder(String.format(Locale.ROOT,
                "About %s of %s %s are of factoids seen once (%d of %d; %d distinct factoids). By Good–Turing that "
                        + "is the probability mass of %s facts the corpus never shows (%.0f%% interval %s–%s): a "
                        + "calibrated model trained on this text will invent about that share of answers in this "
                        + "domain.",
                pct(s.singletonRate()), s.domain(), unit, s.n1(), s.n(), s.distinct(), s.domain(),
                s.confidence() * 100, pct(s.gtCiLow()), pct(s.gtCiHigh())));
        p.append(String.format(Locale.ROOT, " The proven floors are %s (Kalai et al. 2025, with E = %.0f plausible "
                        + "alternatives) and %s (Kalai & Vempala 2024).",
                pct(s.floorKnvz2025()), s.plausibleAlternatives(), pct(s.floorKv2024())));
        if (s.limitedBySampleSize() && s.nNeeded() != null) {
            p.append(String.format(Locale.ROOT, " The floors are held down by the sample size: the bounds' "
                    + "sample-size term drops below a tenth of the singleton rate only at n ≈ %d occurrences "
                    + "(%d here).", s.nNeeded(), s.n()));
        }
        return p.toString();
    }

    /** One line per further estimator: what it means for a model trained on this corpus. */
    static List<String> estimatorLines(DomainSummary s) {
        if (s.singletonRate() == null) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add(s.sgtApplicable()
                ? String.format(Locale.ROOT, "- **Simple Good–Turing** (Gale & Sampson 1995): log N_r falls with "
                        + "slope %.3f in log r; unseen %s factoids hold P0 = %s of the probability mass, and the "
                        + "smoothed r* and p_r of every frequency are in `spectrum/`.", s.sgtSlope(), s.domain(),
                        pct(s.sgtP0()))
                : "- **Simple Good–Turing** is not applicable: " + s.sgtReason() + ".");
        if (s.chao1BiasCorrected() != null) {
            lines.add(String.format(Locale.ROOT, "- **Chao1** (Chao 1987, bias-corrected as in SpadeR): at least "
                            + "%.0f distinct %s factoids exist in the source this corpus samples (%.0f%% interval "
                            + "%.0f–%.0f), %.0f of them never seen here; a model cannot have learned those.",
                    s.chao1BiasCorrected(), s.domain(), s.confidence() * 100, s.chao1CiLow(), s.chao1CiHigh(),
                    s.chao1BiasCorrected() - s.distinct()));
        }
        if (s.growthNewDistinct() != null) {
            lines.add(String.format(Locale.ROOT, "- **Growth** (Chao et al. 2014): with %s more text of the same "
                            + "kind, about %.0f new distinct factoids would appear and the missing mass would fall "
                            + "to %s%s.", growthWords(s.growthFactor()), s.growthNewDistinct(),
                    pct(s.growthMissingMass()), s.goodToulminNewDistinct() == null ? ""
                            : String.format(Locale.ROOT, " (Good–Toulmin cross-check: %.0f new)",
                                    s.goodToulminNewDistinct())));
        }
        if (s.table() != null) {
            lines.add("- **Fact table**: " + tableSentence(s));
        }
        if (s.conflictShare() != null && s.conflictShare() > 0) {
            lines.add(String.format(Locale.ROOT, "- **Conflicts**: %s of occurrences belong to entities with more "
                    + "than one attribute (contradictions, errors or myths); see `entities/` where "
                    + "distinct_attributes > 1.", pct(s.conflictShare())));
        }
        return lines;
    }

    /** The known fact list against the theory: unseen share of the table beside the Good–Turing missing mass. */
    static String tableSentence(DomainSummary s) {
        double gap = s.tableGtMissingMass() - s.tableUnseenShare();
        return String.format(Locale.ROOT, "of the table's %d facts the corpus never shows %d (%s) "
                        + "and shows %d exactly once (%s). Good–Turing, from the observed facts alone, puts the "
                        + "missing mass at %s, %s the unseen share by %.1f points: %s.", s.tableFacts(),
                s.table().unseen(), pct(s.tableUnseenShare()), s.table().once(), pct(s.tableOnceShare()),
                pct(s.tableGtMissingMass()), gap >= 0 ? "above" : "below", Math.abs(gap) * 100,
                gap >= 0 ? "the corpus would show new facts more often than this table's blind spots suggest (the"
                        + " table lists facts the corpus favours)"
                        : "more of this table is unseen than the corpus's own repeat pattern predicts (the table"
                        + " lists facts the corpus rarely covers)");
    }

    private static String growthWords(double factor) {
        return factor == 1 ? "as much" : String.format(Locale.ROOT, "%s times as much", factor);
    }

    private static String pct(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}
