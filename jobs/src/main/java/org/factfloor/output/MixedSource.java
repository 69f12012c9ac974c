package org.factfloor.output;

import java.util.List;

/**
 * One source of a mixture as the report and the mixture/ table name it.
 *
 * @param index     its place in the mixture's sources, as the moments number them
 * @param path      the committed output it was read from
 * @param corpusIds the corpora inside it
 * @param weight    the thinning weight: each document kept with this probability
 */
public record MixedSource(int index, String path, List<String> corpusIds, double weight) {
    /** The name the report shows: the corpus ids, else the directory name. */
    public String label() {
        return corpusIds.isEmpty() ? path.substring(path.lastIndexOf('/') + 1) : String.join("+", corpusIds);
    }
}
