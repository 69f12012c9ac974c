package org.factfloor.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factfloor.UserError;
import org.junit.jupiter.api.Test;

class BernoulliSampleTest {
    @Test
    void keepsTheFractionAndRepeatsItsDecisions() {
        BernoulliSample five = new BernoulliSample(0.05, BernoulliSample.Unit.DOCUMENTS, 7);
        int kept = 0;
        for (int i = 0; i < 100_000; i++) {
            if (five.keeps("doc-" + i)) {
                kept++;
            }
        }
        // Binomial(100 000, 0.05): sd 69; 5 sd either side.
        assertTrue(Math.abs(kept - 5000) < 345, "kept " + kept);
        assertEquals(five.keeps("doc-42"), new BernoulliSample(0.05, BernoulliSample.Unit.DOCUMENTS, 7).keeps("doc-42"));
    }

    @Test
    void samplesWithOneSeedNest() {
        BernoulliSample five = new BernoulliSample(0.05, BernoulliSample.Unit.FILES, 1);
        BernoulliSample ten = new BernoulliSample(0.10, BernoulliSample.Unit.FILES, 1);
        for (int i = 0; i < 10_000; i++) {
            String key = "part-" + i;
            assertFalse(five.keeps(key) && !ten.keeps(key), key);
        }
    }

    @Test
    void seedsChooseDifferentSamples() {
        BernoulliSample a = new BernoulliSample(0.5, BernoulliSample.Unit.DOCUMENTS, 1);
        BernoulliSample b = new BernoulliSample(0.5, BernoulliSample.Unit.DOCUMENTS, 2);
        int same = 0;
        for (int i = 0; i < 1000; i++) {
            if (a.keeps("d" + i) == b.keeps("d" + i)) {
                same++;
            }
        }
        assertTrue(same > 430 && same < 570, "agreement " + same); // independent halves agree half the time
    }

    @Test
    void fractionsOutsideTheOpenUnitIntervalAreUserErrors() {
        assertThrows(UserError.class, () -> new BernoulliSample(0, BernoulliSample.Unit.FILES, 0));
        assertThrows(UserError.class, () -> new BernoulliSample(1, BernoulliSample.Unit.FILES, 0));
        assertThrows(UserError.class, () -> BernoulliSample.Unit.parse("bytes"));
        assertEquals(BernoulliSample.Unit.FILES, BernoulliSample.Unit.parse(" Files"));
    }
}
