package org.factfloor.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factfloor.stats.DomainPrediction;
import org.factfloor.stats.Extrapolation;
import org.factfloor.stats.Interval;
import org.factfloor.stats.PredictedSummary;

/**
 * A domain's predictions as plain values: summary.json's "prediction" object and the rows of prediction/ (DESIGN
 * §5), one (domain, level, target) each, from the same {@link #rows} so the two cannot disagree.
 */
public final class PredictionValues {
    /** Target of the sampled run's row for the whole corpus; growth rows are "growth_x" + scale. */
    public static final String FULL_CORPUS = "full_corpus";

    /** The columns of prediction/, in order. */
    public static final List<String> COLUMNS = List.of("domain", "level", "target", "scale", "estimator",
            "confidence", "n", "n_low", "n_high", "distinct", "distinct_low", "distinct_high", "n1", "n1_low",
            "n1_high", "singleton_rate", "singleton_rate_low", "singleton_rate_high", "gt_ci_low", "gt_ci_high",
            "floor_kv2024", "floor_kv2024_low", "floor_kv2024_high", "floor_knvz2025", "floor_knvz2025_low",
            "floor_knvz2025_high");

    private PredictionValues() {
    }

    /** summary.json's "prediction" object of one domain. */
    public static Map<String, Object> json(DomainPrediction p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("estimator", p.settings().method().stored());
        m.put("confidence", p.settings().confidence());
        m.put("full_corpus", p.fullCorpus() == null ? null : levels(p.fullCorpus()));
        if (p.scale() != null) {
            m.put("full_corpus_scale", p.scale().scale());
            m.put("full_corpus_scale_relative_error", p.scale().relativeError());
            m.put("full_corpus_scale_basis", p.scale().basis());
        }
        List<Object> growth = new ArrayList<>();
        if (p.growth() != null) {
            p.growth().points().forEach(point -> growth.add(levels(point)));
        }
        m.put("growth", growth);
        Map<String, Object> below = new LinkedHashMap<>();
        p.kv2024FloorBelow().forEach((threshold, n) -> below.put(Double.toString(threshold), n));
        m.put("kv2024_floor_below", below);
        return m;
    }

    /** Every row of prediction/ for one domain: the full corpus (sampled runs), then the growth curve. */
    public static List<Map<String, Object>> rows(DomainPrediction p) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (p.fullCorpus() != null) {
            addRows(rows, p.domain(), FULL_CORPUS, p.fullCorpus());
        }
        if (p.growth() != null) {
            for (PredictedSummary point : p.growth().points()) {
                addRows(rows, p.domain(), "growth_x" + compact(point.factoids().scale()), point);
            }
        }
        return rows;
    }

    private static void addRows(List<Map<String, Object>> rows, String domain, String target, PredictedSummary s) {
        rows.add(row(domain, SpectrumLevel.FACTOID.stored(), target, s.factoids(), s));
        rows.add(row(domain, SpectrumLevel.ENTITY.stored(), target, s.entities(), s));
    }

    private static Map<String, Object> row(String domain, String level, String target, Extrapolation e,
                                           PredictedSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("domain", domain);
        m.put("level", level);
        m.put("target", target);
        m.put("scale", e.scale());
        m.put("estimator", e.method().stored());
        m.put("confidence", e.confidence());
        put(m, "n", e.n());
        put(m, "distinct", e.distinct());
        put(m, "n1", e.n1());
        put(m, "singleton_rate", e.singletonRate());
        Interval gt = level.equals(SpectrumLevel.FACTOID.stored()) ? s.goodTuring() : s.entityGoodTuring();
        m.put("gt_ci_low", gt.low());
        m.put("gt_ci_high", gt.high());
        put(m, "floor_kv2024", s.kv2024());
        put(m, "floor_knvz2025", s.knvz2025());
        return m;
    }

    /** One summary's two levels and floors as summary.json nests them. */
    private static Map<String, Object> levels(PredictedSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scale", s.factoids().scale());
        m.put("factoid", level(s.factoids(), s.goodTuring()));
        m.put("entity", level(s.entities(), s.entityGoodTuring()));
        m.put("floor_kv2024", interval(s.kv2024()));
        m.put("floor_knvz2025", interval(s.knvz2025()));
        return m;
    }

    private static Map<String, Object> level(Extrapolation e, Interval gt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", interval(e.n()));
        m.put("distinct", interval(e.distinct()));
        m.put("n1", interval(e.n1()));
        m.put("singleton_rate", interval(e.singletonRate()));
        m.put("gt_ci_low", gt.low());
        m.put("gt_ci_high", gt.high());
        return m;
    }

    private static Map<String, Object> interval(Interval i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("estimate", i.estimate());
        m.put("low", i.low());
        m.put("high", i.high());
        return m;
    }

    private static String compact(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }

    private static void put(Map<String, Object> m, String name, Interval i) {
        m.put(name, i.estimate());
        m.put(name + "_low", i.low());
        m.put(name + "_high", i.high());
    }
}
