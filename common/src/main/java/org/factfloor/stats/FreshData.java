package org.factfloor.stats;

/**
 * The fresh documents of a source mixed at weight w &gt; 1: w times as much text from the same source, predicted by
 * extrapolating the source's own spectrum to w times its size ({@link SpectrumExtrapolation}, with its prediction
 * interval). The source's observed documents enter the exact mixture at weight 1; what the fresh (w − 1)·n
 * occurrences add — ΔN_1 = N_1(w) − N_1(1), Δdistinct, Δn = (w − 1)·n — is added on top. That sum assumes the
 * fresh documents' factoids do not meet the other sources' (a new singleton of this source that another source
 * also holds would not be a singleton of the mixture), so it is labelled an approximation wherever it is used.
 *
 * @param source   the source's place in the mixture
 * @param factoids the factoid-level extrapolation to scale w
 * @param entities the entity-level extrapolation to scale w
 */
public record FreshData(int source, double weight, FrequencySpectrum observedFactoids,
                        FrequencySpectrum observedEntities, Extrapolation factoids, Extrapolation entities) {

    /** @return null when a level has fewer than two occurrences: there is nothing to extrapolate from */
    public static FreshData predict(int source, double weight, FrequencySpectrum factoids,
                                    FrequencySpectrum entities, ExtrapolationSettings settings) {
        if (!(weight > 1) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("fresh data needs a weight > 1, got " + weight);
        }
        SpectrumExtrapolation f = SpectrumExtrapolation.fit(factoids, settings);
        SpectrumExtrapolation e = SpectrumExtrapolation.fit(entities, settings);
        if (f == null || e == null) {
            return null;
        }
        return new FreshData(source, weight, factoids, entities, f.to(weight, 0), e.to(weight, 0));
    }

    /** What the fresh documents add to one level of the mixture: Δn, Δdistinct and ΔN_1 with its interval. */
    public record Added(double n, double distinct, Interval n1) {
        static final Added NONE = new Added(0, 0, Interval.exact(0));

        Added plus(Added other) {
            return new Added(n + other.n, distinct + other.distinct, new Interval(n1.estimate() + other.n1.estimate(),
                    n1.low() + other.n1.low(), n1.high() + other.n1.high()));
        }
    }

    public Added addedFactoids() {
        return added(observedFactoids, factoids);
    }

    public Added addedEntities() {
        return added(observedEntities, entities);
    }

    private Added added(FrequencySpectrum observed, Extrapolation e) {
        double n1 = observed.n1();
        return new Added((weight - 1) * observed.n(), e.distinct().estimate() - observed.distinct(),
                new Interval(e.n1().estimate() - n1, e.n1().low() - n1, e.n1().high() - n1));
    }
}
