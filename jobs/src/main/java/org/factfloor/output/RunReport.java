package org.factfloor.output;

import java.util.List;
import java.util.Map;
import org.factfloor.stats.DomainSummary;

/**
 * Everything report.md and report.html show, read back from an output directory.
 *
 * @param manifest the run's _MANIFEST.json as plain values
 * @param files    input files in sources/ and their bytes as stored
 * @param delta    what the added corpora changed, for the output of a merge; null for a run
 */
record RunReport(String corpusId, String runId, Map<String, Object> manifest, List<DomainReport> domains,
                 int files, long bytes, MergeDelta delta) {

    public List<DomainSummary> summaries() {
        return domains.stream().map(DomainReport::summary).toList();
    }

    /** The header facts the reports show. */
    public RunFacts facts() {
        return new RunFacts(corpusId, runId, files, bytes, longValue("documents"), longValue("bad_records"));
    }

    /** A whole-number manifest field, 0 when absent. */
    public long longValue(String key) {
        return manifest.get(key) instanceof Long l ? l : 0;
    }
}
