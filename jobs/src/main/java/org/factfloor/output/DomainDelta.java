package org.factfloor.output;

/**
 * What adding corpora did to one domain: the headline figures before and after (null before when the base was
 * empty) and how many factoids and entities changed status. "No longer singletons" were seen once before and more
 * often now; "new singletons" were not seen before and once now; a new conflict is an entity with more than one
 * attribute now and at most one before.
 */
public record DomainDelta(String domain, Long nBefore, long nAfter, Long distinctBefore, long distinctAfter,
                          Double singletonRateBefore, Double singletonRateAfter,
                          Double entitySingletonRateBefore, Double entitySingletonRateAfter,
                          Double floorKv2024Before, Double floorKv2024After,
                          Double floorKnvz2025Before, Double floorKnvz2025After,
                          long newFactoids, long newSingletons, long noLongerSingletons, long newEntities,
                          long newConflicts) {
}
