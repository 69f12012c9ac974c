package org.factfloor.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every estimator of DESIGN §6 applied to one spectrum: the answer of `factfloor estimate`, and the factoid-level
 * half of a domain's summary. The Kalai et al. 2025 floor reads the entity-level spectrum (the prompts); where only
 * one spectrum is known, both floors read it.
 */
public record SpectrumEstimate(FrequencySpectrum spectrum, EstimatorSettings settings,
                               GoodTuringMissingMass goodTuring, SgtEstimate sgt, Chao1Estimate chao1,
                               GrowthEstimate growth, HallucinationFloor kv2024, HallucinationFloor knvz2025) {

    public static SpectrumEstimate of(FrequencySpectrum spectrum, EstimatorSettings settings) {
        return of(spectrum, spectrum, settings);
    }

    public static SpectrumEstimate of(FrequencySpectrum factoids, FrequencySpectrum entities,
                                      EstimatorSettings settings) {
        return new SpectrumEstimate(factoids, settings,
                GoodTuringMissingMass.estimate(factoids, settings.confidence()),
                SimpleGoodTuring.estimate(factoids, settings.sgtSwitch()),
                Chao1.estimate(factoids, settings.confidence()),
                CorpusGrowth.estimate(factoids, settings.growthFactor()),
                HallucinationFloor.kv2024(factoids, settings.floors()),
                HallucinationFloor.knvz2025(entities, settings.floors()));
    }

    /** N1/n; null when n = 0. */
    public Double singletonRate() {
        return SingletonRate.orNull(spectrum);
    }

    /** Good's sample coverage 1 − N1/n (Good 1953); null when n = 0. */
    public Double coverage() {
        return spectrum.n() == 0 ? null : 1 - SingletonRate.ofNonEmpty(spectrum);
    }

    public boolean limitedBySampleSize() {
        return (kv2024 != null && kv2024.limitedBySampleSize()) || (knvz2025 != null && knvz2025.limitedBySampleSize());
    }

    /** The larger of the two bounds' needs: both must have converged for the floors to be read as measured. */
    public Long nNeeded() {
        Long a = kv2024 == null ? null : kv2024.nNeeded();
        Long b = knvz2025 == null ? null : knvz2025.nNeeded();
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }

    /** The estimate as ordered plain values (maps, lists, numbers, strings, null) under its stable JSON keys. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", spectrum.n());
        m.put("distinct", spectrum.distinct());
        m.put("n1", spectrum.n1());
        m.put("n2", spectrum.n2());
        m.put("singleton_rate", singletonRate());
        m.put("coverage", coverage());
        Map<String, Object> gt = new LinkedHashMap<>();
        gt.put("missing_mass", goodTuring == null ? null : goodTuring.missingMass());
        gt.put("ci_low", goodTuring == null ? null : goodTuring.ciLow());
        gt.put("ci_high", goodTuring == null ? null : goodTuring.ciHigh());
        gt.put("confidence", settings.confidence());
        m.put("good_turing", gt);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("applicable", sgt.applicable());
        s.put("reason", sgt.reason());
        s.put("switch", sgt.switchThreshold());
        s.put("p0", sgt.p0());
        s.put("intercept", sgt.intercept());
        s.put("slope", sgt.slope());
        s.put("r_star", byR(sgt.rStar()));
        s.put("p", byR(sgt.p()));
        m.put("sgt", s);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("applicable", chao1.applicable());
        c.put("reason", chao1.reason());
        c.put("classic", chao1.classic());
        c.put("bias_corrected", chao1.biasCorrected());
        c.put("variance", chao1.variance());
        c.put("ci_low", chao1.ciLow());
        c.put("ci_high", chao1.ciHigh());
        m.put("chao1", c);
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("factor", growth.factor());
        g.put("new_distinct", growth.newDistinct());
        g.put("missing_mass", growth.missingMass());
        g.put("good_toulmin_new_distinct", growth.goodToulminNewDistinct());
        g.put("reason", growth.reason());
        m.put("growth", g);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("kalai_vempala_2024", kv2024 == null ? null : kv2024.floor());
        f.put("kalai_nachum_vempala_zhang_2025", knvz2025 == null ? null : knvz2025.floor());
        f.put("limited_by_sample_size", limitedBySampleSize());
        f.put("n_needed", nNeeded());
        f.put("plausible_alternatives", settings.floors().plausibleAlternatives());
        f.put("calibration_error", settings.floors().calibrationError());
        f.put("miscalibration", settings.floors().miscalibration());
        f.put("confidence", settings.confidence());
        m.put("floors", f);
        return m;
    }

    private static Map<String, Object> byR(Map<Long, Double> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((r, v) -> out.put(Long.toString(r), v));
        return out;
    }
}
