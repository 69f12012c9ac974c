package org.factfloor.job;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.factfloor.extract.DocumentFactoid;

/**
 * The factoid rows of one task added up before they enter the shuffle, by the rule of {@link FactoidState#addUp}
 * (counts sum, the smallest example and the smallest source survive), so that a factoid repeated across a file's
 * documents crosses Spark's row encoder, sort and shuffle once per task instead of once per document (the 64 MB
 * generated corpus holds 356,315 (document, factoid) pairs of 115,414 factoids; its capitals 107,346 of 1,014).
 * At most {@link #MAX_FACTOIDS} are held; the task then hands them on and starts again, and the shuffle adds up the
 * rest.
 */
final class TaskFactoidCounts {
    static final int MAX_FACTOIDS = 100_000;

    private record Key(String domain, String entity, String attribute) {
    }

    /** The counts of one factoid so far; the key is in the map. */
    private static final class Counts {
        long mentions;
        long documents;
        long entityDocuments;
        String example;
        int source;
    }

    private final Map<Key, Counts> counts = new HashMap<>();

    /**
     * Adds one factoid of one document (documents 1; entity_documents 1 for its entity's first factoid there).
     *
     * @return whether the counts are full and should be {@link #drainTo drained}
     */
    boolean add(DocumentFactoid f, int source) {
        Counts c = counts.get(new Key(f.domain(), f.entity(), f.attribute()));
        if (c == null) {
            c = new Counts();
            c.example = f.example();
            c.source = source;
            counts.put(new Key(f.domain(), f.entity(), f.attribute()), c);
        } else {
            c.example = smaller(c.example, f.example());
            c.source = Math.min(c.source, source);
        }
        c.mentions += f.mentions();
        c.documents++;
        c.entityDocuments += f.firstOfEntity() ? 1 : 0;
        return counts.size() >= MAX_FACTOIDS;
    }

    /** Moves every factoid counted so far, as {@link ExtractedRow}s, into {@code rows}. */
    void drainTo(Collection<Row> rows) {
        counts.forEach((k, c) -> rows.add(ExtractedRow.factoid(k.domain(), k.entity(), k.attribute(), c.mentions,
                c.documents, c.entityDocuments, c.example, c.source)));
        counts.clear();
    }

    /** Spark's min of strings, which ignores nulls and orders by UTF-8 bytes, that is by code point. */
    static String smaller(String a, String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return compareCodePoints(a, b) <= 0 ? a : b;
    }

    /**
     * Code point order of two UTF-16 strings (String.compareTo orders by UTF-16 unit, which puts U+E000–U+FFFF
     * after the surrogates of U+10000 and above): at the first differing unit, surrogates move above U+FFFF.
     */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE ? order(x) - order(y) : x - y;
            }
        }
        return a.length() - b.length();
    }

    private static int order(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
}
