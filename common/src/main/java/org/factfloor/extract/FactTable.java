package org.factfloor.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts of a {@code cooccurrence} domain as read from its table: each row's entity and attribute, with their
 * further names. Read once on the driver; the extractors see it only compiled into a {@link FactMatcher}.
 *
 * @param source the table's path, for messages
 */
public record FactTable(String source, List<Fact> facts) {
    public FactTable {
        facts = List.copyOf(facts);
    }

    /** One row: the names as written in the table (not yet folded or normalised). */
    public record Fact(String entity, String attribute, List<String> entityAliases, List<String> attributeAliases) {
        public Fact {
            entityAliases = List.copyOf(entityAliases);
            attributeAliases = List.copyOf(attributeAliases);
        }
    }

    /** Splits an alias cell of TSV or CSV at the separator; blank names are dropped. */
    public static List<String> aliases(String cell, String separator) {
        List<String> names = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return names;
        }
        int from = 0;
        while (from <= cell.length()) {
            int at = separator.isEmpty() ? -1 : cell.indexOf(separator, from);
            int to = at < 0 ? cell.length() : at;
            String name = cell.substring(from, to).strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
            if (at < 0) {
                break;
            }
            from = at + separator.length();
        }
        return names;
    }
}
