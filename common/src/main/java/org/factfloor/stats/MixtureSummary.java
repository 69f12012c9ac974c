package org.factfloor.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A domain's statistics for a mixture of sources (DESIGN §6, mixtures): the exact expected factoid and entity
 * spectra of the thinned sources ({@link MixtureMoments}, where a source of weight above 1 enters with all its
 * documents), plus what the fresh documents of sources with weight above 1 add ({@link FreshData}, extrapolated,
 * with an interval), and as plug-ins the Good–Turing interval and both floors evaluated at the expected singleton
 * rate and the expected n (the floor of the expectation, not the expectation of the floor). With every weight 0 or
 * 1 the mixture is not random and every figure is the one `merge` computes from the kept sources.
 *
 * @param factoids the factoid level, which the singleton rate and the Kalai–Vempala 2024 floor read
 * @param entities the entity level, which the Kalai et al. 2025 floor reads
 * @param fresh    the sources mixed at a weight above 1, in source order (empty for a pure thinning)
 */
public record MixtureSummary(String domain, CountUnit countUnit, MixtureMoments factoids, MixtureMoments entities,
                             List<FreshData> fresh, EstimatorSettings settings) {

    /** One point of a source's curve: the mixture with that source's weight moved, the others fixed. */
    public record CurvePoint(double weight, double n, Double singletonRate, Double entitySingletonRate,
                             Double floorKv2024, Double floorKnvz2025) {
    }

    public static MixtureSummary of(String domain, CountUnit countUnit, MixtureMoments factoids,
                                    MixtureMoments entities, List<FreshData> fresh, EstimatorSettings settings) {
        return new MixtureSummary(domain, countUnit, factoids, entities, List.copyOf(fresh), settings);
    }

    private FreshData.Added addedFactoids(int except) {
        FreshData.Added sum = FreshData.Added.NONE;
        for (FreshData f : fresh) {
            sum = f.source() == except ? sum : sum.plus(f.addedFactoids());
        }
        return sum;
    }

    private FreshData.Added addedEntities(int except) {
        FreshData.Added sum = FreshData.Added.NONE;
        for (FreshData f : fresh) {
            sum = f.source() == except ? sum : sum.plus(f.addedEntities());
        }
        return sum;
    }

    /** E[n]. */
    public double n() {
        return factoids.n() + addedFactoids(-1).n();
    }

    public double distinct() {
        return factoids.distinct() + addedFactoids(-1).distinct();
    }

    /** E[N_1]. */
    public double n1() {
        return factoids.n1() + addedFactoids(-1).n1().estimate();
    }

    /** E[N_2]; null with fresh data, whose extrapolation predicts N_1 and distinct items only. */
    public Double n2() {
        return fresh.isEmpty() ? factoids.n2() : null;
    }

    /** E[N_k] for 1 ≤ k ≤ ORDERS; beyond k = 1 null with fresh data. */
    public Double count(int level, int k) {
        MixtureMoments m = level == 0 ? factoids : entities;
        if (k == 1) {
            return level == 0 ? n1() : entityN1();
        }
        return fresh.isEmpty() ? m.count(k) : null;
    }

    public Double singletonRate() {
        double n = n();
        return n > 0 ? n1() / n : null;
    }

    public double entityN() {
        return entities.n() + addedEntities(-1).n();
    }

    public double entityDistinct() {
        return entities.distinct() + addedEntities(-1).distinct();
    }

    public double entityN1() {
        return entities.n1() + addedEntities(-1).n1().estimate();
    }

    public Double entityN2() {
        return fresh.isEmpty() ? entities.n2() : null;
    }

    public Double entitySingletonRate() {
        double n = entityN();
        return n > 0 ? entityN1() / n : null;
    }

    /** The prediction interval of the singleton rate from the fresh data's extrapolation; null without fresh data. */
    public Interval singletonRateInterval() {
        return rateInterval(factoids, addedFactoids(-1), n());
    }

    public Interval entitySingletonRateInterval() {
        return rateInterval(entities, addedEntities(-1), entityN());
    }

    private Interval rateInterval(MixtureMoments m, FreshData.Added added, double n) {
        if (fresh.isEmpty() || !(n > 0)) {
            return null;
        }
        return new Interval((m.n1() + added.n1().estimate()) / n, (m.n1() + added.n1().low()) / n,
                (m.n1() + added.n1().high()) / n);
    }

    public GoodTuringMissingMass goodTuring() {
        Double sr = singletonRate();
        return sr == null ? null : GoodTuringMissingMass.estimate(sr, n(), settings.confidence());
    }

    public HallucinationFloor kv2024() {
        Double sr = singletonRate();
        return sr == null ? null : HallucinationFloor.kv2024(sr, n(), settings.floors());
    }

    public HallucinationFloor knvz2025() {
        Double sr = entitySingletonRate();
        return sr == null ? null : HallucinationFloor.knvz2025(sr, entityN(), settings.floors());
    }

    public Double floorKv2024() {
        return kv2024() == null ? null : kv2024().floor();
    }

    public Double floorKnvz2025() {
        return knvz2025() == null ? null : knvz2025().floor();
    }

    /** Both floors grow with the singleton rate, so their interval ends are the floors at the rate's ends. */
    public Interval floorKv2024Interval() {
        Interval sr = singletonRateInterval();
        return sr == null ? null : new Interval(floorKv2024(), kv2024Floor(sr.low()), kv2024Floor(sr.high()));
    }

    public Interval floorKnvz2025Interval() {
        Interval sr = entitySingletonRateInterval();
        return sr == null ? null : new Interval(floorKnvz2025(), Math.max(0,
                HallucinationFloor.knvz2025Bound(sr.low(), entityN(), settings.floors())),
                Math.max(0, HallucinationFloor.knvz2025Bound(sr.high(), entityN(), settings.floors())));
    }

    private double kv2024Floor(double sr) {
        return Math.max(0, HallucinationFloor.kv2024Bound(sr, n(), settings.floors()));
    }

    public boolean limitedBySampleSize() {
        HallucinationFloor kv = kv2024();
        HallucinationFloor knvz = knvz2025();
        return (kv != null && kv.limitedBySampleSize()) || (knvz != null && knvz.limitedBySampleSize());
    }

    /** The larger of the two bounds' needs, as in a run's summary. */
    public Long nNeeded() {
        Long a = kv2024() == null ? null : kv2024().nNeeded();
        Long b = knvz2025() == null ? null : knvz2025().nNeeded();
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }

    /** The source's expected occurrences in the mixture: w·n_i (for w above 1 its fresh documents included). */
    public double expectedOccurrences(int source) {
        double added = fresh.stream().filter(f -> f.source() == source).mapToDouble(f -> f.addedFactoids().n()).sum();
        return factoids.expectedOccurrences(source) + added;
    }

    /** Expected singletons only this source contributes (for w above 1 its fresh ones, assumed its own, included). */
    public double ownSingletons(int source) {
        double added = fresh.stream().filter(f -> f.source() == source)
                .mapToDouble(f -> f.addedFactoids().n1().estimate()).sum();
        return factoids.ownSingletons(source) + added;
    }

    public double entityOwnSingletons(int source) {
        double added = fresh.stream().filter(f -> f.source() == source)
                .mapToDouble(f -> f.addedEntities().n1().estimate()).sum();
        return entities.ownSingletons(source) + added;
    }

    /** Share of the thinned sources' occurrences whose law is approximated (mentions in multi-mention documents). */
    public double approximatedShare() {
        long total = 0;
        for (int i = 0; i < factoids.sources(); i++) {
            double w = factoids.weight(i);
            total += w > 0 && w < 1 ? factoids.sourceOccurrences(i) : 0;
        }
        return total == 0 ? 0 : (double) factoids.approximatedOccurrences() / total;
    }

    /**
     * The source's curve over {@link MixtureMoments#CURVE_WEIGHTS}, the others fixed at their weights (with the
     * fresh documents of the others that have weights above 1).
     */
    public List<CurvePoint> curve(int source) {
        FloorParameters p = settings.floors();
        FreshData.Added others = addedFactoids(source);
        FreshData.Added otherEntities = addedEntities(source);
        List<CurvePoint> points = new ArrayList<>();
        for (int g = 0; g < MixtureMoments.CURVE_WEIGHTS.length; g++) {
            double n = factoids.curveN(source, g) + others.n();
            double entityN = entities.curveN(source, g) + otherEntities.n();
            Double sr = n > 0 ? (factoids.curveN1(source, g) + others.n1().estimate()) / n : null;
            Double entitySr = entityN > 0 ? (entities.curveN1(source, g) + otherEntities.n1().estimate()) / entityN
                    : null;
            points.add(new CurvePoint(MixtureMoments.CURVE_WEIGHTS[g], n, sr, entitySr,
                    sr == null ? null : HallucinationFloor.kv2024(sr, n, p).floor(),
                    entitySr == null ? null : HallucinationFloor.knvz2025(entitySr, entityN, p).floor()));
        }
        return points;
    }

    /** Degenerate or approximated conditions with their reason, as a run's summary flags them. */
    public List<String> flags() {
        List<String> flags = new ArrayList<>();
        if (!(n() > 0)) {
            flags.add("no_occurrences: no factoid of this domain is expected in the mixture, every rate is undefined");
            return List.copyOf(flags);
        }
        if (!fresh.isEmpty()) {
            flags.add("fresh_data_extrapolated: sources with weights above 1 are predicted by extrapolating their own"
                    + " spectra (" + fresh.get(0).factoids().method().stored() + ", "
                    + Math.round(fresh.get(0).factoids().confidence() * 100) + "% interval), assuming their new"
                    + " factoids do not meet the other sources'; n2 and the spectrum beyond r = 1 are not predicted");
        }
        if (factoids.approximatedOccurrences() > 0) {
            flags.add("mentions_approximated: under the mentions count unit, factoids mentioned more than once in"
                    + " one document have a thinned law that assumes their extra mentions sit in one document"
                    + " (see approximated_share)");
        }
        if (n() < DomainSummary.SMALL_SAMPLE) {
            flags.add("small_sample: E[n] < " + DomainSummary.SMALL_SAMPLE + ", confidence bounds are wide");
        }
        if (limitedBySampleSize()) {
            flags.add("limited_by_sample_size: a floor's sample-size term exceeds a tenth of the singleton rate");
        }
        return List.copyOf(flags);
    }
}
