package org.factfloor.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DomainSpec;
import org.factfloor.input.InputError;
import org.factfloor.output.Manifest;
import org.factfloor.output.MixedSource;
import org.factfloor.output.MixtureColumns;
import org.factfloor.output.Reports;
import org.factfloor.output.RunOutput;
import org.factfloor.output.SpectrumLevel;
import org.factfloor.stats.ExtrapolationSettings;
import org.factfloor.stats.FreshData;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.MixtureMoments;
import org.factfloor.stats.MixtureSummary;
import scala.Tuple2;

/**
 * `factfloor mix` (DESIGN §2, §6): the expected statistics of a training mixture of committed outputs, each source's
 * documents kept with probability equal to its weight, before anyone trains on it. The factoid and entity counts
 * of every source are joined on their key in one shuffle (a grouped sum per source, which spills to disk when the
 * distinct items do not fit in memory), each joined item adds its exact probabilities to per-domain
 * {@link MixtureMoments} as the rows stream by, and the small moments come to the driver.
 */
public final class MixJob {
    static final StructType SPECTRUM_SCHEMA = new StructType()
            .add("domain", DataTypes.StringType, false)
            .add("level", DataTypes.StringType, false)
            .add("r", DataTypes.LongType, false)
            .add("n_r", DataTypes.DoubleType, true);
    static final StructType MIXTURE_SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("corpus_ids", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("weight", DataTypes.DoubleType, false)
            .add("domain", DataTypes.StringType, false)
            .add("occurrences", DataTypes.LongType, false)
            .add("expected_occurrences", DataTypes.DoubleType, false)
            .add("expected_share", DataTypes.DoubleType, true)
            .add("own_singletons", DataTypes.DoubleType, false)
            .add("own_singleton_share", DataTypes.DoubleType, true)
            .add("entity_own_singletons", DataTypes.DoubleType, false);
    static final StructType CURVE_SCHEMA = new StructType()
            .add("domain", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("weight", DataTypes.DoubleType, false)
            .add("n", DataTypes.DoubleType, false)
            .add("singleton_rate", DataTypes.DoubleType, true)
            .add("entity_singleton_rate", DataTypes.DoubleType, true)
            .add("floor_kv2024", DataTypes.DoubleType, true)
            .add("floor_knvz2025", DataTypes.DoubleType, true);

    private final SparkSession spark;
    private final FactfloorConfig config;

    public MixJob(SparkSession spark, FactfloorConfig config) {
        this.spark = spark;
        this.config = config;
    }

    public MixResult mix(MixOptions options) {
        long started = System.nanoTime();
        if (options.sources().isEmpty()) {
            throw new InputError("mix needs at least one --input RUN_DIR=WEIGHT");
        }
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<CommittedRun> runs = new ArrayList<>();
        for (MixSource source : options.sources()) {
            CommittedRun run = CommittedRun.open(source.path(), hadoop);
            CountedTogether.checkSameCounting(run, config, "mix", false);
            CountedTogether.refuseCorporaInside(run, runs); // the same documents twice are a repeat, not fresh data
            runs.add(run);
        }
        CountedTogether.sources(spark, runs);
        List<MixedSource> sources = new ArrayList<>();
        double[] thinning = new double[runs.size()]; // a source with fresh data enters with all its documents
        for (int i = 0; i < runs.size(); i++) {
            double weight = options.sources().get(i).weight();
            thinning[i] = Math.min(1, weight);
            sources.add(new MixedSource(i, runs.get(i).path(), runs.get(i).corpusIds(), weight));
        }
        String runId = RunId.ofMix(config.digest(), sources.stream().map(s -> runs.get(s.index()).runId() + "="
                + s.weight()).toList());
        String corpusId = options.corpusId() != null ? options.corpusId() : new Path(options.output()).getName();
        // Only the output's preparation is shared with run and merge: a mix writes its own tables, no fact table's.
        RunOutput output = new OutputWriter(spark, config, Map.of()).prepare(options.output(), options.overwrite(),
                runId);
        try {
            ShufflePartitions.sizeFor(spark, stateBytes(runs, hadoop));
            Map<String, MixtureMoments> moments = moments(runs, thinning);
            Map<String, List<FreshData>> fresh = fresh(sources, runs);
            List<MixtureSummary> summaries = new ArrayList<>();
            for (DomainSpec d : config.domains()) {
                summaries.add(MixtureSummary.of(d.name(), config.countUnit(),
                        moments.getOrDefault(MixMomentsFunction.key(SpectrumLevel.FACTOID.stored(), d.name()),
                                new MixtureMoments(thinning)),
                        moments.getOrDefault(MixMomentsFunction.key(SpectrumLevel.ENTITY.stored(), d.name()),
                                new MixtureMoments(thinning)),
                        fresh.getOrDefault(d.name(), List.of()), config.estimatorSettings(d)));
            }
            write(output, corpusId, runId, sources, runs, summaries, started);
            output.commit();
            return new MixResult(output.target(), runId, List.copyOf(sources), List.copyOf(summaries));
        } catch (RuntimeException e) { // also Spark's SparkException, which Scala throws undeclared
            output.abort();
            throw e;
        }
    }

    /** The one shuffle: every source's factoid and entity rows grouped by level and key, one sum per source. */
    private Map<String, MixtureMoments> moments(List<CommittedRun> runs, double[] weights) {
        Object[] domains = config.domains().stream().map(DomainSpec::name).toArray();
        String unit = config.countUnit().column();
        Dataset<Row> all = null;
        for (int i = 0; i < runs.size(); i++) {
            FactoidState state = FactoidState.read(spark, runs.get(i).path());
            Dataset<Row> factoids = state.factoids().filter(col("domain").isin(domains)).select(
                    lit(SpectrumLevel.FACTOID.stored()).as("level"), col("domain"), col("entity"), col("attribute"),
                    lit(i).as("source"), col("documents"), col(unit).as("occurrences"));
            Dataset<Row> entities = state.entities().filter(col("domain").isin(domains)).select(
                    lit(SpectrumLevel.ENTITY.stored()).as("level"), col("domain"), col("entity"),
                    lit("").as("attribute"), lit(i).as("source"), col("documents"), col(unit).as("occurrences"));
            Dataset<Row> both = factoids.unionByName(entities);
            all = all == null ? both : all.unionByName(both);
        }
        List<Column> perSource = new ArrayList<>();
        List<Column> kept = new ArrayList<>(List.of(col("level"), col("domain")));
        for (String count : List.of("documents", "occurrences")) {
            for (int i = 0; i < runs.size(); i++) {
                perSource.add(sum(when(col("source").equalTo(i), col(count))).as(count + "_" + i));
                kept.add(col(count + "_" + i));
            }
        }
        Dataset<Row> joined = all.groupBy("level", "domain", "entity", "attribute")
                .agg(perSource.get(0), perSource.subList(1, perSource.size()).toArray(Column[]::new));
        Map<String, MixtureMoments> total = new HashMap<>();
        for (Tuple2<String, MixtureMoments> part : joined.select(kept.toArray(Column[]::new)).javaRDD()
                .mapPartitions(new MixMomentsFunction(weights)).collect()) {
            total.merge(part._1(), part._2(), MixtureMoments::addAll);
        }
        return total;
    }

    /**
     * domain → the fresh data of each source with a weight above 1, extrapolated from that run's own spectra (the
     * small spectrum/ table, no shuffle). A domain too small to extrapolate is refused: a weight above 1 is never
     * silently read as 1.
     */
    private Map<String, List<FreshData>> fresh(List<MixedSource> sources, List<CommittedRun> runs) {
        Map<String, List<FreshData>> fresh = new HashMap<>();
        for (MixedSource source : sources) {
            if (!(source.weight() > 1)) {
                continue;
            }
            Map<String, Map<String, Map<Long, Long>>> spectra = new HashMap<>();
            for (Row r : spark.read().parquet(runs.get(source.index()).table("spectrum"))
                    .select("domain", "level", "r", "n_r").collectAsList()) {
                spectra.computeIfAbsent(r.getString(0), d -> new HashMap<>())
                        .computeIfAbsent(r.getString(1), l -> new HashMap<>()).put(r.getLong(2), r.getLong(3));
            }
            for (DomainSpec d : config.domains()) {
                Map<String, Map<Long, Long>> levels = spectra.getOrDefault(d.name(), Map.of());
                FrequencySpectrum factoids = FrequencySpectrum.of(levels.getOrDefault(SpectrumLevel.FACTOID.stored(),
                        Map.of()));
                if (factoids.n() == 0) {
                    continue; // a source that never shows the domain adds none of it, however much more of it comes
                }
                FreshData predicted = FreshData.predict(source.index(), source.weight(), factoids,
                        FrequencySpectrum.of(levels.getOrDefault(SpectrumLevel.ENTITY.stored(), Map.of())),
                        ExtrapolationSettings.defaults());
                if (predicted == null) {
                    throw new InputError(source.path() + " has fewer than 2 occurrences of domain " + d.name()
                            + ": its weight " + source.weight() + " (fresh data) cannot be extrapolated from it;"
                            + " give it a weight in [0, 1] or leave the domain out with --domains");
                }
                fresh.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(predicted);
            }
        }
        return fresh;
    }

    private void write(RunOutput output, String corpusId, String runId, List<MixedSource> sources,
                       List<CommittedRun> runs, List<MixtureSummary> summaries, long started) {
        List<Row> spectrum = new ArrayList<>();
        List<Row> summary = new ArrayList<>();
        List<Row> mixture = new ArrayList<>();
        List<Row> curves = new ArrayList<>();
        Map<String, Object> domains = new LinkedHashMap<>();
        for (MixtureSummary s : summaries) {
            for (int k = 1; k <= MixtureMoments.ORDERS; k++) {
                spectrum.add(RowFactory.create(s.domain(), SpectrumLevel.FACTOID.stored(), (long) k, s.count(0, k)));
                spectrum.add(RowFactory.create(s.domain(), SpectrumLevel.ENTITY.stored(), (long) k, s.count(1, k)));
            }
            summary.add(MixtureColumns.row(s, corpusId, runId));
            domains.put(s.domain(), MixtureColumns.fields(s));
            for (MixedSource source : sources) {
                int i = source.index();
                double n = s.n();
                double n1 = s.n1();
                mixture.add(RowFactory.create(source.path(), source.corpusIds(), source.weight(), s.domain(),
                        s.factoids().sourceOccurrences(i), s.expectedOccurrences(i),
                        n > 0 ? s.expectedOccurrences(i) / n : null, s.ownSingletons(i),
                        n1 > 0 ? s.ownSingletons(i) / n1 : null, s.entityOwnSingletons(i)));
                for (MixtureSummary.CurvePoint p : s.curve(i)) {
                    curves.add(RowFactory.create(s.domain(), source.path(), p.weight(), p.n(), p.singletonRate(),
                            p.entitySingletonRate(), p.floorKv2024(), p.floorKnvz2025()));
                }
            }
        }
        ParquetTables.write(spark.createDataFrame(spectrum, SPECTRUM_SCHEMA).coalesce(1), output.staged("spectrum"),
                null);
        ParquetTables.write(spark.createDataFrame(summary, MixtureColumns.schema()).coalesce(1),
                output.staged("summary"), null);
        ParquetTables.write(spark.createDataFrame(mixture, MIXTURE_SCHEMA).coalesce(1),
                output.staged(Reports.MIXTURE_TABLE), null);
        ParquetTables.write(spark.createDataFrame(curves, CURVE_SCHEMA).coalesce(1),
                output.staged(Reports.MIXTURE_CURVE_TABLE), null);
        output.writeText("summary.json", new Manifest().put("corpus_id", corpusId).put("run_id", runId)
                .put("kind", "mixture").put("domains", domains).render());
        output.writeText("_MANIFEST.json", manifest(corpusId, runId, sources, runs, started).render());
        // from the staged tables, as `factfloor report` renders them again from the committed ones
        Reports.render(output.stagingDirectory(), spark.sparkContext().hadoopConfiguration())
                .forEach(output::writeText);
    }

    private Manifest manifest(String corpusId, String runId, List<MixedSource> sources, List<CommittedRun> runs,
                              long started) {
        List<Map<String, Object>> mixed = new ArrayList<>();
        double documents = 0;
        for (MixedSource s : sources) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", s.path());
            m.put("run_id", runs.get(s.index()).runId());
            m.put("corpus_ids", s.corpusIds());
            m.put("weight", s.weight());
            m.put("documents", runs.get(s.index()).documents());
            mixed.add(m);
            documents += s.weight() * runs.get(s.index()).documents();
        }
        return new Manifest().put("kind", "mixture").put("corpus_id", corpusId).put("run_id", runId)
                .put("sources", mixed).put("expected_documents", documents)
                .put("finished_at", Instant.now().toString())
                .put("elapsed_seconds", (System.nanoTime() - started) / 1e9)
                .put("config_digest", config.digest()).put("count_unit", config.countUnit().column())
                .put("domains", config.domains().stream().map(DomainSpec::name).toList())
                .put("versions", OutputWriter.versions(spark));
    }

    /** Bytes of the state tables the join reads, to size its shuffle. */
    private static long stateBytes(List<CommittedRun> runs, Configuration hadoop) {
        long bytes = 0;
        try {
            for (CommittedRun run : runs) {
                for (String table : List.of("factoids", "entities")) {
                    Path p = new Path(run.table(table));
                    bytes += p.getFileSystem(hadoop).getContentSummary(p).getLength();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot size the state tables: " + e.getMessage(), e);
        }
        return bytes;
    }
}
