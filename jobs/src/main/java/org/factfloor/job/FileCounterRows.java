package org.factfloor.job;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.factfloor.input.QuarantinedRecord;
import org.factfloor.input.SourceCounters;
import org.factfloor.input.SourceFile;

/**
 * An input file's counters as rows of the extraction shuffle (DESIGN §7: counted per file, summed without
 * accumulators), and back. In a {@link ExtractedRow.Kind#FILE_COUNTER} row the shared columns mean: domain = the
 * counter ({@link Counter}), entity = the file's path, attribute = the counter's key (a domain for mentions, a
 * kind for bad records and warnings, "domain:reason" for rejections, "" for the others), mentions = the value. A
 * {@link ExtractedRow.Kind#BAD_RECORD_LOCATION} row holds the n-th location (attribute = n) in example; a
 * {@link ExtractedRow.Kind#QUARANTINED_RECORD} row one copied bad record (attribute = its location), see
 * {@link QuarantineTable}.
 */
final class FileCounterRows {
    /** What a counter row counts; {@code name} is how it is stored. */
    enum Counter {
        UNITS, DOCUMENTS, BYTES, MENTIONS, BAD_RECORDS, WARNINGS, REJECTIONS,
        /** Documents a document sample kept; only written by such a run, read by {@link #sampledDocuments}. */
        SAMPLED_DOCUMENTS;

        String storedName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Where a file row keeps what (see the class comment). */
    private static final int KIND = ExtractedRow.SCHEMA.fieldIndex("kind");
    private static final int COUNTER = ExtractedRow.SCHEMA.fieldIndex("domain");
    private static final int PATH = ExtractedRow.SCHEMA.fieldIndex("entity");
    private static final int KEY = ExtractedRow.SCHEMA.fieldIndex("attribute");
    private static final int VALUE = ExtractedRow.SCHEMA.fieldIndex("mentions");
    private static final int TEXT = ExtractedRow.SCHEMA.fieldIndex("example");

    private FileCounterRows() {
    }

    /** Every row describing one read file: its counters, its first bad-record locations, its quarantined records. */
    static List<Row> of(SourceCounters counters, SourceFile file, int source) {
        List<Row> rows = new ArrayList<>();
        rows.add(counter(Counter.UNITS, file, "", counters.units(), source));
        rows.add(counter(Counter.DOCUMENTS, file, "", counters.documents(), source));
        rows.add(counter(Counter.BYTES, file, "", file.bytes(), source));
        if (counters.sampledDocuments() > 0) {
            rows.add(counter(Counter.SAMPLED_DOCUMENTS, file, "", counters.sampledDocuments(), source));
        }
        counters.mentions().forEach((domain, n) -> rows.add(counter(Counter.MENTIONS, file, domain, n, source)));
        counters.problems().forEach((kind, n) -> rows.add(counter(Counter.BAD_RECORDS, file, kind, n, source)));
        counters.warnings().forEach((kind, n) -> rows.add(counter(Counter.WARNINGS, file, kind, n, source)));
        counters.rejections().forEach((key, n) -> rows.add(counter(Counter.REJECTIONS, file, key, n, source)));
        for (QuarantinedRecord q : counters.quarantined()) {
            rows.add(ExtractedRow.ofFile(ExtractedRow.Kind.QUARANTINED_RECORD, "", file.path(), q.location(), 0L,
                    QuarantineTable.encode(q), source));
        }
        for (int i = 0; i < counters.locations().size(); i++) {
            rows.add(ExtractedRow.ofFile(ExtractedRow.Kind.BAD_RECORD_LOCATION, "", file.path(), Integer.toString(i),
                    0L, counters.locations().get(i), source));
        }
        return rows;
    }

    /**
     * One {@link SourceTable.Source} per read file (singletons not yet known), from the aggregated rows.
     *
     * @param files the listing, for each file's format and compression
     */
    static List<SourceTable.Source> sources(Dataset<Row> aggregated, List<SourceFile> files) {
        // One job for both kinds: on a small run each Spark job costs more than what it collects.
        return sources(rows(aggregated.filter(ExtractedRow.Kind.FILE_COUNTER.rows()
                .or(ExtractedRow.Kind.BAD_RECORD_LOCATION.rows()))), files);
    }

    /**
     * As {@link #sources(Dataset, List)} from rows of {@link ExtractedRow#SCHEMA} (other kinds than file counters and
     * bad-record locations are skipped).
     */
    static List<SourceTable.Source> sources(List<Row> rows, List<SourceFile> files) {
        Map<String, Map<Counter, Map<String, Long>>> counters = new TreeMap<>();
        Map<String, TreeMap<Integer, String>> locations = new TreeMap<>();
        for (Row r : rows) {
            String path = r.getString(PATH);
            if (r.getByte(KIND) == ExtractedRow.Kind.FILE_COUNTER.code()) {
                Counter counter = Counter.valueOf(r.getString(COUNTER).toUpperCase(java.util.Locale.ROOT));
                counters.computeIfAbsent(path, p -> new TreeMap<>())
                        .computeIfAbsent(counter, c -> new TreeMap<>()).merge(r.getString(KEY), r.getLong(VALUE),
                                Long::sum);
            } else if (r.getByte(KIND) == ExtractedRow.Kind.BAD_RECORD_LOCATION.code()) {
                locations.computeIfAbsent(path, p -> new TreeMap<>())
                        .put(Integer.parseInt(r.getString(KEY)), r.getString(TEXT));
            }
        }
        Map<String, SourceFile> listed = new TreeMap<>();
        files.forEach(f -> listed.put(f.path(), f));
        List<SourceTable.Source> sources = new ArrayList<>();
        counters.forEach((path, c) -> {
            SourceFile file = listed.get(path);
            sources.add(new SourceTable.Source(path, file.format().stored(), file.compression(), scalar(c, Counter.BYTES),
                    scalar(c, Counter.UNITS), scalar(c, Counter.DOCUMENTS), keyed(c, Counter.MENTIONS), Map.of(),
                    keyed(c, Counter.BAD_RECORDS), keyed(c, Counter.WARNINGS), keyed(c, Counter.REJECTIONS),
                    new ArrayList<>(locations.getOrDefault(path, new TreeMap<>()).values())));
        });
        return sources;
    }

    /** Documents a document sample kept, over every file. */
    static long sampledDocuments(Dataset<Row> aggregated) {
        return sampledDocuments(rows(aggregated.filter(ExtractedRow.Kind.FILE_COUNTER.rows()
                .and(col("domain").equalTo(Counter.SAMPLED_DOCUMENTS.storedName())))));
    }

    /** As {@link #sampledDocuments(Dataset)} from rows of {@link ExtractedRow#SCHEMA}. */
    static long sampledDocuments(List<Row> rows) {
        return rows.stream().filter(r -> r.getByte(KIND) == ExtractedRow.Kind.FILE_COUNTER.code()
                        && r.getString(COUNTER).equals(Counter.SAMPLED_DOCUMENTS.storedName()))
                .mapToLong(r -> r.getLong(VALUE)).sum();
    }

    /** Aggregated rows in {@link ExtractedRow#SCHEMA}'s column order, on the driver. */
    private static List<Row> rows(Dataset<Row> aggregated) {
        return aggregated.select(Arrays.stream(ExtractedRow.SCHEMA.fieldNames()).map(functions::col)
                .toArray(Column[]::new)).collectAsList();
    }

    /** The quarantined records of the run, as aggregated rows with path, location and encoded record. */
    static Dataset<Row> quarantined(Dataset<Row> aggregated) {
        return aggregated.filter(ExtractedRow.Kind.QUARANTINED_RECORD.rows())
                .select(col("entity").as("path"), col("attribute").as("location"), col("example").as("record"));
    }

    private static Row counter(Counter counter, SourceFile file, String key, long value, int source) {
        return ExtractedRow.ofFile(ExtractedRow.Kind.FILE_COUNTER, counter.storedName(), file.path(), key, value, null,
                source);
    }

    private static long scalar(Map<Counter, Map<String, Long>> counters, Counter counter) {
        return counters.getOrDefault(counter, Map.of()).getOrDefault("", 0L);
    }

    private static Map<String, Long> keyed(Map<Counter, Map<String, Long>> counters, Counter counter) {
        return new TreeMap<>(counters.getOrDefault(counter, Map.of()));
    }
}
