package org.factfloor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** `merge` usage errors: one line, exit 2, before any Spark work. */
class MergeCommandTest {
    @Test
    void mergeNeedsExactlyOneOfOutputAndInto() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, MainTest.exit(err, "merge", "--inputs", "a", "b"));
        assertEquals("factfloor: error: give exactly one of --output DIR and --into CUMULATIVE_DIR\n",
                err.toString());
    }

    @Test
    void mergeToAnOutputNeedsABaseAndSomethingToAdd() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, MainTest.exit(err, "merge", "--inputs", "a", "--output", "out"));
        assertTrue(err.toString().startsWith("factfloor: error: merge --output needs at least two --inputs"),
                err.toString());
    }

    @Test
    void skippingAlreadyMergedCorporaOnlyMakesSenseForCumulativeStatistics() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, MainTest.exit(err, "merge", "--inputs", "a", "b", "--output", "out", "--skip-already-merged"));
        assertEquals("factfloor: error: --skip-already-merged works only with --into\n", err.toString());
    }
}
