package org.factfloor.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.factfloor.output.DomainDelta;
import org.factfloor.stats.CountUnit;
import org.factfloor.stats.DomainSummary;

/**
 * `delta/`: per domain, what adding corpora to a base did — figures before and after, and the factoids and
 * entities whose status changed. Counts only grow in a merge, so every base factoid and entity is also in the
 * result and a left join from the result finds them all.
 */
final class DeltaTable {
    static final StructType SCHEMA = new StructType()
            .add("domain", DataTypes.StringType, false)
            .add("added_corpus_ids", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("n_before", DataTypes.LongType, true)
            .add("n_after", DataTypes.LongType, false)
            .add("distinct_before", DataTypes.LongType, true)
            .add("distinct_after", DataTypes.LongType, false)
            .add("singleton_rate_before", DataTypes.DoubleType, true)
            .add("singleton_rate_after", DataTypes.DoubleType, true)
            .add("entity_singleton_rate_before", DataTypes.DoubleType, true)
            .add("entity_singleton_rate_after", DataTypes.DoubleType, true)
            .add("floor_kv2024_before", DataTypes.DoubleType, true)
            .add("floor_kv2024_after", DataTypes.DoubleType, true)
            .add("floor_knvz2025_before", DataTypes.DoubleType, true)
            .add("floor_knvz2025_after", DataTypes.DoubleType, true)
            .add("new_factoids", DataTypes.LongType, false)
            .add("new_singletons", DataTypes.LongType, false)
            .add("no_longer_singletons", DataTypes.LongType, false)
            .add("new_entities", DataTypes.LongType, false)
            .add("new_conflicts", DataTypes.LongType, false);

    private final SparkSession spark;
    private final String countUnit;

    DeltaTable(SparkSession spark, CountUnit countUnit) {
        this.spark = spark;
        this.countUnit = countUnit.column();
    }

    /**
     * @param baseFactoids  domain, entity, attribute, mentions, documents of the base (empty for none)
     * @param baseEntities  domain, entity, distinct_attributes of the base
     * @param baseSummaries the base's summary/ rows by domain (empty for none)
     * @param after         the merged summaries, in the config's domain order
     */
    List<DomainDelta> compute(Dataset<Row> baseFactoids, Dataset<Row> baseEntities,
                              Map<String, Row> baseSummaries, Dataset<Row> factoids,
                              Dataset<Row> entities, List<DomainSummary> after) {
        String[] factoidKey = {"domain", "entity", "attribute"};
        // A fact table's zero-count rows are not factoids the corpora show: new means seen now, unseen before.
        Map<String, Row> factoidChanges = byDomain(factoids.filter(col(countUnit).gt(0L)).select(col("domain"),
                        col("entity"), col("attribute"), col(countUnit).as("r_after"))
                .join(baseFactoids.filter(col(countUnit).gt(0L)).select(col("domain"), col("entity"),
                        col("attribute"), col(countUnit).as("r_before")),
                        factoidKey, "left")
                .groupBy("domain")
                .agg(count(when(col("r_before").isNull(), 1)).as("new_factoids"),
                        count(when(col("r_before").isNull().and(col("r_after").equalTo(1L)), 1)).as("new_singletons"),
                        count(when(col("r_before").equalTo(1L).and(col("r_after").gt(1L)), 1))
                                .as("no_longer_singletons")));
        Map<String, Row> entityChanges = byDomain(entities.select(col("domain"), col("entity"),
                        col("distinct_attributes").as("attributes_after"))
                .join(baseEntities.select(col("domain"), col("entity"), col("distinct_attributes").as("attributes_before")),
                        new String[] {"domain", "entity"}, "left")
                .groupBy("domain")
                .agg(count(when(col("attributes_before").isNull(), 1)).as("new_entities"),
                        count(when(col("attributes_after").gt(1L).and(col("attributes_before").isNull()
                                .or(col("attributes_before").leq(1L))), 1)).as("new_conflicts")));
        List<DomainDelta> deltas = new ArrayList<>();
        for (DomainSummary a : after) {
            Row b = baseSummaries.get(a.domain());
            Row f = factoidChanges.get(a.domain());
            Row e = entityChanges.get(a.domain());
            deltas.add(new DomainDelta(a.domain(), before(b, "n"), a.n(), before(b, "distinct"), a.distinct(),
                    before(b, "singleton_rate"), a.singletonRate(),
                    before(b, "entity_singleton_rate"), a.entitySingletonRate(),
                    before(b, "floor_kv2024"), a.floorKv2024(), before(b, "floor_knvz2025"), a.floorKnvz2025(),
                    f == null ? 0 : f.getLong(1), f == null ? 0 : f.getLong(2), f == null ? 0 : f.getLong(3),
                    e == null ? 0 : e.getLong(1), e == null ? 0 : e.getLong(2)));
        }
        return deltas;
    }

    Dataset<Row> table(List<DomainDelta> deltas, List<String> addedCorpusIds) {
        List<Row> rows = new ArrayList<>();
        for (DomainDelta d : deltas) {
            rows.add(RowFactory.create(d.domain(), addedCorpusIds, d.nBefore(), d.nAfter(), d.distinctBefore(),
                    d.distinctAfter(), d.singletonRateBefore(), d.singletonRateAfter(), d.entitySingletonRateBefore(),
                    d.entitySingletonRateAfter(), d.floorKv2024Before(), d.floorKv2024After(),
                    d.floorKnvz2025Before(), d.floorKnvz2025After(), d.newFactoids(), d.newSingletons(),
                    d.noLongerSingletons(), d.newEntities(), d.newConflicts()));
        }
        return spark.createDataFrame(rows, SCHEMA).coalesce(1);
    }

    private static <T> T before(Row base, String column) {
        return base == null ? null : base.getAs(column);
    }

    private static Map<String, Row> byDomain(Dataset<Row> perDomain) {
        Map<String, Row> rows = new HashMap<>();
        for (Row r : perDomain.collectAsList()) {
            rows.put(r.getString(0), r);
        }
        return rows;
    }
}
