package org.factfloor.stats;

import java.util.Locale;

/**
 * What one occurrence of a factoid is (DESIGN §6): a document that mentions it (the default, so one page
 * repeating a fact counts once) or each mention.
 */
public enum CountUnit {
    DOCUMENTS, MENTIONS;

    /** The name in config, tables and JSON; also the name of the factoid count column it reads. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the unit of that name, or null when there is none */
    public static CountUnit named(String name) {
        for (CountUnit unit : values()) {
            if (unit.column().equals(name)) {
                return unit;
            }
        }
        return null;
    }

    /** As written in config and outputs, so messages and reports read "documents", not "DOCUMENTS". */
    @Override
    public String toString() {
        return column();
    }
}
