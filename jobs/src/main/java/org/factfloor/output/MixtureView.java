package org.factfloor.output;

import java.util.List;

/** What the reports of a mixture show, as read back from its output directory: its sources and domains in order. */
public record MixtureView(String corpusId, String runId, List<MixedSource> sources, List<MixedDomain> domains) {
}
