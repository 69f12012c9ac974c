package org.factfloor.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.FactMatcher;
import org.factfloor.output.RunOutput;
import org.factfloor.output.SpectrumLevel;
import org.factfloor.output.SummaryColumns;
import org.factfloor.output.SummaryJson;
import org.factfloor.stats.DomainPrediction;
import org.factfloor.stats.DomainSummary;
import org.factfloor.stats.ExtrapolationSettings;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.SgtEstimate;
import org.factfloor.stats.SimpleGoodTuring;

/**
 * From the mergeable {@link FactoidState} to every metric and table of an output (DESIGN §2): the factoids,
 * entities with their attributes, spectra (with the Simple Good–Turing r* and p_r of each row, null where SGT is
 * not applicable), per-domain summaries, written under the staging directory. `run` feeds it freshly extracted
 * counts; `merge` feeds it summed counts of several outputs.
 */
final class StatisticsStage {
    static final StructType SPECTRUM_SCHEMA = new StructType()
            .add("domain", DataTypes.StringType, false)
            .add("level", DataTypes.StringType, false)
            .add("r", DataTypes.LongType, false)
            .add("n_r", DataTypes.LongType, false)
            .add("r_star", DataTypes.DoubleType, true)
            .add("p_r", DataTypes.DoubleType, true);

    private final SparkSession spark;
    private final FactfloorConfig config;
    private final Map<String, FactMatcher> tables;

    /** @param tables the compiled fact table of each cooccurrence domain, whose unseen facts get rows of count 0 */
    StatisticsStage(SparkSession spark, FactfloorConfig config, Map<String, FactMatcher> tables) {
        this.spark = spark;
        this.config = config;
        this.tables = tables;
    }

    /**
     * What was written that the rest of the output needs.
     *
     * @param summaries the per-domain summaries, in the config's domain order
     * @param singletonsByFile path → domain → factoids seen once whose one occurrence is in that file
     */
    record Written(List<DomainSummary> summaries, Map<String, Map<String, Long>> singletonsByFile) {
    }

    /**
     * @param corpusIds every corpus whose counts are inside, in the order they were added
     * @param sample    what a sampled run read, so the full corpus is predicted too; null otherwise
     */
    Written write(RunOutput output, CountedState state, long documentsScanned, String corpusId,
                  String runId, List<String> corpusIds, SampledRun sample) {
        SpectrumCounts counts = state instanceof DriverCounts small
                ? small.write(output, config.countUnit(), hadoop())
                : writeWithSpark(output, (FactoidState) state);
        return writeTables(output, counts, documentsScanned, corpusId, runId, corpusIds, sample);
    }

    /** factoids/ and entities/ by Spark's jobs, and the counts of the output by one more. */
    private SpectrumCounts writeWithSpark(RunOutput output, FactoidState state) {
        state.withTableFacts(spark, tables).writeFactoids(output);
        // Statistics read what the corpus shows: a merged input's zero-count rows are no factoids of the spectrum.
        Dataset<Row> counted = state.factoids().withColumn("r", col(config.countUnit().column())).filter(col("r").gt(0L));
        // Three readers (spectra, conflicts, the entities table): join and aggregate once, not three times.
        Dataset<Row> entities = entities(counted, state.entities()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SpectrumCounts counts = SpectrumCounts.collect(counted, entities);
            ParquetTables.write(ShufflePartitions.groupedBy(entities.select("domain", "entity", "mentions",
                            "documents", "distinct_attributes", "top_attribute", "top_share"), col("domain"))
                    .sortWithinPartitions("domain", "entity"), output.staged("entities"), null);
            return counts;
        } finally {
            entities.unpersist();
        }
    }

    private Written writeTables(RunOutput output, SpectrumCounts counts, long documentsScanned, String corpusId,
                                String runId, List<String> corpusIds, SampledRun sample) {
        Map<String, Map<String, Map<Long, Long>>> spectra = counts.spectra();
        Map<String, Double> conflicts = counts.conflictShares();
        List<DomainSummary> summaries = new ArrayList<>();
        for (DomainSpec d : config.domains()) {
            Map<String, Map<Long, Long>> levels = spectra.getOrDefault(d.name(), Map.of());
            summaries.add(DomainSummary.of(d.name(), config.countUnit(), documentsScanned,
                    FrequencySpectrum.of(levels.getOrDefault(SpectrumLevel.FACTOID.stored(), Map.of())),
                    FrequencySpectrum.of(levels.getOrDefault(SpectrumLevel.ENTITY.stored(), Map.of())),
                    config.estimatorSettings(d), conflicts.get(d.name()),
                    tables.containsKey(d.name()) ? (long) tables.get(d.name()).facts() : null));
        }
        List<Row> spectrumRows = new ArrayList<>();
        spectra.forEach((domain, levels) -> levels.forEach((level, rows) -> {
            SgtEstimate sgt = SimpleGoodTuring.estimate(FrequencySpectrum.of(rows), config.sgtSwitch());
            rows.forEach((r, nR) -> spectrumRows.add(RowFactory.create(domain, level, r, nR,
                    sgt.rStar().get(r), sgt.p().get(r))));
        }));
        spectrumRows.sort(Comparator.comparing((Row r) -> r.getString(0)).thenComparing(r -> r.getString(1))
                .thenComparingLong(r -> r.getLong(2)));
        ParquetTables.writeSmall(spectrumRows, SPECTRUM_SCHEMA, output.staged("spectrum"), hadoop());
        List<Row> summaryRows = summaries.stream().map(s -> SummaryColumns.row(s, corpusId, runId, corpusIds))
                .toList();
        ParquetTables.writeSmall(summaryRows, SummaryColumns.schema(), output.staged("summary"), hadoop());
        // The domains' fits are independent and pure (seeded per domain): on a small run they were the driver's
        // longest serial step (1.7 s of a 5-document run at load 7), so they share the cores; order is kept.
        List<DomainPrediction> predictions = summaries.parallelStream().map(s -> DomainPrediction.of(s,
                ExtrapolationSettings.defaults(), sample == null ? null : sample.scale(s.domain(), s.n()),
                sample == null ? null : sample.scale(s.domain(), s.entityN()))).toList();
        PredictionTable.write(spark, predictions, output);
        output.writeText("summary.json", SummaryJson.render(corpusId, runId, corpusIds, summaries,
                sample == null ? null : sample.toJson(), predictions));
        return new Written(summaries, counts.singletonsByFile());
    }

    /** Entity counts joined with what the entity's factoids say: how many attributes, which one leads. */
    private Dataset<Row> entities(Dataset<Row> counted, Dataset<Row> entityCounts) {
        Dataset<Row> attributes = counted.groupBy("domain", "entity")
                .agg(count(lit(1)).as("distinct_attributes"),
                        max_by(col("attribute"), struct(col("r"), col("attribute"))).as("top_attribute"),
                        max("r").as("top_count"), sum("r").as("factoid_units"));
        return entityCounts.select("domain", "entity", "mentions", "documents")
                .join(attributes, new String[] {"domain", "entity"}, "inner")
                .withColumn("top_share", col("top_count").cast(DataTypes.DoubleType).divide(col("factoid_units")))
                .withColumn("r", col(config.countUnit().column()));
    }

    private Configuration hadoop() {
        return spark.sparkContext().hadoopConfiguration();
    }
}
