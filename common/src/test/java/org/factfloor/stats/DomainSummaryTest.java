package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Degenerate spectra give defined values or explicit flags, never NaN. */
class DomainSummaryTest {
    private static final EstimatorSettings P = new EstimatorSettings(new FloorParameters(100, 0, 0, 0.99), 1.96, 1);

    private static DomainSummary of(FrequencySpectrum s) {
        return DomainSummary.of("d", CountUnit.DOCUMENTS, 10, s, s, P, null);
    }

    private static boolean flagged(DomainSummary s, String flag) {
        return s.flags().stream().anyMatch(f -> f.startsWith(flag + ":"));
    }

    @Test
    void emptyDomainIsUndefinedAndFlagged() {
        DomainSummary s = of(FrequencySpectrum.empty());
        assertEquals(0, s.n());
        assertNull(s.singletonRate());
        assertNull(s.coverage());
        assertNull(s.gtCiLow());
        assertNull(s.floorKnvz2025());
        assertTrue(flagged(s, "no_occurrences"));
    }

    @Test
    void noSingletonsIsFlaggedWithZeroRate() {
        DomainSummary s = of(FrequencySpectrum.ofCounts(2, 2, 4));
        assertEquals(0.0, s.singletonRate());
        assertEquals(1.0, s.coverage());
        assertTrue(flagged(s, "no_singletons"));
    }

    @Test
    void noDoubletonsAndAllSingletonsAreFlagged() {
        DomainSummary s = of(FrequencySpectrum.ofCounts(1, 1, 1));
        assertEquals(1.0, s.singletonRate());
        assertTrue(flagged(s, "no_doubletons"));
        assertTrue(flagged(s, "all_singletons"));
        assertTrue(flagged(s, "small_sample"));
    }

    @Test
    void oneDistinctItemIsFlagged() {
        DomainSummary s = of(FrequencySpectrum.ofCounts(7));
        assertEquals(List.of(7L, 1L), List.of(s.n(), s.distinct()));
        assertTrue(flagged(s, "one_distinct_factoid"));
    }
}
