package org.factfloor.job;

import java.util.List;

/**
 * What `factfloor mix` is asked to compute.
 *
 * @param sources  the committed outputs and their weights, in the order the tables and the report number them
 * @param corpusId the mixture's name; null for the output directory's name
 */
public record MixOptions(List<MixSource> sources, String output, String corpusId, boolean overwrite) {
}
