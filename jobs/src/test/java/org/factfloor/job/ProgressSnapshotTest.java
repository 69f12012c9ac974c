package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressSnapshotTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void beforeTheFirstFileThereIsNoRateAndNoEta() {
        ProgressSnapshot p = new ProgressSnapshot(0, 2, 16, 0, 2_000_000_000L, 45 * SECOND);
        assertTrue(p.etaSeconds().isEmpty());
        assertEquals("files 0/16 (2 running), 0 B of 2.0 GB (0%), 0.0 MB/s, 45 s elapsed, ETA after the first file",
                p.line());
    }

    @Test
    void etaIsTheRemainingBytesAtTheRateSoFar() {
        ProgressSnapshot p = new ProgressSnapshot(4, 2, 16, 500_000_000L, 2_000_000_000L, 100 * SECOND);
        assertEquals(5.0, p.megabytesPerSecond(), 1e-12);
        assertEquals(300, p.etaSeconds().getAsLong());
        assertEquals("files 4/16 (2 running), 500.0 MB of 2.0 GB (25%), 5.0 MB/s, 1 min 40 s elapsed, ETA 5 min 00 s",
                p.line());
    }

    @Test
    void theLastLineSaysHowLongReadingTook() {
        ProgressSnapshot p = new ProgressSnapshot(3, 0, 3, 1_500_000L, 1_500_000L, 3 * SECOND);
        assertEquals("files 3/3, 1.5 MB of 1.5 MB (100%), 0.5 MB/s, done in 3 s", p.line());
    }
}
