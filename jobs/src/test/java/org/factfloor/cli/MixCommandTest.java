package org.factfloor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** `mix` refuses, in one line with exit 2 and before any Spark work, what it cannot predict honestly. */
class MixCommandTest {
    @Test
    void epochsAreRefusedBecauseARepeatIsNotNewEvidence() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, MainTest.exit(err, "mix", "--input", "runs/a=1", "--epochs", "runs/a=3", "--output", "o"));
        assertTrue(err.toString().startsWith("factfloor: error: --epochs runs/a=3: repeating a source's documents"
                + " (epochs) is not fresh data"), err.toString());
        assertTrue(err.toString().contains("not new evidence"), err.toString());
        err.reset();
        assertEquals(2, MainTest.exit(err, "mix", "--input", "runs/a=3epochs", "--output", "o"));
        assertTrue(err.toString().contains("is not fresh data"), err.toString());
    }

    @Test
    void aSourceNeedsAWeight() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, MainTest.exit(err, "mix", "--input", "runs/a", "--output", "o"));
        assertEquals("factfloor: error: --input runs/a is not RUN_DIR=WEIGHT; write e.g. --input runs/forum=0.3\n",
                err.toString());
        err.reset();
        assertEquals(2, MainTest.exit(err, "mix", "--input", "runs/a=-0.1", "--output", "o"));
        assertTrue(err.toString().contains("a weight must be a number >= 0"), err.toString());
    }
}
