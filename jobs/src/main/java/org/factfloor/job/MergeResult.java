package org.factfloor.job;

import java.util.List;
import org.factfloor.output.DomainDelta;
import org.factfloor.stats.DomainSummary;

/**
 * What a merge committed (or, when every input was already inside and skipped, what it left alone: then
 * {@code runId} is the existing one and {@code deltas} is empty).
 */
public record MergeResult(String output, String runId, List<String> corpusIds, List<String> added,
                          List<String> skipped, List<DomainSummary> summaries, List<DomainDelta> deltas) {
    public boolean changed() {
        return !added.isEmpty();
    }
}
