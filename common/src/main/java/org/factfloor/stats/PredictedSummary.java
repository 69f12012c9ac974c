package org.factfloor.stats;

/**
 * One domain's statistics predicted at a larger size (DESIGN §5, prediction/): both levels' extrapolations, and
 * the Good–Turing interval and both floors evaluated there, each with an interval. The floors are monotone in the
 * singleton rate and in n, so their interval ends are the bounds at the ends of those intervals.
 *
 * @param goodTuring       the missing mass N1/n at the larger size; low/high = the predicted rate's interval widened
 *                         by the Good–Turing half-width 1/n + 2.42·sqrt(ln(4/γ)/n) there (Kalai et al. 2025 Cor. 3)
 * @param entityGoodTuring the same at the entity level
 * @param kv2024     Kalai &amp; Vempala 2024 Cor. 1 at the predicted factoid-level rate and n
 * @param knvz2025   Kalai, Nachum, Vempala &amp; Zhang 2025 Thm 2 at the predicted entity-level rate and n
 */
public record PredictedSummary(Extrapolation factoids, Extrapolation entities, Interval goodTuring,
                               Interval entityGoodTuring, Interval kv2024, Interval knvz2025) {

    /** Null when either level cannot be extrapolated (too few occurrences, or out of the method's range). */
    public static PredictedSummary of(Extrapolation factoids, Extrapolation entities, FloorParameters p) {
        if (factoids == null || entities == null) {
            return null;
        }
        Interval sr = factoids.singletonRate();
        Interval n = factoids.n();
        Interval kv = new Interval(floor(HallucinationFloor.kv2024Bound(sr.estimate(), n.estimate(), p)),
                floor(HallucinationFloor.kv2024Bound(sr.low(), n.low(), p)),
                floor(HallucinationFloor.kv2024Bound(sr.high(), n.high(), p)));
        Interval esr = entities.singletonRate();
        Interval en = entities.n();
        Interval knvz = new Interval(floor(HallucinationFloor.knvz2025Bound(esr.estimate(), en.estimate(), p)),
                floor(HallucinationFloor.knvz2025Bound(esr.low(), en.low(), p)),
                floor(HallucinationFloor.knvz2025Bound(esr.high(), en.high(), p)));
        return new PredictedSummary(factoids, entities, goodTuring(factoids, p), goodTuring(entities, p), kv, knvz);
    }

    private static Interval goodTuring(Extrapolation e, FloorParameters p) {
        Interval sr = e.singletonRate();
        double half = GoodTuringMissingMass.halfWidth(e.n().estimate(), p.confidence());
        return new Interval(sr.estimate(), clip(sr.low() - half), clip(sr.high() + half));
    }

    private static double floor(double bound) {
        return Math.max(0, bound);
    }

    private static double clip(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
