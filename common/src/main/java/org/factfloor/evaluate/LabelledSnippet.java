package org.factfloor.evaluate;

import java.util.Set;

/**
 * One line of an evaluation set: a text, its style (encyclopedia, news, obituary, cv, apa …) and the factoids a
 * correct extractor finds in it, as "entity => attribute" keys (empty for a negative or near-miss).
 */
public record LabelledSnippet(String source, int line, String style, String text, Set<String> expected) {
    public LabelledSnippet {
        expected = Set.copyOf(expected);
    }

    public boolean positive() {
        return !expected.isEmpty();
    }
}
