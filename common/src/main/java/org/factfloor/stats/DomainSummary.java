package org.factfloor.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything DESIGN §6 reports for one domain, computed from its factoid- and entity-level spectra. Quantities
 * that are undefined for the data (n = 0, SGT not applicable) are null, never NaN, and the reason is in
 * {@code flags} (or {@code sgtReason}).
 */
public record DomainSummary(
        String domain, CountUnit countUnit, long documentsScanned,
        long n, long distinct, long n1, long n2, Double singletonRate, Double coverage,
        long entityN, long entityDistinct, long entityN1, long entityN2, Double entitySingletonRate,
        Double gtCiLow, Double gtCiHigh, double confidence,
        Double floorKv2024, Double floorKnvz2025, boolean limitedBySampleSize, Long nNeeded,
        double plausibleAlternatives, double calibrationError, double miscalibration,
        boolean sgtApplicable, String sgtReason, double sgtSwitch, Double sgtP0, Double sgtIntercept, Double sgtSlope,
        Double chao1Classic, Double chao1BiasCorrected, Double chao1Variance, Double chao1CiLow, Double chao1CiHigh,
        double growthFactor, Double growthNewDistinct, Double growthMissingMass, Double goodToulminNewDistinct,
        Double conflictShare, List<String> flags) {

    /** Below this many occurrences the floors' sample-size terms dominate; flagged so no one over-reads them. */
    static final long SMALL_SAMPLE = 1000;

    public static DomainSummary of(String domain, CountUnit countUnit, long documentsScanned,
                                   FrequencySpectrum factoids, FrequencySpectrum entities, EstimatorSettings settings,
                                   Double conflictShare) {
        SpectrumEstimate e = SpectrumEstimate.of(factoids, entities, settings);
        FloorParameters p = settings.floors();
        GoodTuringMissingMass gt = e.goodTuring();
        SgtEstimate sgt = e.sgt();
        Chao1Estimate chao1 = e.chao1();
        GrowthEstimate growth = e.growth();
        return new DomainSummary(domain, countUnit, documentsScanned,
                factoids.n(), factoids.distinct(), factoids.n1(), factoids.n2(), e.singletonRate(), e.coverage(),
                entities.n(), entities.distinct(), entities.n1(), entities.n2(),
                SingletonRate.orNull(entities),
                gt == null ? null : gt.ciLow(), gt == null ? null : gt.ciHigh(), p.confidence(),
                e.kv2024() == null ? null : e.kv2024().floor(), e.knvz2025() == null ? null : e.knvz2025().floor(),
                e.limitedBySampleSize(), e.nNeeded(),
                p.plausibleAlternatives(), p.calibrationError(), p.miscalibration(),
                sgt.applicable(), sgt.reason(), sgt.switchThreshold(), sgt.p0(), sgt.intercept(), sgt.slope(),
                chao1.classic(), chao1.biasCorrected(), chao1.variance(), chao1.ciLow(), chao1.ciHigh(),
                growth.factor(), growth.newDistinct(), growth.missingMass(), growth.goodToulminNewDistinct(),
                conflictShare, flags(factoids, e));
    }

    private static List<String> flags(FrequencySpectrum factoids, SpectrumEstimate e) {
        List<String> flags = new ArrayList<>();
        if (factoids.n() == 0) {
            flags.add("no_occurrences: no factoid of this domain was found, every rate is undefined");
            return List.copyOf(flags);
        }
        if (factoids.n1() == 0) {
            flags.add("no_singletons: N1 = 0, the singleton rate and floors are 0 and Good-Turing is unstable");
        }
        if (factoids.n2() == 0) {
            flags.add("no_doubletons: N2 = 0, Chao1 and the growth estimate use their f2 = 0 forms");
        }
        if (factoids.n1() == factoids.distinct()) {
            flags.add("all_singletons: every factoid occurs once, the sample says little about repeats");
        }
        if (factoids.distinct() == 1) {
            flags.add("one_distinct_factoid: a single factoid, the spectrum has one point");
        }
        if (factoids.n() < SMALL_SAMPLE) {
            flags.add("small_sample: n < " + SMALL_SAMPLE + ", confidence bounds are wide");
        }
        if (e.limitedBySampleSize()) {
            flags.add("limited_by_sample_size: a floor's sample-size term exceeds a tenth of the singleton rate");
        }
        if (!e.sgt().applicable()) {
            flags.add("sgt_not_applicable: " + e.sgt().reason());
        }
        return List.copyOf(flags);
    }
}
