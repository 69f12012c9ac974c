package org.factfloor.job;

import java.util.List;
import org.factfloor.output.MixedSource;
import org.factfloor.stats.MixtureSummary;

/** What a mix committed: its expected figures per domain, in the config's domain order. */
public record MixResult(String output, String runId, List<MixedSource> sources, List<MixtureSummary> summaries) {
}
