package org.factfloor.job;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.FactMatcher;
import org.factfloor.output.Manifest;
import org.factfloor.output.Reports;
import org.factfloor.output.RunOutput;
import org.factfloor.stats.DomainSummary;

/**
 * The one writer of an output, for `run` and `merge` alike (DESIGN §2, §5): every table, summary.json, the
 * manifest, report.md and report.html (rendered from the staging directory, as `factfloor report` renders them
 * from the committed one) and _SUCCESS, published atomically; nothing is published when anything fails.
 */
final class OutputWriter {
    private final SparkSession spark;
    private final FactfloorConfig config;
    private final Map<String, FactMatcher> tables;

    /** @param tables the compiled fact tables of the config's cooccurrence domains ({@link FactTables}) */
    OutputWriter(SparkSession spark, FactfloorConfig config, Map<String, FactMatcher> tables) {
        this.spark = spark;
        this.config = config;
        this.tables = tables;
        // One _SUCCESS per output, written last at its top, not one per table.
        hadoop().setBoolean("mapreduce.fileoutputcommitter.marksuccessfuljobs", false);
    }

    /** Checks up front, before any Spark work, that the output may be written. */
    RunOutput prepare(String target, boolean overwrite, String runId) {
        return RunOutput.prepare(target, overwrite, runId, hadoop());
    }

    /**
     * As {@link #prepare} for a cumulative directory that replaces the version {@code baseRunId} (null: none yet):
     * publishing fails if another merge replaced it meanwhile.
     */
    RunOutput prepareReplacing(String target, String baseRunId, String runId) {
        return RunOutput.prepareReplacing(target, baseRunId, runId, hadoop());
    }

    /**
     * Computes the contents, writes them and publishes the output; on any failure removes the staging directory
     * and rethrows.
     *
     * @param started System.nanoTime() when the command started, for the manifest's elapsed time
     * @return the per-domain summaries, in the config's domain order
     */
    List<DomainSummary> publish(RunOutput output, Supplier<OutputContents> contents, long started) {
        try {
            List<DomainSummary> summaries = write(output, contents.get(), started);
            output.commit();
            return summaries;
        } catch (Exception e) { // also Spark's SparkException, which Scala throws undeclared
            output.abort();
            throw e;
        }
    }

    private List<DomainSummary> write(RunOutput output, OutputContents c, long started) {
        StatisticsStage.Written written = new StatisticsStage(spark, config, tables)
                .write(output, c.state(), c.documentsScanned(), c.corpusId(), c.runId(), c.corpusIds(), c.sample());
        List<DomainSummary> summaries = written.summaries();
        Map<String, Map<String, Long>> singletons = written.singletonsByFile();
        SourceTable.write(spark, c.sources().stream()
                .map(s -> s.withSingletons(singletons.getOrDefault(s.path(), Map.of()))).toList(), output);
        c.moreTables().forEach(t -> t.write(output, summaries));
        output.writeText("_MANIFEST.json", manifest(c, started).render());
        Reports.render(output.stagingDirectory(), hadoop()).forEach(output::writeText);
        return summaries;
    }

    private Manifest manifest(OutputContents c, long started) {
        Manifest manifest = new Manifest()
                .put("corpus_id", c.corpusId())
                .put("run_id", c.runId())
                .put("corpora", c.corpora().stream().map(ContainedCorpus::toJson).toList());
        c.lineage().forEach(manifest::put);
        manifest.put("finished_at", Instant.now().toString())
                .put("elapsed_seconds", (System.nanoTime() - started) / 1e9)
                .put("config_digest", config.digest())
                .put("count_unit", config.countUnit().column())
                .put("domains", config.domains().stream().map(DomainSpec::name).toList())
                .put("versions", versions(spark))
                .put("documents", c.documents())
                .put("documents_scanned", c.documentsScanned())
                .put("bad_records", c.badRecords());
        c.inputs().forEach(manifest::put);
        return manifest;
    }

    /** factfloor, Spark and Java versions, as every manifest records them. */
    static Map<String, Object> versions(SparkSession spark) {
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("factfloor", Versions.factfloor());
        versions.put("spark", spark.version());
        versions.put("java", System.getProperty("java.version"));
        return versions;
    }

    private Configuration hadoop() {
        return spark.sparkContext().hadoopConfiguration();
    }
}
