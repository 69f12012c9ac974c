package org.factfloor.job;

import java.util.List;
import org.factfloor.stats.DomainSummary;

/** What a committed run produced: where, under which id, and the per-domain summaries. */
public record RunResult(String output, String runId, long documents, long badRecords, List<DomainSummary> summaries) {
}
