package org.factfloor.job;

import java.util.List;
import java.util.Map;
import org.factfloor.output.RunOutput;
import org.factfloor.stats.DomainSummary;

/**
 * Everything one output is made of besides what the statistics stage derives: the state, the input files it was
 * counted from, and how it came about. A run and a merge differ only in these values.
 *
 * @param corpora    every corpus whose counts are inside, in the order they were added
 * @param sources    one row per input file counted (singletons are added by the writer)
 * @param lineage    manifest fields saying which outputs it was made of (a merge's base and added), else empty
 * @param inputs     manifest fields listing the run's inputs and skipped files, else empty
 * @param moreTables tables only this kind of output has (quarantine/, delta/), written after the statistics
 * @param sample     what a sampled run read, for its prediction of the full corpus; null for a full run or a merge
 */
record OutputContents(String corpusId, String runId, List<ContainedCorpus> corpora, CountedState state,
                      List<SourceTable.Source> sources, Map<String, Object> lineage, Map<String, Object> inputs,
                      List<MoreTables> moreTables, SampledRun sample) {

    /** A table beside the common ones, written into the staging directory once the summaries are known. */
    interface MoreTables {
        void write(RunOutput output, List<DomainSummary> summaries);
    }

    List<String> corpusIds() {
        return corpora.stream().map(ContainedCorpus::corpusId).toList();
    }

    long documents() {
        return sources.stream().mapToLong(SourceTable.Source::documents).sum();
    }

    /** Documents extracted: a document sample's kept ones, else every document read. */
    long documentsScanned() {
        return sample != null ? sample.sampledDocuments() : documents();
    }

    long badRecords() {
        return sources.stream().mapToLong(SourceTable.Source::badTotal).sum();
    }
}
