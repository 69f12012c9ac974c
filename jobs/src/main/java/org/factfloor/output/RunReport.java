package org.factfloor.output;

import java.util.List;
import java.util.Map;
import org.factfloor.stats.DomainSummary;

/**
 * Everything report.md and report.html show, read back from an output directory.
 *
 * @param manifest the run's _MANIFEST.json as plain values
 */
record RunReport(String corpusId, String runId, Map<String, Object> manifest, List<DomainReport> domains) {

    public List<DomainSummary> summaries() {
        return domains.stream().map(DomainReport::summary).toList();
    }

    /** The header facts report.md shows; a merged output without an input list shows 0 files. */
    public RunFacts facts() {
        List<?> inputs = manifest.get("inputs") instanceof List<?> l ? l : List.of();
        long bytes = 0;
        for (Object input : inputs) {
            if (input instanceof Map<?, ?> m && m.get("bytes") instanceof Long b) {
                bytes += b;
            }
        }
        return new RunFacts(corpusId, runId, inputs.size(), bytes, longValue("documents"), longValue("bad_records"));
    }

    /** A whole-number manifest field, 0 when absent. */
    public long longValue(String key) {
        return manifest.get(key) instanceof Long l ? l : 0;
    }
}
