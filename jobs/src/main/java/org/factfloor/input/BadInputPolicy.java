package org.factfloor.input;

import java.io.Serializable;

/**
 * What to do with a bad unit besides counting it.
 *
 * @param failFast   the first bad unit fails the run, naming file, location and reason
 * @param quarantine copy bad records (their first few KB) with reason and location to quarantine/
 */
public record BadInputPolicy(boolean failFast, boolean quarantine) implements Serializable {
}
