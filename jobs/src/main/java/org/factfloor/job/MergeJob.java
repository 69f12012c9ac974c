package org.factfloor.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DomainSpec;
import org.factfloor.input.InputError;
import org.factfloor.output.DeltaReport;
import org.factfloor.output.DomainDelta;
import org.factfloor.output.Manifest;
import org.factfloor.output.ReportMarkdown;
import org.factfloor.output.RunFacts;
import org.factfloor.output.RunOutput;
import org.factfloor.stats.DomainSummary;

/**
 * `factfloor merge` (DESIGN §2: counts are the mergeable state, statistics are recomputed): sums the factoid and
 * entity counts of committed outputs, unions their sources, recomputes every statistic with {@link StatisticsStage},
 * and writes `delta/` — what the added corpora changed against the base. A corpus is never counted twice: merging
 * one that is already inside is refused.
 */
public final class MergeJob {
    static final StructType FACTOIDS_SCHEMA = new StructType()
            .add("domain", DataTypes.StringType, false)
            .add("entity", DataTypes.StringType, false)
            .add("attribute", DataTypes.StringType, false)
            .add("mentions", DataTypes.LongType, false)
            .add("documents", DataTypes.LongType, false)
            .add("example", DataTypes.StringType, true)
            .add("singleton_source", DataTypes.StringType, true);

    private final SparkSession spark;
    private final FactfloorConfig config;

    public MergeJob(SparkSession spark, FactfloorConfig config) {
        this.spark = spark;
        this.config = config;
    }

    public MergeResult merge(MergeOptions options) {
        long started = System.nanoTime();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        hadoop.setBoolean("mapreduce.fileoutputcommitter.marksuccessfuljobs", false);
        CommittedRun base;
        List<CommittedRun> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String target;
        if (options.into() != null) {
            base = existingCumulative(options.into(), hadoop);
            target = options.into();
        } else {
            base = CommittedRun.open(options.inputs().get(0), hadoop);
            target = options.output();
        }
        List<String> toAdd = options.into() != null ? options.inputs()
                : options.inputs().subList(1, options.inputs().size());
        for (String input : toAdd) {
            added.add(CommittedRun.open(input, hadoop));
        }
        List<CommittedRun> all = new ArrayList<>();
        if (base != null) {
            all.add(base);
        }
        for (CommittedRun run : added) {
            checkSameCounting(run);
        }
        if (base != null) {
            checkSameCounting(base);
        }
        for (CommittedRun run : added) {
            if (options.skipAlreadyMerged() && base != null && base.corpora().containsAll(run.corpora())) {
                skipped.addAll(run.corpusIds());
                continue;
            }
            refuseCorporaInside(run, all);
            all.add(run);
        }
        if (all.size() == (base == null ? 0 : 1)) {
            return new MergeResult(base.path(), base.runId(), base.corpusIds(), List.of(), skipped, List.of(),
                    List.of());
        }
        List<String> corpusIds = new ArrayList<>();
        List<ContainedCorpus> corpora = new ArrayList<>();
        for (CommittedRun run : all) {
            corpusIds.addAll(run.corpusIds());
            corpora.addAll(run.corpora());
        }
        List<CommittedRun> additions = all.subList(base == null ? 0 : 1, all.size());
        List<String> addedIds = additions.stream().flatMap(r -> r.corpusIds().stream()).toList();
        String runId = runId(config.digest(), base, additions);
        String corpusId = options.corpusId() != null ? options.corpusId()
                : options.into() != null && base != null ? base.corpusId() : new Path(target).getName();
        List<SourceTable.Source> sources = sources(all);
        RunOutput output = options.into() != null
                ? RunOutput.prepareReplacing(target, base == null ? null : base.runId(), runId, hadoop)
                : RunOutput.prepare(target, options.overwrite(), runId, hadoop);
        Dataset<Row> factoids = null;
        try {
            factoids = summedFactoids(all).persist(StorageLevel.MEMORY_AND_DISK());
            long documents = all.stream().mapToLong(CommittedRun::documents).sum();
            List<DomainSummary> summaries = new StatisticsStage(spark, config).write(output, factoids,
                    summedEntities(all), documents, corpusId, runId, corpusIds);
            List<SourceTable.Source> merged = withSingletons(sources, SingletonSources.byFile(factoids));
            ParquetTables.write(spark.createDataFrame(merged.stream().map(SourceTable.Source::toRow).toList(),
                    SourceTable.SCHEMA).orderBy("path").coalesce(1), output.staged("sources"), null);
            DeltaTable deltaTable = new DeltaTable(spark, config.countUnit());
            List<DomainDelta> deltas = deltaTable.compute(baseFactoids(base), baseEntities(base),
                    baseSummaries(base), factoids, spark.read().parquet(output.staged("entities")), summaries);
            ParquetTables.write(deltaTable.table(deltas, addedIds), output.staged("delta"), null);
            long bad = merged.stream().mapToLong(SourceTable.Source::badTotal).sum();
            RunFacts facts = new RunFacts(corpusId, runId, merged.size(),
                    merged.stream().mapToLong(SourceTable.Source::bytes).sum(), documents, bad);
            output.writeText("report.md", ReportMarkdown.render(facts, summaries)
                    + DeltaReport.render(base == null ? List.of() : base.corpusIds(), addedIds, deltas));
            output.writeText("_MANIFEST.json", manifest(corpusId, runId, corpora, base, additions, documents, bad,
                    started).render());
            output.commit();
            return new MergeResult(output.target(), runId, corpusIds, addedIds, skipped, summaries, deltas);
        } catch (RuntimeException e) {
            output.abort();
            throw e;
        } finally {
            if (factoids != null) {
                factoids.unpersist();
            }
        }
    }

    /**
     * Before a long run that will be merged into a cumulative directory: refuses at once when that directory
     * cannot take it — a corpus of the same id is already inside, or an interrupted publish must be repaired.
     */
    public void checkCanAdd(String cumulative, String corpusId) {
        CommittedRun inside = existingCumulative(cumulative, spark.sparkContext().hadoopConfiguration());
        if (inside != null && inside.corpusIds().contains(corpusId)) {
            throw new InputError("corpus " + corpusId + " is already in " + inside.path() + "; merging it again would"
                    + " count its factoids twice (give a new --corpus-id to a different corpus, or run without"
                    + " --merge-into)");
        }
    }

    /**
     * The cumulative directory's committed state, or null when it does not exist yet, after finishing or undoing
     * what a killed merge left (RunOutput.recoverInterrupted). A missing directory beside a `.NAME.replaced-*`
     * sibling that could not be restored would make starting afresh silently drop every corpus merged so far, so
     * that is an error.
     */
    private static CommittedRun existingCumulative(String dir, Configuration hadoop) {
        try {
            RunOutput.recoverInterrupted(dir, hadoop);
            Path p = new Path(dir);
            FileSystem fs = p.getFileSystem(hadoop);
            p = fs.makeQualified(p);
            if (fs.exists(p)) {
                return CommittedRun.open(dir, hadoop);
            }
            FileStatus[] orphans = fs.globStatus(new Path(p.getParent(), "." + p.getName() + ".replaced-*"));
            if (orphans != null && orphans.length > 0) {
                throw new InputError("cumulative " + dir + " is missing but " + orphans[0].getPath() + " holds its"
                        + " previous version (a publish was interrupted); rename it back to " + p + " and rerun");
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot inspect " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Counts only add up when they were made the same way: same config, count unit and domains. */
    private void checkSameCounting(CommittedRun run) {
        if (!run.countUnit().equals(config.countUnit())) {
            throw new InputError(run.path() + " counts " + run.countUnit() + ", this merge " + config.countUnit()
                    + "; pass --count-unit " + run.countUnit() + " (outputs of different count units cannot be merged)");
        }
        List<String> domains = config.domains().stream().map(DomainSpec::name).toList();
        if (!run.domains().equals(domains)) {
            throw new InputError(run.path() + " has domains " + run.domains() + ", this merge " + domains
                    + "; pass --domains " + String.join(",", run.domains()) + " (only outputs of the same domains merge)");
        }
        if (!run.configDigest().equals(config.digest())) {
            throw new InputError(run.path() + " was made with config digest " + run.configDigest().substring(0, 12)
                    + "…, this merge has " + config.digest().substring(0, 12) + "…; pass the --config, --count-unit,"
                    + " --confidence and --format its run used (outputs of different configs cannot be merged)");
        }
    }

    /** Double counting would silently lower every singleton rate, so a corpus already inside is refused. */
    private static void refuseCorporaInside(CommittedRun run, List<CommittedRun> inside) {
        for (CommittedRun other : inside) {
            for (String id : run.corpusIds()) {
                if (other.corpusIds().contains(id)) {
                    throw new InputError("corpus " + id + " of " + run.path() + " is already in " + other.path()
                            + "; merging it again would count its factoids twice (give a new --corpus-id to a"
                            + " different corpus)");
                }
            }
        }
    }

    /** One row per input file of every merged output; an input file counted under two corpora is refused. */
    private List<SourceTable.Source> sources(List<CommittedRun> runs) {
        Map<String, String> owner = new HashMap<>();
        List<SourceTable.Source> sources = new ArrayList<>();
        for (CommittedRun run : runs) {
            for (Row r : spark.read().schema(SourceTable.SCHEMA).parquet(run.table("sources")).collectAsList()) {
                String path = r.getAs("path");
                String previous = owner.put(path, run.path());
                if (previous != null) {
                    throw new InputError("input file " + path + " was counted both in " + previous + " and in "
                            + run.path() + "; merging would count its factoids twice");
                }
                sources.add(new SourceTable.Source(path, r.getAs("format"), r.getAs("compression"), r.getAs("bytes"),
                        r.getAs("units"), r.getAs("documents"), r.getJavaMap(r.fieldIndex("mentions")), Map.of(),
                        r.getJavaMap(r.fieldIndex("bad_records")), r.getJavaMap(r.fieldIndex("warnings")),
                        new ArrayList<>(r.getList(r.fieldIndex("bad_record_locations")))));
            }
        }
        return sources;
    }

    private static List<SourceTable.Source> withSingletons(List<SourceTable.Source> sources,
                                                           Map<String, Map<String, Long>> singletons) {
        return sources.stream().map(s -> new SourceTable.Source(s.path(), s.format(), s.compression(), s.bytes(),
                s.units(), s.documents(), new TreeMap<>(s.mentions()), singletons.getOrDefault(s.path(), Map.of()),
                new TreeMap<>(s.badRecords()), new TreeMap<>(s.warnings()), s.locations())).toList();
    }

    /**
     * Sums per factoid; the example is the smallest surface form, as in a run. A factoid seen once in the union was
     * seen once in exactly one merged output, whose singleton_source is therefore the file to keep.
     */
    private Dataset<Row> summedFactoids(List<CommittedRun> runs) {
        return union(runs.stream().map(this::factoids).toList())
                .groupBy("domain", "entity", "attribute")
                .agg(sum("mentions").as("mentions"), sum("documents").as("documents"), min("example").as("example"),
                        min("singleton_source").as("singleton_source"))
                .withColumn("singleton_source",
                        when(col(config.countUnit()).equalTo(1L), col("singleton_source")));
    }

    private Dataset<Row> summedEntities(List<CommittedRun> runs) {
        return union(runs.stream().map(r -> spark.read().parquet(r.table("entities"))
                        .select("domain", "entity", "mentions", "documents")).toList())
                .groupBy("domain", "entity").agg(sum("mentions").as("mentions"), sum("documents").as("documents"));
    }

    private Dataset<Row> factoids(CommittedRun run) {
        return spark.read().schema(FACTOIDS_SCHEMA).parquet(run.table("factoids"))
                .select("domain", "entity", "attribute", "mentions", "documents", "example", "singleton_source");
    }

    private Dataset<Row> baseFactoids(CommittedRun base) {
        return base != null ? factoids(base)
                : spark.createDataFrame(List.of(), FACTOIDS_SCHEMA);
    }

    private Dataset<Row> baseEntities(CommittedRun base) {
        return base != null ? spark.read().parquet(base.table("entities")).select("domain", "entity",
                "distinct_attributes")
                : spark.createDataFrame(List.of(), new StructType().add("domain", DataTypes.StringType)
                        .add("entity", DataTypes.StringType).add("distinct_attributes", DataTypes.LongType));
    }

    private Map<String, Row> baseSummaries(CommittedRun base) {
        Map<String, Row> rows = new HashMap<>();
        if (base != null) {
            for (Row r : spark.read().parquet(base.table("summary")).collectAsList()) {
                rows.put(r.getAs("domain"), r);
            }
        }
        return rows;
    }

    private static Dataset<Row> union(List<Dataset<Row>> tables) {
        Dataset<Row> all = tables.get(0);
        for (Dataset<Row> t : tables.subList(1, tables.size())) {
            all = all.unionByName(t);
        }
        return all;
    }

    private Manifest manifest(String corpusId, String runId, List<ContainedCorpus> corpora, CommittedRun base,
                              List<CommittedRun> additions, long documents, long bad, long started) {
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("factfloor", Versions.factfloor());
        versions.put("spark", spark.version());
        versions.put("java", System.getProperty("java.version"));
        return new Manifest()
                .put("corpus_id", corpusId)
                .put("run_id", runId)
                .put("corpora", corpora.stream().map(ContainedCorpus::toJson).toList())
                .put("base", base == null ? null : base.path())
                .put("added", additions.stream().map(CommittedRun::path).toList())
                .put("finished_at", Instant.now().toString())
                .put("elapsed_seconds", (System.nanoTime() - started) / 1e9)
                .put("config_digest", config.digest())
                .put("count_unit", config.countUnit())
                .put("domains", config.domains().stream().map(DomainSpec::name).toList())
                .put("versions", versions)
                .put("documents", documents)
                .put("bad_records", bad);
    }

    /** The same base and the same added runs under the same config give the same id, so reruns are identical. */
    static String runId(String configDigest, CommittedRun base, List<CommittedRun> additions) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("merge\n" + configDigest + "\n" + (base == null ? "" : base.runId()))
                    .getBytes(StandardCharsets.UTF_8));
            for (CommittedRun run : additions) {
                sha.update(("\n" + run.runId()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
