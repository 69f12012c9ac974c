package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.unsafe.types.UTF8String;
import org.factfloor.extract.DocumentFactoid;
import org.junit.jupiter.api.Test;

/** The in-task adding-up follows FactoidState.addUp's rule, so the shuffle's sums do not change. */
class TaskFactoidCountsTest {
    @Test
    void aFactoidOfSeveralDocumentsIsOneRowWithSummedCountsTheSmallestExampleAndSource() {
        TaskFactoidCounts counts = new TaskFactoidCounts();
        counts.add(new DocumentFactoid("capitals", "france", "paris", 2, "Paris is the capital of France", true), 3);
        counts.add(new DocumentFactoid("capitals", "france", "paris", 1, "France's capital, Paris", false), 1);
        counts.add(new DocumentFactoid("capitals", "france", "paris", 4, null, true), 2);
        counts.add(new DocumentFactoid("capitals", "spain", "madrid", 1, "Madrid", true), 3);
        List<Row> rows = drained(counts);
        assertEquals(2, rows.size());
        assertEquals(List.of(ExtractedRow.Kind.FACTOID.code(), "capitals", "france", "paris", 7L, 3L, 2L,
                "France's capital, Paris", 1), values(rows.get(0)));
        assertEquals(List.of(ExtractedRow.Kind.FACTOID.code(), "capitals", "spain", "madrid", 1L, 1L, 1L, "Madrid", 3),
                values(rows.get(1)));
        assertTrue(drained(counts).isEmpty(), "draining empties the counts");
    }

    @Test
    void keysDifferInEveryPart() {
        TaskFactoidCounts counts = new TaskFactoidCounts();
        counts.add(new DocumentFactoid("capitals", "a", "b", 1, "x", true), 0);
        counts.add(new DocumentFactoid("citations", "a", "b", 1, "x", true), 0);
        counts.add(new DocumentFactoid("capitals", "a", "c", 1, "x", false), 0);
        counts.add(new DocumentFactoid("capitals", "b", "b", 1, "x", true), 0);
        assertEquals(4, drained(counts).size());
    }

    @Test
    void theCountsSayWhenTheyAreFull() {
        TaskFactoidCounts counts = new TaskFactoidCounts();
        for (int i = 0; i < TaskFactoidCounts.MAX_FACTOIDS - 1; i++) {
            assertFalse(counts.add(new DocumentFactoid("d", "e" + i, "a", 1, null, true), 0));
        }
        assertFalse(counts.add(new DocumentFactoid("d", "e0", "a", 1, null, true), 0), "a known factoid adds none");
        assertTrue(counts.add(new DocumentFactoid("d", "new", "a", 1, null, true), 0));
        assertEquals(TaskFactoidCounts.MAX_FACTOIDS, drained(counts).size());
    }

    @Test
    void theSmallestExampleIsSparksSmallestString() {
        assertNull(TaskFactoidCounts.smaller(null, null));
        assertEquals("b", TaskFactoidCounts.smaller(null, "b"));
        assertEquals("b", TaskFactoidCounts.smaller("b", null));
        // U+FF21 (fullwidth A) against U+1F600 (a surrogate pair): UTF-16 units put the emoji first, UTF-8 bytes last.
        String fullwidth = "x\uFF21";
        String emoji = "x\uD83D\uDE00";
        assertEquals(fullwidth, TaskFactoidCounts.smaller(emoji, fullwidth));
        assertEquals(fullwidth, TaskFactoidCounts.smaller(fullwidth, emoji));
        List<String> strings = new ArrayList<>(List.of(emoji, fullwidth, "x", "xa", "X", "é", "\u00e9t\u00e9",
                "\uD800\uDC00", "\uFFFF", "", "x\uE000", "x\uD7FF"));
        List<String> byCodePoint = strings.stream().sorted(TaskFactoidCounts::compareCodePoints).toList();
        List<String> bySpark = strings.stream().sorted(Comparator.comparing(UTF8String::fromString)).toList();
        assertEquals(bySpark, byCodePoint);
    }

    private static List<Row> drained(TaskFactoidCounts counts) {
        List<Row> rows = new ArrayList<>();
        counts.drainTo(rows);
        rows.sort(Comparator.comparing((Row r) -> r.getString(1)).thenComparing(r -> r.getString(2))
                .thenComparing(r -> r.getString(3)));
        return rows;
    }

    private static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
            values.add(row.get(i));
        }
        return values;
    }
}
