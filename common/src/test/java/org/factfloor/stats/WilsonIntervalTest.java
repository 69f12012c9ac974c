package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Wilson score intervals against Newcombe (1998, Statistics in Medicine 17: 857–872), Table I, method 3. */
class WilsonIntervalTest {
    @Test
    void matchesNewcombesPublishedIntervals() {
        assertInterval(0.2553, 0.3662, WilsonInterval.of(81, 263, 0.95));
        assertInterval(0.0000, 0.2775, WilsonInterval.of(0, 10, 0.95));
        assertInterval(0.7225, 1.0000, WilsonInterval.of(10, 10, 0.95));
    }

    @Test
    void followsTheFormulaAtOtherConfidences() {
        // 8 of 10 at 99%: z = 2.5758, (0.8 + z²/20 ± z·sqrt(0.016 + z²/400)) / (1 + z²/10), computed by hand;
        // 15 of 20 at 95%: z = 1.96, (0.75 + z²/40 ± z·sqrt(0.009375 + z²/1600)) / (1 + z²/20).
        assertInterval(0.4008, 0.9599, WilsonInterval.of(8, 10, 0.99));
        assertInterval(0.5313, 0.8881, WilsonInterval.of(15, 20, 0.95));
    }

    @Test
    void isUndefinedWithoutTrialsAndRejectsImpossibleCounts() {
        assertNull(WilsonInterval.of(0, 0, 0.95));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(3, 2, 0.95));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(1, 2, 1.0));
    }

    private static void assertInterval(double low, double high, WilsonInterval w) {
        assertEquals(low, w.low(), 5e-5);
        assertEquals(high, w.high(), 5e-5);
    }
}
