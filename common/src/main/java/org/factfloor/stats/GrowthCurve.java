package org.factfloor.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A domain's predicted statistics as its corpus grows from the observed n to {@link #MAX_SCALE}·n (`predict`, the
 * report's growth chart, prediction/), and the planning answer: the size at which the Kalai–Vempala 2024 floor
 * falls below a threshold.
 */
public record GrowthCurve(List<PredictedSummary> points) {
    public static final double MAX_SCALE = 100;
    /** The curve's points: 1, 2, 5 per decade up to {@link #MAX_SCALE}. */
    public static final double[] SCALES = {1, 2, 5, 10, 20, 50, 100};
    /** Points per decade of the search for a threshold crossing. */
    private static final int SEARCH_STEPS_PER_DECADE = 40;

    public GrowthCurve {
        points = List.copyOf(points);
    }

    /**
     * Null when either level cannot be extrapolated.
     *
     * @param maxScale the curve's last point relative to the observed n (the scales above it are left out, and it is
     *                 added as the last point)
     */
    public static GrowthCurve of(SpectrumExtrapolation factoids, SpectrumExtrapolation entities, FloorParameters p,
                                 double maxScale) {
        if (factoids == null || entities == null) {
            return null;
        }
        List<PredictedSummary> points = new ArrayList<>();
        for (double scale : SCALES) {
            if (scale < maxScale) {
                points.add(at(factoids, entities, p, scale));
            }
        }
        points.add(at(factoids, entities, p, maxScale));
        return new GrowthCurve(points);
    }

    /** Both levels at one scale of the factoid level's n (the entity level grows by the same factor). */
    public static PredictedSummary at(SpectrumExtrapolation factoids, SpectrumExtrapolation entities,
                                      FloorParameters p, double scale) {
        return PredictedSummary.of(factoids.to(scale, 0), entities.to(scale, 0), p);
    }

    /**
     * The smallest factoid-level n within {@code maxScale}× the observed one at which the predicted KV 2024 floor is
     * below {@code threshold}; the observed n when it already is, null when it stays above.
     */
    public static Double sizeWhereKv2024Below(SpectrumExtrapolation factoids, FloorParameters p, double threshold,
                                              double maxScale) {
        double steps = Math.ceil(Math.log10(maxScale) * SEARCH_STEPS_PER_DECADE);
        for (int i = 0; i <= steps; i++) {
            double scale = Math.pow(maxScale, i / steps);
            double n = factoids.observed().n() * scale;
            if (factoids.settings().method() == ExtrapolationMethod.CHAO_2014
                    && scale - 1 > ExtrapolationMethod.CHAO_MAX_FACTOR) {
                return null;
            }
            if (HallucinationFloor.kv2024Bound(factoids.singletonRateAt(scale), n, p) < threshold) {
                return n;
            }
        }
        return null;
    }
}
