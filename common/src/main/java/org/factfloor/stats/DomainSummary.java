package org.factfloor.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything DESIGN §6 reports for one domain, computed from its factoid- and entity-level spectra. Quantities
 * that are undefined for the data (n = 0) are null, never NaN, and the reason is in {@code flags}.
 */
public record DomainSummary(
        String domain, String countUnit, long documentsScanned,
        long n, long distinct, long n1, long n2, Double singletonRate, Double coverage,
        long entityN, long entityDistinct, long entityN1, long entityN2, Double entitySingletonRate,
        Double gtCiLow, Double gtCiHigh, double confidence,
        Double floorKv2024, Double floorKnvz2025, boolean limitedBySampleSize, Long nNeeded,
        double plausibleAlternatives, double calibrationError, double miscalibration,
        Double conflictShare, List<String> flags) {

    /** Below this many occurrences the floors' sample-size terms dominate; flagged so no one over-reads them. */
    static final long SMALL_SAMPLE = 1000;

    public static DomainSummary of(String domain, String countUnit, long documentsScanned,
                                   FrequencySpectrum factoids, FrequencySpectrum entities, FloorParameters floors,
                                   Double conflictShare) {
        List<String> flags = new ArrayList<>();
        GoodTuringMissingMass gt = GoodTuringMissingMass.estimate(factoids, floors.confidence());
        HallucinationFloor kv = HallucinationFloor.kv2024(factoids, floors);
        HallucinationFloor knvz = HallucinationFloor.knvz2025(entities, floors);
        if (factoids.n() == 0) {
            flags.add("no_occurrences: no factoid of this domain was found, every rate is undefined");
        } else {
            if (factoids.n1() == 0) {
                flags.add("no_singletons: N1 = 0, the singleton rate and floors are 0 and Good-Turing is unstable");
            }
            if (factoids.n2() == 0) {
                flags.add("no_doubletons: N2 = 0, estimators that divide by N2 use their bias-corrected forms");
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
        }
        boolean limited = (kv != null && kv.limitedBySampleSize()) || (knvz != null && knvz.limitedBySampleSize());
        if (limited) {
            flags.add("limited_by_sample_size: the bounds' sample-size term exceeds a tenth of the singleton rate");
        }
        return new DomainSummary(domain, countUnit, documentsScanned,
                factoids.n(), factoids.distinct(), factoids.n1(), factoids.n2(),
                box(SingletonRate.of(factoids)), factoids.n() == 0 ? null : 1 - (double) factoids.n1() / factoids.n(),
                entities.n(), entities.distinct(), entities.n1(), entities.n2(), box(SingletonRate.of(entities)),
                gt == null ? null : gt.ciLow(), gt == null ? null : gt.ciHigh(), floors.confidence(),
                kv == null ? null : kv.floor(), knvz == null ? null : knvz.floor(), limited, nNeeded(kv, knvz),
                floors.plausibleAlternatives(), floors.calibrationError(), floors.miscalibration(),
                conflictShare, List.copyOf(flags));
    }

    /** The larger of the two bounds' needs: both must have converged for the floors to be read as measured. */
    private static Long nNeeded(HallucinationFloor kv, HallucinationFloor knvz) {
        Long a = kv == null ? null : kv.nNeeded();
        Long b = knvz == null ? null : knvz.nNeeded();
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }

    private static Double box(java.util.OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
