package org.factfloor.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factfloor.stats.Interval;

/**
 * A domain's "prediction" object of summary.json read back for the reports (which render from the output alone):
 * the growth curve's points, the sampled run's full corpus, and the KV 2024 thresholds.
 *
 * @param fullCorpus null for a full run
 */
record PredictionView(String estimator, double confidence, Point fullCorpus, List<Point> growth,
                      Map<String, Double> kv2024FloorBelow) {

    /** One size: the factoid level's n, distinct, N1 and rate, both floors. */
    record Point(double scale, Interval n, Interval distinct, Interval n1, Interval singletonRate,
                 Interval entitySingletonRate, Interval kv2024, Interval knvz2025) {
    }

    /** Null when the summary has no prediction (an output of an older factfloor). */
    static PredictionView of(Map<String, Object> fields) {
        if (!(fields.get("prediction") instanceof Map<?, ?> p)) {
            return null;
        }
        List<Point> growth = new ArrayList<>();
        if (p.get("growth") instanceof List<?> points) {
            points.forEach(point -> growth.add(point((Map<?, ?>) point)));
        }
        Map<String, Double> below = new LinkedHashMap<>();
        if (p.get("kv2024_floor_below") instanceof Map<?, ?> thresholds) {
            thresholds.forEach((k, v) -> below.put(String.valueOf(k), v instanceof Number n ? n.doubleValue() : null));
        }
        return new PredictionView(String.valueOf(p.get("estimator")), number(p.get("confidence")),
                p.get("full_corpus") instanceof Map<?, ?> full ? point(full) : null, List.copyOf(growth), below);
    }

    private static Point point(Map<?, ?> m) {
        Map<?, ?> factoid = (Map<?, ?>) m.get("factoid");
        Map<?, ?> entity = (Map<?, ?>) m.get("entity");
        return new Point(number(m.get("scale")), interval(factoid.get("n")), interval(factoid.get("distinct")),
                interval(factoid.get("n1")), interval(factoid.get("singleton_rate")),
                interval(entity.get("singleton_rate")), interval(m.get("floor_kv2024")),
                interval(m.get("floor_knvz2025")));
    }

    private static Interval interval(Object value) {
        Map<?, ?> m = (Map<?, ?>) value;
        return new Interval(number(m.get("estimate")), number(m.get("low")), number(m.get("high")));
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
