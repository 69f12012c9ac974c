package org.factfloor.job;

import static org.factfloor.job.ExtractedRow.ATTRIBUTE;
import static org.factfloor.job.ExtractedRow.DOCUMENTS;
import static org.factfloor.job.ExtractedRow.DOMAIN;
import static org.factfloor.job.ExtractedRow.ENTITY;
import static org.factfloor.job.ExtractedRow.ENTITY_DOCUMENTS;
import static org.factfloor.job.ExtractedRow.EXAMPLE;
import static org.factfloor.job.ExtractedRow.KIND;
import static org.factfloor.job.ExtractedRow.MENTIONS;
import static org.factfloor.job.ExtractedRow.SOURCE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.factfloor.output.RunOutput;
import org.factfloor.output.SpectrumLevel;
import org.factfloor.stats.CountUnit;

/**
 * The counted state of a small local run, held and written by the driver: no Spark job at all. A 5-document run
 * spent about 5 of its 9.6 s planning and running Spark's 12 jobs (extraction, the cached aggregate, the two entity
 * aggregations and their join, the spectrum query, the writes), each for a handful of rows; here the rows are added
 * up, aggregated and written by the rules of those jobs: counts sum, the smallest example and source survive
 * ({@link FactoidState#addUp}); an entity's top attribute is the one with the highest count, ties to the largest
 * attribute ({@code max_by(attribute, struct(r, attribute))} in {@link StatisticsStage}); strings order by code point,
 * as Spark orders UTF-8. `DriverPathEquivalenceTest` writes the same inputs both ways and compares every table.
 *
 * @param factoids factoid rows of {@link ExtractedRow#SCHEMA}, added up, one per (domain, entity, attribute)
 * @param fileRows the input files' counter and bad-record-location rows, one per key
 * @param paths    the input files' paths by listing index, for singleton_source
 */
record DriverCounts(List<Row> factoids, List<Row> fileRows, List<String> paths) implements CountedState {
    /** Set to false to run every input through Spark's jobs (the path of inputs above the small size). */
    static final String ENABLED = "spark.factfloor.smallRunsOnDriver";

    private static final Comparator<String> CODE_POINTS = TaskFactoidCounts::compareCodePoints;

    /** entities/ as {@link StatisticsStage} selects it; Spark writes every column as nullable. */
    private static final StructType ENTITY_COLUMNS = new StructType()
            .add("domain", DataTypes.StringType)
            .add("entity", DataTypes.StringType)
            .add("mentions", DataTypes.LongType)
            .add("documents", DataTypes.LongType)
            .add("distinct_attributes", DataTypes.LongType)
            .add("top_attribute", DataTypes.StringType)
            .add("top_share", DataTypes.DoubleType);

    /**
     * Whether a run is small and local enough for the driver: at most {@link ShufflePartitions#SMALL_INPUT_BYTES} of
     * input, Spark in local mode (on a cluster the executors do the work), and neither a quarantine nor a fact table
     * (those keep Spark's path, which writes them).
     */
    static boolean applies(SparkSession spark, long inputBytes, boolean quarantine, boolean factTables) {
        return inputBytes <= ShufflePartitions.SMALL_INPUT_BYTES && spark.sparkContext().isLocal() && !quarantine
                && !factTables && Boolean.parseBoolean(spark.conf().get(ENABLED, "true"));
    }

    /** Every row the extraction gives, added up by {@link ExtractedRow#KEY}. */
    static DriverCounts of(Iterator<Row> extracted, List<String> paths) {
        Map<List<Object>, Object[]> added = new LinkedHashMap<>();
        while (extracted.hasNext()) {
            Row row = extracted.next();
            List<Object> key = key(row);
            Object[] sum = added.get(key);
            if (sum == null) {
                added.put(key, values(row));
            } else {
                sum[MENTIONS] = (long) sum[MENTIONS] + row.getLong(MENTIONS);
                sum[DOCUMENTS] = (long) sum[DOCUMENTS] + row.getLong(DOCUMENTS);
                sum[ENTITY_DOCUMENTS] = (long) sum[ENTITY_DOCUMENTS] + row.getLong(ENTITY_DOCUMENTS);
                sum[EXAMPLE] = TaskFactoidCounts.smaller((String) sum[EXAMPLE], row.getString(EXAMPLE));
                sum[SOURCE] = Math.min((int) sum[SOURCE], row.getInt(SOURCE));
            }
        }
        List<Row> factoids = new ArrayList<>();
        List<Row> fileRows = new ArrayList<>();
        for (Object[] values : added.values()) {
            Row row = RowFactory.create(values);
            boolean factoid = row.getByte(KIND) == ExtractedRow.Kind.FACTOID.code();
            (factoid ? factoids : fileRows).add(row);
        }
        return new DriverCounts(factoids, fileRows, List.copyOf(paths));
    }

    /**
     * Writes factoids/ (a directory per domain, rows by entity and attribute) and entities/ as Spark's writes of
     * {@link FactoidState#writeFactoids} and {@link StatisticsStage} would, and returns the counts of the output.
     */
    SpectrumCounts write(RunOutput output, CountUnit unit, Configuration hadoop) {
        Map<String, List<Row>> byDomain = new TreeMap<>(CODE_POINTS);
        Map<String, Map<String, Entity>> entities = new TreeMap<>(CODE_POINTS);
        SpectrumCounts.Builder counts = new SpectrumCounts.Builder();
        for (Row f : sorted(factoids)) {
            String domain = f.getString(DOMAIN);
            long r = unit == CountUnit.MENTIONS ? f.getLong(MENTIONS) : f.getLong(DOCUMENTS);
            String singletonSource = r == 1 ? paths.get(f.getInt(SOURCE)) : null;
            byDomain.computeIfAbsent(domain, d -> new ArrayList<>()).add(RowFactory.create(f.getString(ENTITY),
                    f.getString(ATTRIBUTE), f.getLong(MENTIONS), f.getLong(DOCUMENTS), f.get(EXAMPLE),
                    singletonSource));
            counts.factoids(domain, r, singletonSource, 1);
            entities.computeIfAbsent(domain, d -> new TreeMap<>(CODE_POINTS))
                    .computeIfAbsent(f.getString(ENTITY), e -> new Entity()).add(f, r);
        }
        StructType factoidColumns = withoutDomain(FactoidState.FACTOID_SCHEMA);
        String factoidTable = output.staged("factoids");
        ParquetTables.mkdirs(factoidTable, hadoop);
        byDomain.forEach((domain, rows) -> ParquetTables.writeSmall(rows, factoidColumns,
                factoidTable + "/" + ExternalCatalogUtils.getPartitionPathString("domain", domain), hadoop));
        List<Row> entityRows = new ArrayList<>();
        entities.forEach((domain, byEntity) -> byEntity.forEach((entity, e) -> {
            entityRows.add(RowFactory.create(domain, entity, e.mentions, e.documents, e.attributes, e.topAttribute,
                    (double) e.topCount / e.units));
            counts.entities(domain, unit == CountUnit.MENTIONS ? e.mentions : e.documents, e.attributes > 1, 1,
                    e.units);
        }));
        ParquetTables.writeSmall(entityRows, ENTITY_COLUMNS, output.staged("entities"), hadoop);
        return counts.build();
    }

    /** An entity's sums over its factoids, and its leading attribute. */
    private static final class Entity {
        long mentions;
        long documents;
        long attributes;
        long units;
        long topCount = -1;
        String topAttribute;

        void add(Row f, long r) {
            mentions += f.getLong(MENTIONS);
            documents += f.getLong(ENTITY_DOCUMENTS);
            attributes++;
            units += r;
            String attribute = f.getString(ATTRIBUTE);
            if (r > topCount || r == topCount && CODE_POINTS.compare(attribute, topAttribute) > 0) {
                topCount = r;
                topAttribute = attribute;
            }
        }
    }

    private static List<Row> sorted(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Row r) -> r.getString(DOMAIN), CODE_POINTS)
                .thenComparing(r -> r.getString(ENTITY), CODE_POINTS)
                .thenComparing(r -> r.getString(ATTRIBUTE), CODE_POINTS));
        return sorted;
    }

    private static StructType withoutDomain(StructType schema) {
        StructType columns = new StructType();
        for (var field : schema.fields()) {
            if (!field.name().equals("domain")) {
                columns = columns.add(field.name(), field.dataType());
            }
        }
        return columns;
    }

    private static List<Object> key(Row row) {
        return List.of(row.getByte(KIND), row.getString(DOMAIN), row.getString(ENTITY), row.getString(ATTRIBUTE));
    }

    private static Object[] values(Row row) {
        Object[] values = new Object[row.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        return values;
    }
}
