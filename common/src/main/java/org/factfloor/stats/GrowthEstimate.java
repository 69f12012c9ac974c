package org.factfloor.stats;

/**
 * What a corpus grown by a factor t would add (Chao et al. 2014, Ecological Monographs 84:45–67, as in iNEXT), with the
 * Good–Toulmin (1956) estimate as a cross-check.
 *
 * @param factor                 t: the corpus grows by t·n further occurrences (t = 1 doubles it)
 * @param newDistinct            expected number of distinct items first seen in the added t·n occurrences;
 *                               null only when n = 0
 * @param missingMass            probability that the next occurrence after growth is an item still unseen, i.e.
 *                               1 − sample coverage at n + t·n; null only when n = 0
 * @param goodToulminNewDistinct −Σ_r (−t)^r·N_r; null when t &gt; 1 (the series diverges) or n = 0
 * @param reason                 why some field is null; null when every field is defined
 */
public record GrowthEstimate(
        double factor,
        Double newDistinct,
        Double missingMass,
        Double goodToulminNewDistinct,
        String reason) {
}
