package org.factfloor.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.factfloor.extract.FactMatcher;
import org.factfloor.output.RunOutput;
import scala.jdk.javaapi.CollectionConverters;
import org.factfloor.stats.CountUnit;

/**
 * The mergeable state of an output (DESIGN §2, as Deequ's analyzer states): per-factoid and per-entity counts.
 * It owns their schema, the one rule by which two states add, and how the state is written to and read from an
 * output directory. `run` computes a state from documents, `merge` adds the states of committed outputs; every
 * metric is computed from a state by {@link StatisticsStage}, never merged.
 *
 * @param factoids domain, entity, attribute, mentions, documents, example, singleton_source
 * @param entities domain, entity, mentions, documents (documents mentioning the entity at all)
 */
record FactoidState(Dataset<Row> factoids, Dataset<Row> entities) implements CountedState {
    static final List<String> FACTOID_KEY = List.of("domain", "entity", "attribute");
    /** factoids/ as written: the factoid counts, one surface form, and the file of a factoid seen once. */
    static final StructType FACTOID_SCHEMA = new StructType()
            .add("domain", DataTypes.StringType, false)
            .add("entity", DataTypes.StringType, false)
            .add("attribute", DataTypes.StringType, false)
            .add("mentions", DataTypes.LongType, false)
            .add("documents", DataTypes.LongType, false)
            .add("example", DataTypes.StringType, true)
            .add("singleton_source", DataTypes.StringType, true);
    static final StructType ENTITY_SCHEMA = new StructType()
            .add("domain", DataTypes.StringType, false)
            .add("entity", DataTypes.StringType, false)
            .add("mentions", DataTypes.LongType, false)
            .add("documents", DataTypes.LongType, false);

    /**
     * The one rule by which counted rows add, for the factoid rows of one run (where {@code firstSeen} is the input
     * file's index) as for the factoids of merged outputs (where it is the singleton's file): counts sum, the
     * example is the smallest surface form, and the smallest first-seen marker is kept. A factoid seen once has one
     * occurrence, so its marker is that occurrence's file whichever rule picks it.
     *
     * @param moreSums further counts of the rows, summed as well
     */
    static Dataset<Row> addUp(Dataset<Row> rows, List<String> key, String firstSeen, Column... moreSums) {
        List<Column> sums = new ArrayList<>(List.of(sum("mentions").as("mentions"), sum("documents").as("documents"),
                min("example").as("example"), min(firstSeen).as(firstSeen)));
        sums.addAll(List.of(moreSums));
        return rows.groupBy(key.stream().map(functions::col).toArray(Column[]::new))
                .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
    }

    /** singleton_source is kept only for a factoid seen once under the count unit. */
    static Column singletonSource(CountUnit countUnit, Column file) {
        return when(col(countUnit.column()).equalTo(1L), file);
    }

    /** Entity counts of factoid-grain rows (domain, entity, mentions, documents): sums per entity. */
    static Dataset<Row> entitySums(Dataset<Row> rows) {
        return rows.groupBy("domain", "entity").agg(sum("mentions").as("mentions"), sum("documents").as("documents"));
    }

    /** The sum of committed states: a merge. */
    static FactoidState add(List<FactoidState> states, CountUnit countUnit) {
        Dataset<Row> factoids = addUp(union(states.stream().map(FactoidState::factoids).toList()), FACTOID_KEY,
                        "singleton_source")
                .withColumn("singleton_source", singletonSource(countUnit, col("singleton_source")));
        Dataset<Row> entities = entitySums(union(states.stream().map(FactoidState::entities).toList()));
        return new FactoidState(factoids, entities);
    }

    /** The state of a committed output, read back from its factoids/ and entities/ tables. */
    static FactoidState read(SparkSession spark, String outputDirectory) {
        return new FactoidState(
                spark.read().schema(FACTOID_SCHEMA).parquet(outputDirectory + "/factoids").select(columns(FACTOID_SCHEMA)),
                spark.read().parquet(outputDirectory + "/entities").select(columns(ENTITY_SCHEMA)));
    }

    /** The state of nothing: the base of a first merge into a new cumulative directory. */
    static FactoidState empty(SparkSession spark) {
        return new FactoidState(spark.createDataFrame(List.of(), FACTOID_SCHEMA),
                spark.createDataFrame(List.of(), ENTITY_SCHEMA));
    }

    /** factoids/: partitioned by domain, sorted by key within each file. */
    void writeFactoids(RunOutput output) {
        ParquetTables.write(ShufflePartitions.groupedBy(factoids.select(columns(FACTOID_SCHEMA)), col("domain"))
                .sortWithinPartitions("domain", "entity", "attribute"), output.staged("factoids"),
                "domain");
    }

    /**
     * The state with a row of count 0 for every fact of a cooccurrence domain's table that it does not hold
     * (DESIGN §5: such a domain's factoids/ lists its whole table). The table is small beside the corpus: the
     * anti-join broadcasts it rather than shuffling the factoids.
     */
    FactoidState withTableFacts(SparkSession spark, Map<String, FactMatcher> tables) {
        if (tables.isEmpty()) {
            return this;
        }
        List<Row> facts = new ArrayList<>();
        tables.forEach((domain, table) -> {
            for (int f = 0; f < table.facts(); f++) {
                facts.add(RowFactory.create(domain, table.entityKey(f), table.attributeKey(f), 0L, 0L, null, null));
            }
        });
        Dataset<Row> listed = spark.createDataFrame(facts, FACTOID_SCHEMA);
        Dataset<Row> unseen = listed.join(factoids.select(columns(FACTOID_KEY)),
                CollectionConverters.asScala(FACTOID_KEY).toSeq(), "left_anti");
        return new FactoidState(factoids.select(columns(FACTOID_SCHEMA)).unionByName(unseen), entities);
    }

    /** Computed once and read by every statistic: keep it. */
    FactoidState persist() {
        return new FactoidState(factoids.persist(StorageLevel.MEMORY_AND_DISK()),
                entities.persist(StorageLevel.MEMORY_AND_DISK()));
    }

    void unpersist() {
        factoids.unpersist();
        entities.unpersist();
    }

    static Column[] columns(StructType schema) {
        return columns(Arrays.asList(schema.fieldNames()));
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(functions::col).toArray(Column[]::new);
    }

    private static Dataset<Row> union(List<Dataset<Row>> tables) {
        Dataset<Row> all = tables.get(0);
        for (Dataset<Row> t : tables.subList(1, tables.size())) {
            all = all.unionByName(t);
        }
        return all;
    }
}
