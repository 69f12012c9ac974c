package org.factfloor.extract;

import java.io.Serializable;

/**
 * How a {@code cooccurrence} domain finds its facts (DESIGN §3): the fact table, which of its columns hold the
 * entity, the attribute and their aliases, and the window in which both must occur.
 *
 * @param table                   the table's path on any Hadoop file system, or {@code classpath:…} for a table
 *                                shipped in the jar
 * @param format                  the table's format, or null to go by its file name
 * @param entityAliasesColumn     column of further names of the entity, or null for none
 * @param attributeAliasesColumn  column of further names of the attribute, or null for none
 * @param aliasSeparator          what separates the names in an alias column of TSV and CSV (JSONL and Parquet
 *                                may also hold a list)
 */
public record CooccurrenceSpec(String table, FactTableFormat format, String entityColumn, String attributeColumn,
                               String entityAliasesColumn, String attributeAliasesColumn, String aliasSeparator,
                               CooccurrenceWindow window) implements Serializable {

    /** The same table counted in another window. */
    public CooccurrenceSpec withWindow(CooccurrenceWindow other) {
        return new CooccurrenceSpec(table, format, entityColumn, attributeColumn, entityAliasesColumn,
                attributeAliasesColumn, aliasSeparator, other);
    }

    /** The format the table is read in: the declared one, else the one its name says (null when it says none). */
    public FactTableFormat formatOfTable() {
        return format != null ? format : FactTableFormat.ofName(table);
    }
}
