package org.factfloor.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.factfloor.input.SourceFile;

/** Turns the summed per-file counter rows back into one row per input file (DESIGN §5 `sources/`). */
final class SourceTable {
    static final String MENTIONS_PREFIX = "mentions:";
    static final String PROBLEM_PREFIX = "problem:";
    static final String LOCATION_PREFIX = "location:";
    static final String WARNING_PREFIX = "warning:";

    static final StructType SCHEMA = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("format", DataTypes.StringType, false)
            .add("compression", DataTypes.StringType, false)
            .add("bytes", DataTypes.LongType, false)
            .add("units", DataTypes.LongType, false)
            .add("documents", DataTypes.LongType, false)
            .add("mentions", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false), false)
            .add("singletons", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false), false)
            .add("bad_records", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false), false)
            .add("warnings", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false), false)
            .add("bad_record_locations", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("status", DataTypes.StringType, false);

    /**
     * One input file's counters. units = documents + bad records, always (checked when read). status: ok; partial
     * when some unit was bad; unreadable when no unit was good; empty when the file held no unit at all.
     */
    record Source(String path, String format, String compression, long bytes, long units, long documents,
                  Map<String, Long> mentions, Map<String, Long> singletons, Map<String, Long> badRecords,
                  Map<String, Long> warnings, List<String> locations) {
        Source {
            if (documents + badRecords.values().stream().mapToLong(Long::longValue).sum() != units) {
                throw new IllegalStateException("counts of " + path + " do not reconcile: " + units + " units, "
                        + documents + " documents, bad " + badRecords);
            }
        }

        String status() {
            if (units == 0) {
                return "empty";
            }
            return badRecords.isEmpty() ? "ok" : documents == 0 ? "unreadable" : "partial";
        }

        /** bad / units: the share of this source that could not be read. */
        double badFraction() {
            return units == 0 ? 0 : (double) badTotal() / units;
        }

        long badTotal() {
            return badRecords.values().stream().mapToLong(Long::longValue).sum();
        }

        Row toRow() {
            return RowFactory.create(path, format, compression, bytes, units, documents, mentions, singletons,
                    badRecords, warnings, locations, status());
        }
    }

    private SourceTable() {
    }

    /**
     * @param rows       (path, counter, value, location) rows of the reserved source domain
     * @param singletons path → domain → singletons first seen in that file
     * @param files      the listing, for each file's format and compression
     */
    static List<Source> from(List<Row> rows, Map<String, Map<String, Long>> singletons, List<SourceFile> files) {
        Map<String, SourceFile> listed = new TreeMap<>();
        files.forEach(f -> listed.put(f.path(), f));
        Map<String, Map<String, Long>> counters = new TreeMap<>();
        Map<String, TreeMap<Integer, String>> locations = new TreeMap<>();
        for (Row r : rows) {
            String path = r.getString(0);
            String counter = r.getString(1);
            if (counter.startsWith(LOCATION_PREFIX)) {
                locations.computeIfAbsent(path, p -> new TreeMap<>())
                        .put(Integer.parseInt(counter.substring(LOCATION_PREFIX.length())), r.getString(3));
            } else {
                counters.computeIfAbsent(path, p -> new TreeMap<>()).merge(counter, r.getLong(2), Long::sum);
            }
        }
        List<Source> sources = new ArrayList<>();
        counters.forEach((path, c) -> {
            Map<String, Long> mentions = new TreeMap<>();
            Map<String, Long> bad = new TreeMap<>();
            Map<String, Long> warnings = new TreeMap<>();
            c.forEach((name, value) -> {
                if (name.startsWith(MENTIONS_PREFIX)) {
                    mentions.put(name.substring(MENTIONS_PREFIX.length()), value);
                } else if (name.startsWith(PROBLEM_PREFIX)) {
                    bad.put(name.substring(PROBLEM_PREFIX.length()), value);
                } else if (name.startsWith(WARNING_PREFIX)) {
                    warnings.put(name.substring(WARNING_PREFIX.length()), value);
                }
            });
            SourceFile file = listed.get(path);
            sources.add(new Source(path, file.format(), file.compression(), c.getOrDefault("bytes", 0L),
                    c.getOrDefault("units", 0L), c.getOrDefault("documents", 0L), mentions,
                    singletons.getOrDefault(path, Map.of()), bad, warnings,
                    new ArrayList<>(locations.getOrDefault(path, new TreeMap<>()).values())));
        });
        return sources;
    }
}
