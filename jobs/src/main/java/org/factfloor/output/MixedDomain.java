package org.factfloor.output;

import java.util.List;
import org.factfloor.stats.MixtureSummary;

/**
 * One domain of a mixture as its output stores it and its reports show it: the expected figures of summary.json
 * (expectations over the thinning, with their spreads and, with fresh data, the singleton rate's interval), what each
 * source contributes (mixture/) and each source's floor-versus-weight curve (mixture_curve/), both in source order.
 */
public record MixedDomain(String domain, double n, double nSd, double distinct, double n1, double n1Sd,
                          Double singletonRate, Double singletonRateSd, Double singletonRateLow,
                          Double singletonRateHigh, Double entitySingletonRate, Double floorKv2024,
                          Double floorKnvz2025, List<String> flags, List<Contribution> contributions,
                          List<List<MixtureSummary.CurvePoint>> curves) {

    /** One source's row of mixture/ for this domain. */
    public record Contribution(double expectedOccurrences, double ownSingletons, Double ownSingletonShare,
                               double entityOwnSingletons) {
    }

    public Contribution contribution(int source) {
        return contributions.get(source);
    }

    public List<MixtureSummary.CurvePoint> curve(int source) {
        return curves.get(source);
    }
}
