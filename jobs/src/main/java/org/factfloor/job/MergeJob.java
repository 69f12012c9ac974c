package org.factfloor.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.input.InputError;
import org.factfloor.output.DomainDelta;
import org.factfloor.output.RunOutput;
import org.factfloor.stats.DomainSummary;

/**
 * `factfloor merge` (DESIGN §2: counts are the mergeable state, statistics are recomputed): sums the factoid and
 * entity counts of committed outputs, unions their sources, recomputes every statistic with {@link StatisticsStage},
 * and writes `delta/` — what the added corpora changed against the base. A corpus is never counted twice: merging
 * one that is already inside is refused.
 */
public final class MergeJob {
    private final SparkSession spark;
    private final FactfloorConfig config;

    public MergeJob(SparkSession spark, FactfloorConfig config) {
        this.spark = spark;
        this.config = config;
    }

    public MergeResult merge(MergeOptions options) {
        long started = System.nanoTime();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
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
            CountedTogether.checkSameCounting(run, config, "merge", true);
        }
        if (base != null) {
            CountedTogether.checkSameCounting(base, config, "merge", true);
        }
        for (CommittedRun run : added) {
            if (options.skipAlreadyMerged() && base != null && base.corpora().containsAll(run.corpora())) {
                skipped.addAll(run.corpusIds());
                continue;
            }
            CountedTogether.refuseCorporaInside(run, all);
            all.add(run);
        }
        if (all.size() == (base == null ? 0 : 1)) {
            return new MergeResult(base.path(), base.runId(), base.corpusIds(), List.of(), skipped, List.of(),
                    List.of());
        }
        List<ContainedCorpus> corpora = all.stream().flatMap(r -> r.corpora().stream()).toList();
        List<CommittedRun> additions = all.subList(base == null ? 0 : 1, all.size());
        List<String> addedIds = additions.stream().flatMap(r -> r.corpusIds().stream()).toList();
        String runId = RunId.ofMerge(config.digest(), base == null ? "" : base.runId(),
                additions.stream().map(CommittedRun::runId).toList());
        String corpusId = options.corpusId() != null ? options.corpusId()
                : options.into() != null && base != null ? base.corpusId() : new Path(target).getName();
        List<SourceTable.Source> sources = CountedTogether.sources(spark, all);
        OutputWriter writer = new OutputWriter(spark, config, FactTables.compile(config,
                spark.sparkContext().hadoopConfiguration()));
        RunOutput output = options.into() != null
                ? writer.prepareReplacing(target, base == null ? null : base.runId(), runId)
                : writer.prepare(target, options.overwrite(), runId);
        FactoidState state = FactoidState.add(all.stream().map(r -> FactoidState.read(spark, r.path())).toList(),
                config.countUnit()).persist();
        try {
            DeltaTables delta = new DeltaTables(base, addedIds, state);
            List<DomainSummary> summaries = writer.publish(output, () -> new OutputContents(corpusId, runId, corpora,
                    state, sources, lineage(base, additions), Map.of(), List.of(delta), null), started);
            return new MergeResult(output.target(), runId, corpora.stream().map(ContainedCorpus::corpusId).toList(),
                    addedIds, skipped, summaries, delta.deltas);
        } finally {
            state.unpersist();
        }
    }

    /** delta/: what the added corpora changed against the base, once the merged summaries are known. */
    private final class DeltaTables implements OutputContents.MoreTables {
        private final CommittedRun base;
        private final List<String> addedIds;
        private final FactoidState merged;
        private List<DomainDelta> deltas = List.of();

        DeltaTables(CommittedRun base, List<String> addedIds, FactoidState merged) {
            this.base = base;
            this.addedIds = addedIds;
            this.merged = merged;
        }

        @Override
        public void write(RunOutput output, List<DomainSummary> summaries) {
            DeltaTable deltaTable = new DeltaTable(spark, config.countUnit());
            FactoidState before = base == null ? FactoidState.empty(spark) : FactoidState.read(spark, base.path());
            deltas = deltaTable.compute(before.factoids(), baseEntities(base), baseSummaries(base),
                    merged.factoids(), spark.read().parquet(output.staged("entities")),
                    summaries);
            ParquetTables.write(deltaTable.table(deltas, addedIds), output.staged("delta"), null);
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

    /** The manifest fields naming what the merge was made of. */
    private static Map<String, Object> lineage(CommittedRun base, List<CommittedRun> additions) {
        Map<String, Object> lineage = new LinkedHashMap<>();
        lineage.put("base", base == null ? null : base.path());
        lineage.put("added", additions.stream().map(CommittedRun::path).toList());
        return lineage;
    }
}
