package org.factfloor.output;

import java.util.Locale;

/**
 * The two levels of a domain's spectrum (DESIGN §6), the `level` column of spectrum/: the factoid, an (entity,
 * attribute) pair, and the entity, the prompt ("when did X die?") the 2025 floor reads.
 */
public enum SpectrumLevel {
    FACTOID, ENTITY;

    /** As stored in spectrum/. */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }
}
