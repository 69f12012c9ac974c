package org.factfloor.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factfloor.UserError;
import org.factfloor.sample.BernoulliSample;
import org.factfloor.stats.SampleScale;

/**
 * What a sampled run read, against the full listing: enough to size the full corpus (DESIGN §6, prediction from a
 * sample). A document sample reads every file and extracts the kept documents; a file sample reads only the kept
 * files, so the full corpus's size comes from the listing's bytes.
 *
 * @param read             the files read, with their counters
 * @param sampledDocuments documents extracted: the kept ones of a document sample, every one read of a file sample
 */
record SampledRun(BernoulliSample sample, int listedFiles, long listedBytes, List<SourceTable.Source> read,
                  long sampledDocuments) {
    SampledRun {
        read = List.copyOf(read);
        if (sampledDocuments == 0) {
            throw new UserError("the sample (--sample " + sample.fraction() + " --sample-by " + sample.unit().stored()
                    + " --sample-seed " + sample.seed() + ") kept no document; raise --sample or change the seed");
        }
    }

    static SampledRun of(BernoulliSample sample, int listedFiles, long listedBytes, List<SourceTable.Source> read,
                         long keptOfDocumentSample) {
        long documents = read.stream().mapToLong(SourceTable.Source::documents).sum();
        return new SampledRun(sample, listedFiles, listedBytes, read,
                sample.unit() == BernoulliSample.Unit.DOCUMENTS ? keptOfDocumentSample : documents);
    }

    long documentsRead() {
        return read.stream().mapToLong(SourceTable.Source::documents).sum();
    }

    long bytesRead() {
        return read.stream().mapToLong(SourceTable.Source::bytes).sum();
    }

    /** The full corpus's documents: counted by a document sample, estimated from bytes by a file sample. */
    double fullDocuments() {
        return sample.unit() == BernoulliSample.Unit.DOCUMENTS ? documentsRead()
                : (double) documentsRead() * listedBytes / bytesRead();
    }

    /**
     * The full corpus relative to a level's n in the sample; a file sample's spread is that of the domain's mentions
     * per byte across the files read.
     */
    SampleScale scale(String domain, long sampleOccurrences) {
        if (sample.unit() == BernoulliSample.Unit.DOCUMENTS) {
            return SampleScale.ofDocuments(documentsRead(), sampledDocuments, sampleOccurrences);
        }
        long[] bytes = new long[read.size()];
        long[] mentions = new long[read.size()];
        for (int i = 0; i < read.size(); i++) {
            bytes[i] = read.get(i).bytes();
            mentions[i] = read.get(i).mentions().getOrDefault(domain, 0L);
        }
        return SampleScale.ofFiles(bytes, mentions, listedBytes, listedFiles, sampleOccurrences);
    }

    /** summary.json's "sample" object. */
    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fraction", sample.fraction());
        m.put("by", sample.unit().stored());
        m.put("seed", sample.seed());
        m.put("files_listed", (long) listedFiles);
        m.put("bytes_listed", listedBytes);
        m.put("files_read", (long) read.size());
        m.put("bytes_read", bytesRead());
        m.put("documents_read", documentsRead());
        m.put("documents_sampled", sampledDocuments);
        m.put("full_corpus_documents", fullDocuments());
        return m;
    }
}
