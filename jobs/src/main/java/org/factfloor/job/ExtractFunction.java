package org.factfloor.job;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.SerializableConfiguration;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DocumentExtractor;
import org.factfloor.input.BadInputPolicy;
import org.factfloor.input.DocumentReader;
import org.factfloor.input.QuarantinedRecord;
import org.factfloor.input.SourceCounters;
import org.factfloor.input.SourceFile;
import org.factfloor.output.PausePoints;

/**
 * The task body: read each input file of the partition document by document, extract every domain, and emit one
 * row per (document, factoid), then the file's counters. Patterns are compiled once per task; only one document's
 * rows are buffered at a time.
 */
final class ExtractFunction implements FlatMapFunction<Iterator<Integer>, Row> {
    /** Warning kind of a document whose extraction budget a domain exceeded (DESIGN §7), per domain. */
    static final String EXTRACTION_TIMEOUTS = "extraction_timeouts:";

    private final FactfloorConfig config;
    private final BadInputPolicy policy;
    private final SerializableConfiguration hadoop;
    private final List<SourceFile> sources;

    /** @param sources every input file; a task's elements are indices into this list */
    ExtractFunction(FactfloorConfig config, BadInputPolicy policy, Configuration hadoop, List<SourceFile> sources) {
        this.config = config;
        this.policy = policy;
        this.hadoop = new SerializableConfiguration(hadoop);
        this.sources = List.copyOf(sources);
    }

    @Override
    public Iterator<Row> call(Iterator<Integer> files) {
        return new Rows(files, new DocumentExtractor(config.domains()), new DocumentReader(config.input(), policy));
    }

    private final class Rows implements Iterator<Row> {
        private final Iterator<Integer> files;
        private final DocumentExtractor extractor;
        private final DocumentReader reader;
        private final ArrayDeque<Row> pending = new ArrayDeque<>();
        private SourceFile file;
        private int index;
        private SourceCounters counters;
        private DocumentReader.Documents documents;

        Rows(Iterator<Integer> files, DocumentExtractor extractor, DocumentReader reader) {
            this.files = files;
            this.extractor = extractor;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty()) {
                if (documents != null && documents.next()) {
                    extractor.extract(documents.text(), f -> {
                        pending.add(RowFactory.create(f.domain(), f.entity(), f.attribute(), (long) f.mentions(), 1L,
                                f.firstOfEntity() ? 1L : 0L, f.example(), index));
                        counters.mentions(f.domain(), f.mentions());
                    });
                    for (String domain : extractor.timedOutDomains()) {
                        counters.warning(EXTRACTION_TIMEOUTS + domain, documents.id()); // the document is kept: not a bad unit
                    }
                } else if (documents != null) {
                    documents.close();
                    documents = null;
                    emitCounters();
                } else if (files.hasNext()) {
                    index = files.next();
                    file = sources.get(index);
                    counters = new SourceCounters(file.path());
                    documents = reader.open(file, hadoop.value(), counters);
                    PausePoints.reach("reading");
                } else {
                    PausePoints.reach("shuffle-write"); // every row of the task is in the shuffle writer's buffers
                    return false;
                }
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        private void emitCounters() {
            pending.add(counter("units", counters.units()));
            pending.add(counter("documents", counters.documents()));
            pending.add(counter("bytes", file.bytes()));
            for (Map.Entry<String, Long> e : counters.mentions().entrySet()) {
                pending.add(counter(SourceTable.MENTIONS_PREFIX + e.getKey(), e.getValue()));
            }
            for (Map.Entry<String, Long> e : counters.problems().entrySet()) {
                pending.add(counter(SourceTable.PROBLEM_PREFIX + e.getKey(), e.getValue()));
            }
            for (Map.Entry<String, Long> e : counters.warnings().entrySet()) {
                pending.add(counter(SourceTable.WARNING_PREFIX + e.getKey(), e.getValue()));
            }
            for (QuarantinedRecord q : counters.quarantined()) {
                pending.add(RowFactory.create(ExtractedRow.QUARANTINE, file.path(), q.location(), 0L, 0L, 0L,
                        QuarantineTable.encode(q), index));
            }
            for (int i = 0; i < counters.locations().size(); i++) {
                pending.add(RowFactory.create(ExtractedRow.SOURCE, file.path(), SourceTable.LOCATION_PREFIX + i,
                        0L, 0L, 0L, counters.locations().get(i), index));
            }
        }

        private Row counter(String name, long value) {
            return RowFactory.create(ExtractedRow.SOURCE, file.path(), name, value, 0L, 0L, null, index);
        }
    }
}
