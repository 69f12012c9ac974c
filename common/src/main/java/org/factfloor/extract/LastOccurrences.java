package org.factfloor.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each literal last occurs in the current document, looked up once per document however many patterns
 * require it ("capital", "of", "died" are required by several).
 */
final class LastOccurrences {
    private final Map<String, Integer> last = new HashMap<>();
    private String text = "";

    void reset(String text) {
        this.text = text;
        last.clear();
    }

    /** The last index of the literal in the document, or -1. */
    int of(String literal) {
        Integer known = last.get(literal);
        if (known == null) {
            known = text.lastIndexOf(literal);
            last.put(literal, known);
        }
        return known;
    }
}
