package org.factfloor.output;

/** The run-level facts the report and manifest headers show. */
public record RunFacts(String corpusId, String runId, int files, long bytes, long documents, long badRecords) {
}
