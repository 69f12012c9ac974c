package org.factfloor.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.factfloor.output.RunOutput;

/** `sources/` (DESIGN §5): one row per input file with its counters, and the singletons it holds. */
final class SourceTable {
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
            .add("rejections", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false), true)
            .add("bad_record_locations", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("status", DataTypes.StringType, false);

    /**
     * One input file's counters. units = documents + bad records, always (checked when read). status: ok; partial
     * when some unit was bad; unreadable when no unit was good; empty when the file held no unit at all.
     * rejections: matches a domain refused, by "domain:reason" (DomainRules; an output written before they were
     * counted has none).
     */
    record Source(String path, String format, String compression, long bytes, long units, long documents,
                  Map<String, Long> mentions, Map<String, Long> singletons, Map<String, Long> badRecords,
                  Map<String, Long> warnings, Map<String, Long> rejections, List<String> locations) {
        Source {
            mentions = new TreeMap<>(mentions);
            singletons = new TreeMap<>(singletons);
            badRecords = new TreeMap<>(badRecords);
            warnings = new TreeMap<>(warnings);
            rejections = rejections == null ? new TreeMap<>() : new TreeMap<>(rejections);
            if (documents + badRecords.values().stream().mapToLong(Long::longValue).sum() != units) {
                throw new IllegalStateException("counts of " + path + " do not reconcile: " + units + " units, "
                        + documents + " documents, bad " + badRecords);
            }
        }

        SourceStatus status() {
            if (units == 0) {
                return SourceStatus.EMPTY;
            }
            return badRecords.isEmpty() ? SourceStatus.OK : documents == 0 ? SourceStatus.UNREADABLE
                    : SourceStatus.PARTIAL;
        }

        /** bad / units: the share of this source that could not be read. */
        double badFraction() {
            return units == 0 ? 0 : (double) badTotal() / units;
        }

        long badTotal() {
            return badRecords.values().stream().mapToLong(Long::longValue).sum();
        }

        /** @param singletons domain → factoids seen once whose one occurrence is in this file */
        Source withSingletons(Map<String, Long> singletons) {
            return new Source(path, format, compression, bytes, units, documents, mentions, singletons, badRecords,
                    warnings, rejections, locations);
        }

        Row toRow() {
            return RowFactory.create(path, format, compression, bytes, units, documents, mentions, singletons,
                    badRecords, warnings, rejections, locations, status().stored());
        }
    }

    private SourceTable() {
    }

    /** sources/ of a committed output, singletons included. */
    static List<Source> read(SparkSession spark, String outputDirectory) {
        List<Source> sources = new ArrayList<>();
        for (Row r : spark.read().schema(SCHEMA).parquet(outputDirectory + "/sources").collectAsList()) {
            sources.add(new Source(r.getAs("path"), r.getAs("format"), r.getAs("compression"), r.getAs("bytes"),
                    r.getAs("units"), r.getAs("documents"), r.getJavaMap(r.fieldIndex("mentions")),
                    r.getJavaMap(r.fieldIndex("singletons")), r.getJavaMap(r.fieldIndex("bad_records")),
                    r.getJavaMap(r.fieldIndex("warnings")),
                    r.isNullAt(r.fieldIndex("rejections")) ? null : r.getJavaMap(r.fieldIndex("rejections")),
                    new ArrayList<>(r.getList(r.fieldIndex("bad_record_locations")))));
        }
        return sources;
    }

    /** sources/, one row per file in path order. */
    static void write(SparkSession spark, List<Source> sources, RunOutput output) {
        ParquetTables.writeSmall(sources.stream().sorted(Comparator.comparing(Source::path)).map(Source::toRow)
                .toList(), SCHEMA, output.staged("sources"), spark.sparkContext().hadoopConfiguration());
    }
}
