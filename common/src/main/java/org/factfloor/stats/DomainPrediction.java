package org.factfloor.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A domain's predictions (DESIGN §6, prediction from a sample): the full corpus for a sampled run, the growth curve
 * to {@link GrowthCurve#MAX_SCALE}× the observed n, and the size at which the KV 2024 floor falls below each of
 * {@link #FLOOR_THRESHOLDS}. Null parts could not be extrapolated (fewer than 2 occurrences).
 *
 * @param fullCorpus      the sampled run's full corpus; null for a full run
 * @param scale           how the full corpus's size was estimated; null for a full run
 * @param kv2024FloorBelow threshold → the smallest predicted n with the floor below it (null: not within the curve)
 */
public record DomainPrediction(String domain, ExtrapolationSettings settings, PredictedSummary fullCorpus,
                               SampleScale scale, GrowthCurve growth, Map<Double, Double> kv2024FloorBelow) {
    public static final List<Double> FLOOR_THRESHOLDS = List.of(0.5, 0.2, 0.1, 0.05, 0.01);

    /**
     * @param factoidScale the full corpus's size relative to the factoid-level n, null for a full run
     * @param entityScale  the same for the entity level (the same factor, its own Poisson term)
     */
    public static DomainPrediction of(DomainSummary summary, ExtrapolationSettings settings, SampleScale factoidScale,
                                      SampleScale entityScale) {
        FloorParameters p = summary.factoids().settings().floors();
        SpectrumExtrapolation factoids = SpectrumExtrapolation.fit(summary.factoids().spectrum(), settings);
        SpectrumExtrapolation entities = SpectrumExtrapolation.fit(summary.entities(), settings);
        PredictedSummary full = null;
        if (factoidScale != null && factoids != null && entities != null) {
            full = PredictedSummary.of(factoids.to(factoidScale.scale(), factoidScale.relativeError()),
                    entities.to(entityScale.scale(), entityScale.relativeError()), p);
        }
        Map<Double, Double> below = new LinkedHashMap<>();
        if (factoids != null) {
            for (double threshold : FLOOR_THRESHOLDS) {
                below.put(threshold, GrowthCurve.sizeWhereKv2024Below(factoids, p, threshold, GrowthCurve.MAX_SCALE));
            }
        }
        return new DomainPrediction(summary.domain(), settings, full, factoidScale,
                GrowthCurve.of(factoids, entities, p, GrowthCurve.MAX_SCALE), below);
    }
}
