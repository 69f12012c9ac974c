package org.factfloor.output;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class FieldNotesTest {
    @Test
    void everySummaryColumnSaysWhatItMeans() {
        for (SummaryColumns.Column c : SummaryColumns.COLUMNS) {
            assertFalse(FieldNotes.of(c.name()).isBlank(), c.name() + " needs a one-line note in FieldNotes");
        }
    }
}
