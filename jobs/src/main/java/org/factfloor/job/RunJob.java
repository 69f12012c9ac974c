package org.factfloor.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DomainSpec;
import org.factfloor.input.BadInputPolicy;
import org.factfloor.input.InputListing;
import org.factfloor.input.SourceFile;
import org.factfloor.output.DomainTable;
import org.factfloor.output.Manifest;
import org.factfloor.output.Reports;
import org.factfloor.output.RunOutput;
import org.factfloor.stats.DomainSummary;

/**
 * `factfloor run` (DESIGN §2): list inputs, extract and count every factoid in one shuffle, derive entities and
 * spectra, compute the statistics on the driver (common/), and commit all tables atomically.
 */
public final class RunJob {
    private final SparkSession spark;
    private final FactfloorConfig config;
    private final ProgressDisplay progressDisplay;

    public RunJob(SparkSession spark, FactfloorConfig config) {
        this(spark, config, ProgressDisplay.NONE);
    }

    /** @param progressDisplay shows how many input files and bytes are read while the run reads them */
    public RunJob(SparkSession spark, FactfloorConfig config, ProgressDisplay progressDisplay) {
        this.spark = spark;
        this.config = config;
        this.progressDisplay = progressDisplay;
    }

    public RunResult run(RunOptions options) {
        long started = System.nanoTime();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        // One _SUCCESS per run, written last at the top of the output, not one per table.
        hadoop.setBoolean("mapreduce.fileoutputcommitter.marksuccessfuljobs", false);
        InputListing listing = InputListing.of(options.inputs(), config.input(), hadoop);
        String runId = runId(options.corpusId(), config.digest(), listing);
        sizeShuffle(listing.totalBytes());
        RunOutput output = RunOutput.prepare(options.output(), options.overwrite(), runId, hadoop);
        Dataset<Row> aggregated = null;
        InputProgress progress = InputProgress.watch(spark, listing.bySizeDescending(), progressDisplay);
        try {
            aggregated = aggregate(listing, new BadInputPolicy(options.failFast(), options.quarantine()), hadoop)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> factoids = withSingletonSource(aggregated.filter(not(col("domain").startsWith("__"))), listing);
            List<SourceTable.Source> sources = SourceTable.from(aggregated
                    .filter(col("domain").equalTo(ExtractedRow.SOURCE))
                    .select("entity", "attribute", "mentions", "example").collectAsList(),
                    SingletonSources.byFile(factoids), listing.files());
            rejectTooMuchBadInput(sources, options.maxBadFraction());
            if (options.quarantine()) {
                ParquetTables.write(QuarantineTable.of(aggregated.filter(col("domain").equalTo(
                        ExtractedRow.QUARANTINE))).coalesce(1), output.staged("quarantine"), null);
            }
            long documents = sources.stream().mapToLong(SourceTable.Source::documents).sum();
            long bad = sources.stream().mapToLong(SourceTable.Source::badTotal).sum();
            Dataset<Row> entityCounts = factoids.groupBy("domain", "entity")
                    .agg(sum("mentions").as("mentions"), sum("entity_documents").as("documents"));
            List<DomainSummary> summaries = new StatisticsStage(spark, config)
                    .write(output, factoids, entityCounts, documents, options.corpusId(), runId);
            ParquetTables.write(spark.createDataFrame(sources.stream().map(SourceTable.Source::toRow).toList(),
                    SourceTable.SCHEMA).orderBy("path").coalesce(1), output.staged("sources"), null);
            output.writeText("_MANIFEST.json", manifest(options, listing, sources, runId, documents, bad, started)
                    .render());
            Reports.render(output.stagingDirectory(), hadoop).forEach(output::writeText);
            output.commit();
            return new RunResult(output.target(), runId, documents, bad, summaries);
        } catch (Exception e) { // also Spark's SparkException, which Scala throws undeclared
            output.abort();
            throw e;
        } finally {
            progress.close();
            if (aggregated != null) {
                aggregated.unpersist();
            }
        }
    }

    /** Adds singleton_source: the input file's path for a factoid seen once under the count unit, else null. */
    private Dataset<Row> withSingletonSource(Dataset<Row> factoids, InputListing listing) {
        List<Row> paths = new ArrayList<>();
        for (int i = 0; i < listing.files().size(); i++) {
            paths.add(RowFactory.create(i, listing.files().get(i).path()));
        }
        Dataset<Row> files = spark.createDataFrame(paths, new StructType()
                .add("source", DataTypes.IntegerType, false).add("path", DataTypes.StringType, false));
        return factoids.join(broadcast(files), "source")
                .withColumn("singleton_source", when(col(config.countUnit()).equalTo(1L), col("path")))
                .drop("path");
    }

    /**
     * Unless the user chose, shuffle partitions follow the input: about one per 64 MB of compressed input, at least
     * the cluster's parallelism, at most 4000. Spark's fixed default of 200 is wrong for both a laptop sample and
     * a multi-terabyte crawl.
     */
    private void sizeShuffle(long inputBytes) {
        if (spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")) {
            return;
        }
        long bySize = inputBytes / (64L << 20) + 1;
        long partitions = Math.min(4000, Math.max(spark.sparkContext().defaultParallelism(), bySize));
        spark.conf().set("spark.sql.shuffle.partitions", Long.toString(partitions));
    }

    private static void rejectTooMuchBadInput(List<SourceTable.Source> sources, double maxBadFraction) {
        List<SourceTable.Source> over = sources.stream().filter(s -> s.badFraction() > maxBadFraction)
                .sorted(Comparator.comparingDouble(SourceTable.Source::badFraction).reversed()).toList();
        if (!over.isEmpty()) {
            throw new TooMuchBadInput(over, maxBadFraction);
        }
    }

    /** Extraction and the one shuffle: sums per (domain, entity, attribute), source counters included. */
    private Dataset<Row> aggregate(InputListing listing, BadInputPolicy policy, Configuration hadoop) {
        // Tasks get the file's index in the listing, not the SourceFile record: Kryo (spark.serializer on most
        // clusters, conf/cluster.conf) cannot serialise Java records, and the index is the source column anyway.
        Map<SourceFile, Integer> position = new HashMap<>();
        for (int i = 0; i < listing.files().size(); i++) {
            position.put(listing.files().get(i), i);
        }
        List<Integer> bySize = listing.bySizeDescending().stream().map(position::get).toList();
        JavaRDD<Integer> perFile = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(bySize, bySize.size()).setName(InputProgress.INPUT_FILES);
        JavaRDD<Row> extracted = perFile.mapPartitions(new ExtractFunction(config, policy, hadoop, listing.files()));
        return spark.createDataFrame(extracted, ExtractedRow.SCHEMA)
                .groupBy("domain", "entity", "attribute")
                .agg(sum("mentions").as("mentions"), sum("documents").as("documents"),
                        sum("entity_documents").as("entity_documents"), min("example").as("example"),
                        min("source").as("source"));
    }





    private Manifest manifest(RunOptions options, InputListing listing, List<SourceTable.Source> sources,
                              String runId, long documents, long bad, long started) {
        List<Object> inputs = new ArrayList<>();
        for (SourceTable.Source f : sources) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", f.path());
            m.put("bytes", f.bytes());
            m.put("format", f.format());
            m.put("compression", f.compression());
            m.put("units", f.units());
            m.put("documents", f.documents());
            m.put("bad_records", f.badRecords());
            m.put("warnings", f.warnings());
            m.put("bad_record_locations", f.locations());
            m.put("status", f.status());
            inputs.add(m);
        }
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("factfloor", Versions.factfloor());
        versions.put("spark", spark.version());
        versions.put("java", System.getProperty("java.version"));
        return new Manifest()
                .put("corpus_id", options.corpusId())
                .put("run_id", runId)
                .put("corpora", List.of(new ContainedCorpus(options.corpusId(), runId).toJson()))
                .put("finished_at", Instant.now().toString())
                .put("elapsed_seconds", (System.nanoTime() - started) / 1e9)
                .put("config_digest", config.digest())
                .put("count_unit", config.countUnit())
                .put("domains", config.domains().stream().map(DomainSpec::name).toList())
                .put("versions", versions)
                .put("documents", documents)
                .put("bad_records", bad)
                .put("inputs", inputs)
                .put("skipped_inputs", listing.skipped());
    }

    /** Same corpus id, same files (path and size) and same config give the same run id, so reruns are identical. */
    static String runId(String corpusId, String configDigest, InputListing listing) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((corpusId + "\n" + configDigest).getBytes(StandardCharsets.UTF_8));
            for (SourceFile f : listing.files()) {
                sha.update(("\n" + f.path() + "\t" + f.bytes()).getBytes(StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table printed at the end of a run. */
    public static String table(RunResult result) {
        return DomainTable.text(result.summaries());
    }
}
