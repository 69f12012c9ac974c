package org.factfloor.job;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DocumentExtractor;
import org.factfloor.input.BadInputPolicy;
import org.factfloor.input.DocumentReader;
import org.factfloor.input.SourceCounters;
import org.factfloor.input.SourceFile;
import org.factfloor.output.PausePoints;
import org.factfloor.sample.BernoulliSample;

/**
 * The task body: read each input file of the partition document by document, extract every domain, add the
 * factoids up ({@link TaskFactoidCounts}) and emit one row per factoid at the end of each file (or when the counts
 * are full), then the file's counters. Patterns are compiled once per task.
 */
final class ExtractFunction implements FlatMapFunction<Iterator<Integer>, Row> {
    /** Warning kind of a document whose extraction budget a domain exceeded (DESIGN §7), per domain. */
    static final String EXTRACTION_TIMEOUTS = "extraction_timeouts:";

    private final FactfloorConfig config;
    private final BadInputPolicy policy;
    private final SerializableConfiguration hadoop;
    private final List<SourceFile> sources;
    private final BernoulliSample documentSample;
    private final Broadcast<BroadcastTables> tables;

    /**
     * @param sources        every input file; a task's elements are indices into this list
     * @param documentSample extract only the documents this sample keeps (every one is still read and counted);
     *                       null: all
     * @param tables         the compiled fact tables, one copy per executor
     */
    ExtractFunction(FactfloorConfig config, BadInputPolicy policy, Configuration hadoop, List<SourceFile> sources,
                    BernoulliSample documentSample, Broadcast<BroadcastTables> tables) {
        this.config = config;
        this.policy = policy;
        this.hadoop = new SerializableConfiguration(hadoop);
        this.sources = List.copyOf(sources);
        this.documentSample = documentSample;
        this.tables = tables;
    }

    /** What the driver's path tells its progress display; Spark's tasks are followed by a listener instead. */
    interface FileEvents {
        FileEvents NONE = new FileEvents() {
            @Override
            public void opened(int file) {
            }

            @Override
            public void read(int file) {
            }
        };

        /** @param file the file's index in the listing */
        void opened(int file);

        void read(int file);
    }

    @Override
    public Iterator<Row> call(Iterator<Integer> files) {
        return call(files, FileEvents.NONE);
    }

    Iterator<Row> call(Iterator<Integer> files, FileEvents events) {
        return new Rows(files, new DocumentExtractor(config.domains(), tables.value().tables()),
                new DocumentReader(config.input(), policy), events);
    }

    private final class Rows implements Iterator<Row> {
        private final Iterator<Integer> files;
        private final DocumentExtractor extractor;
        private final DocumentReader reader;
        private final ArrayDeque<Row> pending = new ArrayDeque<>();
        private final TaskFactoidCounts counts = new TaskFactoidCounts();
        private final FileEvents events;
        private SourceFile file;
        private int index;
        private SourceCounters counters;
        private DocumentReader.Documents documents;

        Rows(Iterator<Integer> files, DocumentExtractor extractor, DocumentReader reader, FileEvents events) {
            this.files = files;
            this.extractor = extractor;
            this.reader = reader;
            this.events = events;
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty()) {
                if (documents != null && documents.next()) {
                    if (documentSample != null) {
                        if (!documentSample.keeps(documents.id())) {
                            continue;
                        }
                        counters.sampledDocument();
                    }
                    extractor.extract(documents.text(), f -> {
                        if (counts.add(f, index)) {
                            counts.drainTo(pending);
                        }
                        counters.mentions(f.domain(), f.mentions());
                    });
                    counters.rejections(extractor.rejections());
                    for (String domain : extractor.timedOutDomains()) {
                        counters.warning(EXTRACTION_TIMEOUTS + domain, documents.id()); // the document is kept: not a bad unit
                    }
                } else if (documents != null) {
                    documents.close();
                    documents = null;
                    counts.drainTo(pending);
                    pending.addAll(FileCounterRows.of(counters, file, index));
                    events.read(index);
                } else if (files.hasNext()) {
                    index = files.next();
                    events.opened(index);
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
    }
}
