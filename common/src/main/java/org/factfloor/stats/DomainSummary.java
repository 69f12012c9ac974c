package org.factfloor.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything DESIGN §6 reports for one domain, computed from its factoid- and entity-level spectra, held as named
 * parts: the estimators of the factoid spectrum (whose 2025 floor reads the entity spectrum), the entity spectrum,
 * and the conflict share. The flat accessors are the summary's fields (SummaryColumns lists them). Quantities
 * that are undefined for the data (n = 0, SGT not applicable) are null, never NaN, and the reason is in
 * {@code flags} (or {@code sgtReason}).
 *
 * @param factoids      every estimator applied to the factoid spectrum, with the settings they used
 * @param entities      the entity-level spectrum (the prompts)
 * @param conflictShare share of occurrences whose entity has more than one attribute, null without occurrences
 * @param table         for a domain counted against a fact table, how much of the table the corpus shows; else null
 */
public record DomainSummary(String domain, CountUnit countUnit, long documentsScanned, SpectrumEstimate factoids,
                            FrequencySpectrum entities, Double conflictShare, List<String> flags,
                            TableCoverage table) {

    /** Below this many occurrences the floors' sample-size terms dominate; flagged so no one over-reads them. */
    static final long SMALL_SAMPLE = 1000;

    public static DomainSummary of(String domain, CountUnit countUnit, long documentsScanned,
                                   FrequencySpectrum factoids, FrequencySpectrum entities, EstimatorSettings settings,
                                   Double conflictShare) {
        return of(domain, countUnit, documentsScanned, factoids, entities, settings, conflictShare, null);
    }

    /** @param tableFacts the distinct facts of the domain's fact table, or null for a domain without one */
    public static DomainSummary of(String domain, CountUnit countUnit, long documentsScanned,
                                   FrequencySpectrum factoids, FrequencySpectrum entities, EstimatorSettings settings,
                                   Double conflictShare, Long tableFacts) {
        SpectrumEstimate e = SpectrumEstimate.of(factoids, entities, settings);
        return new DomainSummary(domain, countUnit, documentsScanned, e, entities, conflictShare, flags(factoids, e),
                tableFacts == null ? null : TableCoverage.of(tableFacts, factoids));
    }

    public long n() {
        return factoids.spectrum().n();
    }

    public long distinct() {
        return factoids.spectrum().distinct();
    }

    public long n1() {
        return factoids.spectrum().n1();
    }

    public long n2() {
        return factoids.spectrum().n2();
    }

    public Double singletonRate() {
        return factoids.singletonRate();
    }

    public Double coverage() {
        return factoids.coverage();
    }

    public Long tableFacts() {
        return table == null ? null : table.facts();
    }

    public Double tableUnseenShare() {
        return table == null ? null : table.unseenShare();
    }

    public Double tableOnceShare() {
        return table == null ? null : table.onceShare();
    }

    /** The Good–Turing missing mass of the observed facts, N_1/n, beside the table's unseen share; null otherwise. */
    public Double tableGtMissingMass() {
        return table == null ? null : singletonRate();
    }

    public long entityN() {
        return entities.n();
    }

    public long entityDistinct() {
        return entities.distinct();
    }

    public long entityN1() {
        return entities.n1();
    }

    public long entityN2() {
        return entities.n2();
    }

    public Double entitySingletonRate() {
        return SingletonRate.orNull(entities);
    }

    public Double gtCiLow() {
        return factoids.goodTuring() == null ? null : factoids.goodTuring().ciLow();
    }

    public Double gtCiHigh() {
        return factoids.goodTuring() == null ? null : factoids.goodTuring().ciHigh();
    }

    public double confidence() {
        return floorParameters().confidence();
    }

    public Double floorKv2024() {
        return factoids.kv2024() == null ? null : factoids.kv2024().floor();
    }

    public Double floorKnvz2025() {
        return factoids.knvz2025() == null ? null : factoids.knvz2025().floor();
    }

    public boolean limitedBySampleSize() {
        return factoids.limitedBySampleSize();
    }

    public Long nNeeded() {
        return factoids.nNeeded();
    }

    public double plausibleAlternatives() {
        return floorParameters().plausibleAlternatives();
    }

    public double calibrationError() {
        return floorParameters().calibrationError();
    }

    public double miscalibration() {
        return floorParameters().miscalibration();
    }

    public boolean sgtApplicable() {
        return factoids.sgt().applicable();
    }

    public String sgtReason() {
        return factoids.sgt().reason();
    }

    public double sgtSwitch() {
        return factoids.sgt().switchThreshold();
    }

    public Double sgtP0() {
        return factoids.sgt().p0();
    }

    public Double sgtIntercept() {
        return factoids.sgt().intercept();
    }

    public Double sgtSlope() {
        return factoids.sgt().slope();
    }

    public Double chao1Classic() {
        return factoids.chao1().classic();
    }

    public Double chao1BiasCorrected() {
        return factoids.chao1().biasCorrected();
    }

    public Double chao1Variance() {
        return factoids.chao1().variance();
    }

    public Double chao1CiLow() {
        return factoids.chao1().ciLow();
    }

    public Double chao1CiHigh() {
        return factoids.chao1().ciHigh();
    }

    public double growthFactor() {
        return factoids.growth().factor();
    }

    public Double growthNewDistinct() {
        return factoids.growth().newDistinct();
    }

    public Double growthMissingMass() {
        return factoids.growth().missingMass();
    }

    public Double goodToulminNewDistinct() {
        return factoids.growth().goodToulminNewDistinct();
    }

    private FloorParameters floorParameters() {
        return factoids.settings().floors();
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
