package org.factfloor.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.FactMatcher;
import org.factfloor.input.BadInputPolicy;
import org.factfloor.input.InputListing;
import org.factfloor.input.SourceFile;
import org.factfloor.output.DomainTable;
import org.factfloor.output.RunOutput;
import org.factfloor.sample.BernoulliSample;
import org.factfloor.stats.DomainSummary;

/**
 * `factfloor run` (DESIGN §2): list inputs, extract and count every factoid in one shuffle into a
 * {@link FactoidState}, and hand it with the per-file counters to the {@link OutputWriter}. A small input in local
 * mode is extracted and counted by the driver itself, with no Spark job ({@link DriverCounts}).
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
        InputListing listed = InputListing.of(options.inputs(), config.input(), hadoop);
        BernoulliSample sample = options.sample();
        // A file sample never opens the files it drops: they leave the listing here, before any task starts.
        InputListing listing = sample != null && sample.unit() == BernoulliSample.Unit.FILES ? listed.sampled(sample)
                : listed;
        String runId = RunId.ofRun(options.corpusId(), config.digest(), listing.files(), sample);
        ShufflePartitions.sizeFor(spark, listing.totalBytes());
        Map<String, FactMatcher> tables = FactTables.compile(config, hadoop); // before Spark work: a bad table fails fast
        OutputWriter writer = new OutputWriter(spark, config, tables);
        RunOutput output = writer.prepare(options.output(), options.overwrite(), runId);
        List<Dataset<Row>> persisted = new ArrayList<>(); // set inside the writer's supplier, released here
        InputProgress progress = InputProgress.watch(spark, listing.bySizeDescending(), progressDisplay);
        boolean onDriver = DriverCounts.applies(spark, listing.totalBytes(), options.quarantine(), !tables.isEmpty());
        try {
            List<SourceTable.Source> sources = new ArrayList<>();
            List<DomainSummary> summaries = writer.publish(output, () -> {
                ExtractFunction extraction = new ExtractFunction(config, new BadInputPolicy(options.failFast(),
                        options.quarantine()), hadoop, listing.files(), documentSample(sample),
                        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new BroadcastTables(tables)));
                if (onDriver) {
                    DriverCounts counts = DriverCounts.of(extraction.call(bySize(listing).iterator()),
                            listing.files().stream().map(SourceFile::path).toList());
                    sources.addAll(FileCounterRows.sources(counts.fileRows(), listing.files()));
                    return contents(options, listing, listed, runId, counts, sources,
                            () -> FileCounterRows.sampledDocuments(counts.fileRows()), null);
                }
                Dataset<Row> aggregated = aggregate(listing, extraction).persist(StorageLevel.MEMORY_AND_DISK());
                persisted.add(aggregated);
                sources.addAll(FileCounterRows.sources(aggregated, listing.files()));
                Dataset<Row> factoids = aggregated.filter(ExtractedRow.Kind.FACTOID.rows());
                FactoidState state = new FactoidState(withSingletonSource(factoids, listing),
                        FactoidState.entitySums(factoids.select(col("domain"), col("entity"), col("mentions"),
                                col("entity_documents").as("documents"))));
                return contents(options, listing, listed, runId, state, sources,
                        () -> FileCounterRows.sampledDocuments(aggregated), aggregated);
            }, started);
            long documents = sources.stream().mapToLong(SourceTable.Source::documents).sum();
            long bad = sources.stream().mapToLong(SourceTable.Source::badTotal).sum();
            return new RunResult(output.target(), runId, documents, bad, summaries);
        } finally {
            progress.close();
            persisted.forEach(Dataset::unpersist);
        }
    }

    /**
     * @param listed           the listing before a file sample, for the prediction's scale
     * @param sampledDocuments documents a document sample kept, asked only of a sampled run
     * @param aggregated       Spark's aggregated rows, for quarantine/; null on the driver's path (never quarantines)
     */
    private OutputContents contents(RunOptions options, InputListing listing, InputListing listed, String runId,
                                    CountedState state, List<SourceTable.Source> sources,
                                    LongSupplier sampledDocuments, Dataset<Row> aggregated) {
        rejectTooMuchBadInput(sources, options.maxBadFraction());
        BernoulliSample sample = options.sample();
        SampledRun sampled = sample == null ? null : SampledRun.of(sample, listed.files().size(), listed.totalBytes(),
                sources, sampledDocuments.getAsLong());
        List<OutputContents.MoreTables> more = new ArrayList<>();
        if (options.quarantine()) {
            more.add((output, summaries) -> ParquetTables.write(
                    QuarantineTable.of(FileCounterRows.quarantined(aggregated)).coalesce(1),
                    output.staged("quarantine"), null));
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("inputs", sources.stream().map(RunJob::manifestInput).toList());
        inputs.put("skipped_inputs", listing.skipped());
        return new OutputContents(options.corpusId(), runId,
                List.of(new ContainedCorpus(options.corpusId(), runId)), state, sources, Map.of(), inputs, more,
                sampled);
    }

    /**
     * Adds singleton_source: the input file's path for a factoid seen once under the count unit, else null. The
     * paths reach the executors as a broadcast variable read by a function, not as a broadcast join: every query
     * that reads the factoids would otherwise plan and run its own broadcast exchange of the listing.
     */
    private Dataset<Row> withSingletonSource(Dataset<Row> factoids, InputListing listing) {
        Broadcast<String[]> paths = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(listing.files().stream().map(SourceFile::path).toArray(String[]::new));
        UserDefinedFunction path = udf((UDF1<Integer, String>) source -> paths.value()[source], DataTypes.StringType);
        return factoids.withColumn("singleton_source",
                        FactoidState.singletonSource(config.countUnit(), path.apply(col("source"))))
                .select(FactoidState.columns(FactoidState.FACTOID_SCHEMA));
    }

    private static void rejectTooMuchBadInput(List<SourceTable.Source> sources, double maxBadFraction) {
        List<SourceTable.Source> over = sources.stream().filter(s -> s.badFraction() > maxBadFraction)
                .sorted(Comparator.comparingDouble(SourceTable.Source::badFraction).reversed()).toList();
        if (!over.isEmpty()) {
            throw new TooMuchBadInput(over, maxBadFraction);
        }
    }

    /** Extraction and the one shuffle: factoid rows and file counters add up by {@link FactoidState#addUp}. */
    private static BernoulliSample documentSample(BernoulliSample sample) {
        return sample != null && sample.unit() == BernoulliSample.Unit.DOCUMENTS ? sample : null;
    }

    private Dataset<Row> aggregate(InputListing listing, ExtractFunction extraction) {
        List<Integer> bySize = bySize(listing);
        JavaRDD<Integer> perFile = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(bySize, bySize.size()).setName(InputProgress.INPUT_FILES);
        return FactoidState.addUp(spark.createDataFrame(perFile.mapPartitions(extraction), ExtractedRow.SCHEMA),
                ExtractedRow.KEY, "source", sum("entity_documents").as("entity_documents"));
    }

    /**
     * The files' indices in the listing, largest file first. Tasks get the index, not the SourceFile record: Kryo
     * (spark.serializer on most clusters, conf/cluster.conf) cannot serialise Java records, and the index is the
     * source column anyway.
     */
    private static List<Integer> bySize(InputListing listing) {
        Map<SourceFile, Integer> position = new HashMap<>();
        for (int i = 0; i < listing.files().size(); i++) {
            position.put(listing.files().get(i), i);
        }
        return listing.bySizeDescending().stream().map(position::get).toList();
    }

    /** One input of _MANIFEST.json: the file and its counters as in sources/. */
    private static Map<String, Object> manifestInput(SourceTable.Source f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", f.path());
        m.put("bytes", f.bytes());
        m.put("format", f.format());
        m.put("compression", f.compression());
        m.put("units", f.units());
        m.put("documents", f.documents());
        m.put("bad_records", f.badRecords());
        m.put("warnings", f.warnings());
        m.put("rejections", f.rejections());
        m.put("bad_record_locations", f.locations());
        m.put("status", f.status().stored());
        return m;
    }

    /** The table printed at the end of a run. */
    public static String table(RunResult result) {
        return DomainTable.text(result.summaries());
    }
}
