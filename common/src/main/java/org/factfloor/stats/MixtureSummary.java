package org.factfloor.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A domain's statistics for a thinned mixture of sources (DESIGN §6, mixtures): the expected factoid and entity
 * spectra ({@link MixtureMoments}) and, as plug-ins, the Good–Turing interval and both floors evaluated at the
 * expected singleton rate and the expected n (the floor of the expectation, not the expectation of the floor; the
 * two differ by O(sd²) where the bound is smooth, and where max(0, ·) clips). With every weight 0 or 1 the mixture is
 * not random and every figure is the one `merge` computes from the kept sources.
 *
 * @param factoids the factoid level, which the singleton rate and the Kalai–Vempala 2024 floor read
 * @param entities the entity level, which the Kalai et al. 2025 floor reads
 */
public record MixtureSummary(String domain, CountUnit countUnit, MixtureMoments factoids, MixtureMoments entities,
                             EstimatorSettings settings, GoodTuringMissingMass goodTuring, HallucinationFloor kv2024,
                             HallucinationFloor knvz2025, List<String> flags) {

    /** One point of a source's curve: the mixture with that source's weight moved, the others fixed. */
    public record CurvePoint(double weight, double n, Double singletonRate, Double entitySingletonRate,
                             Double floorKv2024, Double floorKnvz2025) {
    }

    public static MixtureSummary of(String domain, CountUnit countUnit, MixtureMoments factoids,
                                    MixtureMoments entities, EstimatorSettings settings) {
        FloorParameters p = settings.floors();
        Double sr = factoids.singletonRate();
        Double entitySr = entities.singletonRate();
        GoodTuringMissingMass gt = sr == null ? null
                : GoodTuringMissingMass.estimate(sr, factoids.n(), settings.confidence());
        HallucinationFloor kv = sr == null ? null : HallucinationFloor.kv2024(sr, factoids.n(), p);
        HallucinationFloor knvz = entitySr == null ? null : HallucinationFloor.knvz2025(entitySr, entities.n(), p);
        return new MixtureSummary(domain, countUnit, factoids, entities, settings, gt, kv, knvz,
                flags(factoids, kv, knvz));
    }

    public Double singletonRate() {
        return factoids.singletonRate();
    }

    public Double entitySingletonRate() {
        return entities.singletonRate();
    }

    public Double floorKv2024() {
        return kv2024 == null ? null : kv2024.floor();
    }

    public Double floorKnvz2025() {
        return knvz2025 == null ? null : knvz2025.floor();
    }

    public boolean limitedBySampleSize() {
        return (kv2024 != null && kv2024.limitedBySampleSize()) || (knvz2025 != null && knvz2025.limitedBySampleSize());
    }

    /** The larger of the two bounds' needs, as in a run's summary. */
    public Long nNeeded() {
        Long a = kv2024 == null ? null : kv2024.nNeeded();
        Long b = knvz2025 == null ? null : knvz2025.nNeeded();
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }

    /** Share of the mixed sources' occurrences whose thinned law is approximated (mentions in multi-mention documents). */
    public double approximatedShare() {
        long total = 0;
        for (int i = 0; i < factoids.sources(); i++) {
            double w = factoids.weight(i);
            total += w > 0 && w < 1 ? factoids.sourceOccurrences(i) : 0;
        }
        return total == 0 ? 0 : (double) factoids.approximatedOccurrences() / total;
    }

    /** The source's curve over {@link MixtureMoments#CURVE_WEIGHTS}. */
    public List<CurvePoint> curve(int source) {
        FloorParameters p = settings.floors();
        List<CurvePoint> points = new ArrayList<>();
        for (int g = 0; g < MixtureMoments.CURVE_WEIGHTS.length; g++) {
            double n = factoids.curveN(source, g);
            double entityN = entities.curveN(source, g);
            Double sr = n > 0 ? factoids.curveN1(source, g) / n : null;
            Double entitySr = entityN > 0 ? entities.curveN1(source, g) / entityN : null;
            points.add(new CurvePoint(MixtureMoments.CURVE_WEIGHTS[g], n, sr, entitySr,
                    sr == null ? null : HallucinationFloor.kv2024(sr, n, p).floor(),
                    entitySr == null ? null : HallucinationFloor.knvz2025(entitySr, entityN, p).floor()));
        }
        return points;
    }

    private static List<String> flags(MixtureMoments factoids, HallucinationFloor kv, HallucinationFloor knvz) {
        List<String> flags = new ArrayList<>();
        if (!(factoids.n() > 0)) {
            flags.add("no_occurrences: no factoid of this domain is expected in the mixture, every rate is undefined");
            return List.copyOf(flags);
        }
        if (factoids.approximatedOccurrences() > 0) {
            flags.add("mentions_approximated: under the mentions count unit, factoids mentioned more than once in"
                    + " one document have a thinned law that assumes their extra mentions sit in one document"
                    + " (see approximated_share)");
        }
        if (factoids.n() < DomainSummary.SMALL_SAMPLE) {
            flags.add("small_sample: E[n] < " + DomainSummary.SMALL_SAMPLE + ", confidence bounds are wide");
        }
        if ((kv != null && kv.limitedBySampleSize()) || (knvz != null && knvz.limitedBySampleSize())) {
            flags.add("limited_by_sample_size: a floor's sample-size term exceeds a tenth of the singleton rate");
        }
        return List.copyOf(flags);
    }
}
