package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.input.InputError;
import org.factfloor.output.DomainDelta;
import org.factfloor.output.OutputExists;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.factfloor.sample.GroundTruth;
import org.factfloor.stats.CountUnit;
import org.factfloor.stats.DomainSummary;
import org.factfloor.stats.FrequencySpectrum;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `merge` on generated corpora: merge(A, B) equals one run over A ∪ B, reruns reproduce their data byte for byte,
 * a corpus is never counted twice, and a drop of one-off obituaries shows up in the delta as a higher death-dates
 * singleton rate and floor.
 */
class MergeJobTest {
    private static final int DOCUMENTS = 2500;
    private static final int OBITUARIES = 1500;
    private static final List<String> TABLES = List.of("factoids", "entities", "spectrum", "sources");

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static FactfloorConfig config;
    private static RunResult runA;
    private static RunResult runB;
    private static RunResult runObituaries;

    @BeforeAll
    static void generateAndRun() throws IOException {
        spark = TestSpark.session();
        config = FactfloorConfig.load(null, Map.of(), List.of());
        generate("a", new GeneratorOptions(dir.resolve("a"), DOCUMENTS, 0, 3, 11, true));
        generate("b", new GeneratorOptions(dir.resolve("b"), DOCUMENTS, 0, 2, 12, true,
                GeneratorOptions.Mix.STANDARD, 1_000_000));
        generate("obituaries", new GeneratorOptions(dir.resolve("obituaries"), OBITUARIES, 0, 2, 13, true,
                GeneratorOptions.Mix.OBITUARIES, 2_000_000));
        runA = run("a", List.of(corpus("a")), "run-a");
        runB = run("b", List.of(corpus("b")), "run-b");
        runObituaries = run("obituaries", List.of(corpus("obituaries")), "run-obituaries");
    }

    @Test
    void mergeOfTwoRunsEqualsOneRunOverBoth() throws IOException {
        RunResult union = run("a+b", List.of(corpus("a"), corpus("b")), "run-a+b");
        MergeResult merged = merge(new MergeOptions(List.of(runA.output(), runB.output()),
                dir.resolve("merge-a-b").toString(), null, "a+b", false, false));

        assertEquals(List.of("a", "b"), merged.corpusIds());
        assertEquals(List.of("b"), merged.added());
        for (String table : TABLES) {
            assertEquals(contents(union.output(), table), contents(merged.output(), table), table);
        }
        assertEquals(figures(union.output()), figures(merged.output()), "summary figures");
        assertEquals(2 * DOCUMENTS, merged.summaries().get(0).documentsScanned());
        assertEquals(5, contents(merged.output(), "sources").size());
        assertEquals(domainsOf(union.output()), domainsOf(merged.output()), "summary.json figures");
        String json = Files.readString(file(merged.output(), "summary.json"));
        assertTrue(json.contains("\"corpus_ids\" : [ \"a\", \"b\" ]"), json);
        String manifest = Files.readString(file(merged.output(), "_MANIFEST.json"));
        assertTrue(manifest.contains("\"corpus_id\" : \"a\"") && manifest.contains("\"corpus_id\" : \"b\""), manifest);
    }

    @Test
    void rerunsReproduceTheirDataByteForByte() throws IOException {
        RunResult again = run("a", List.of(corpus("a")), "run-a-again");
        assertEquals(runA.runId(), again.runId());
        for (String table : List.of("factoids", "entities", "spectrum", "sources", "summary")) {
            assertEquals(contents(runA.output(), table), contents(again.output(), table), table);
        }
        for (String file : List.of("summary.json", "report.md")) {
            assertEquals(Files.readString(file(runA.output(), file)), Files.readString(file(again.output(), file)),
                    file);
        }
        MergeResult first = merge(new MergeOptions(List.of(runA.output(), runB.output()),
                dir.resolve("rerun-merge-1").toString(), null, "ab", false, false));
        MergeResult second = merge(new MergeOptions(List.of(runA.output(), runB.output()),
                dir.resolve("rerun-merge-2").toString(), null, "ab", false, false));
        assertEquals(first.runId(), second.runId());
        for (String table : List.of("factoids", "entities", "spectrum", "sources", "summary", "delta")) {
            assertEquals(contents(first.output(), table), contents(second.output(), table), table);
        }
        for (String file : List.of("summary.json", "report.md")) {
            assertEquals(Files.readString(file(first.output(), file)),
                    Files.readString(file(second.output(), file)), file);
        }
    }

    @Test
    void oneOffObituariesRaiseTheDeathDatesSingletonRateAndFloorAndTheDeltaSaysSo() throws IOException {
        String cumulative = dir.resolve("cumulative").toString();
        MergeResult first = merge(new MergeOptions(List.of(runA.output()), null, cumulative, null, false, false));
        DomainDelta fresh = delta(first, "death-dates");
        assertNull(fresh.singletonRateBefore());
        assertEquals(first.summaries().stream().filter(s -> s.domain().equals("death-dates")).findFirst()
                .orElseThrow().n1(), fresh.newSingletons());
        assertEquals(0, fresh.noLongerSingletons());

        MergeResult second = merge(new MergeOptions(List.of(runObituaries.output()), null, cumulative, null, false,
                false));
        assertEquals(List.of("a", "obituaries"), second.corpusIds());
        assertEquals("cumulative", spark.read().parquet(cumulative + "/summary").first().getAs("corpus_id"));

        List<GroundTruth.Row> obituaryTruth = truth("obituaries", GroundTruth.FACTOIDS_FILE);
        assertTrue(obituaryTruth.stream().allMatch(r -> r.domain().equals("death-dates") && r.documents() == 1));
        DomainSummary before = summary(List.of("a"), "death-dates", DOCUMENTS);
        DomainSummary after = summary(List.of("a", "obituaries"), "death-dates", DOCUMENTS + OBITUARIES);
        DomainDelta d = delta(second, "death-dates");
        assertEquals(before.singletonRate(), d.singletonRateBefore());
        assertEquals(after.singletonRate(), d.singletonRateAfter());
        assertEquals(before.floorKv2024(), d.floorKv2024Before());
        assertEquals(after.floorKv2024(), d.floorKv2024After());
        assertTrue(d.singletonRateAfter() > d.singletonRateBefore() + 0.1, d.toString());
        assertTrue(d.floorKv2024After() > d.floorKv2024Before() + 0.1, d.toString());
        assertTrue(d.entitySingletonRateAfter() > d.entitySingletonRateBefore(), d.toString());
        assertEquals(obituaryTruth.size(), d.newFactoids());
        assertEquals(obituaryTruth.size(), d.newSingletons());
        assertEquals(0, d.noLongerSingletons());
        assertEquals(truth("obituaries", GroundTruth.ENTITIES_FILE).size(), d.newEntities());
        assertEquals(0, d.newConflicts());
        DomainDelta capitals = delta(second, "capitals");
        assertEquals(capitals.singletonRateBefore(), capitals.singletonRateAfter());
        assertEquals(0, capitals.newFactoids());

        Row written = spark.read().parquet(cumulative + "/delta").filter("domain = 'death-dates'").first();
        assertEquals(List.of("obituaries"), written.getList(written.fieldIndex("added_corpus_ids")));
        assertEquals(d.singletonRateAfter(), written.<Double>getAs("singleton_rate_after"));
        assertEquals(d.newSingletons(), written.<Long>getAs("new_singletons"));
        String report = Files.readString(file(cumulative, "report.md"));
        assertTrue(report.contains("## What adding obituaries changed"), report);
        assertTrue(report.contains("**death-dates**: singleton rate rose from "), report);
        try (Stream<Path> siblings = Files.list(dir)) {
            assertFalse(siblings.anyMatch(p -> p.getFileName().toString().startsWith(".cumulative.")),
                    "no staging or replaced version is left beside the cumulative directory");
        }
    }

    @Test
    void aCorpusAlreadyInsideIsRefusedAndSkippedOnlyWhenAsked() {
        String cumulative = dir.resolve("cumulative-refusals").toString();
        merge(new MergeOptions(List.of(runA.output(), runB.output()), null, cumulative, null, false, false));
        InputError twice = assertThrows(InputError.class, () -> merge(new MergeOptions(List.of(runA.output()), null,
                cumulative, null, false, false)));
        assertTrue(twice.getMessage().startsWith("corpus a of ") && twice.getMessage().contains("is already in"),
                twice.getMessage());
        MergeResult retried = merge(new MergeOptions(List.of(runB.output()), null, cumulative, null, false, true));
        assertFalse(retried.changed());
        assertEquals(List.of("b"), retried.skipped());
        assertThrows(InputError.class, () -> merge(new MergeOptions(List.of(runA.output(), runA.output()),
                dir.resolve("a-twice").toString(), null, null, false, false)));
        assertThrows(OutputExists.class, () -> merge(new MergeOptions(List.of(runA.output(), runB.output()),
                cumulative, null, null, false, false)));

        MergeJob job = new MergeJob(spark, config);
        InputError early = assertThrows(InputError.class, () -> job.checkCanAdd(cumulative, "b"));
        assertTrue(early.getMessage().startsWith("corpus b is already in "), early.getMessage());
        job.checkCanAdd(cumulative, "c");
        job.checkCanAdd(dir.resolve("no-cumulative-yet").toString(), "b");
    }

    @Test
    void anInterruptedPublishIsNeverMistakenForEmptyCumulativeStatistics() throws IOException {
        Files.createDirectories(dir.resolve(".interrupted.replaced-123"));
        String cumulative = dir.resolve("interrupted").toString();
        InputError e = assertThrows(InputError.class, () -> merge(new MergeOptions(List.of(runA.output()), null,
                cumulative, null, false, false)));
        assertTrue(e.getMessage().startsWith("cumulative " + cumulative + " is missing but ")
                && e.getMessage().endsWith("; rename it back to file:" + cumulative + " and rerun"), e.getMessage());
    }

    @Test
    void aCumulativeMovedAsideByAKilledMergeIsRestoredBeforeTheNextMerge() throws IOException {
        Path cumulative = dir.resolve("restored");
        merge(new MergeOptions(List.of(runA.output()), null, cumulative.toString(), null, false, false));
        Files.move(cumulative, dir.resolve(".restored.replaced-killed"));
        Files.createDirectories(dir.resolve(".restored.staging-0123456789abcdef-killed/factoids"));
        MergeResult next = merge(new MergeOptions(List.of(runB.output()), null, cumulative.toString(), null, false,
                false));
        assertEquals(List.of("a", "b"), next.corpusIds());
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".restored.")).toList(), "no staging, replaced or lock file is left");
        }
    }

    @Test
    void onlyCommittedRunsOfTheSameConfigMerge() throws IOException {
        Path uncommitted = dir.resolve("uncommitted");
        Files.createDirectories(uncommitted);
        InputError notCommitted = assertThrows(InputError.class, () -> merge(new MergeOptions(
                List.of(runA.output(), uncommitted.toString()), dir.resolve("x").toString(), null, null, false, false)));
        assertTrue(notCommitted.getMessage().contains("has no _SUCCESS"), notCommitted.getMessage());
        FactfloorConfig mentions = FactfloorConfig.load(null, Map.of("factfloor.count-unit", "mentions"), List.of());
        InputError otherUnit = assertThrows(InputError.class, () -> new MergeJob(spark, mentions).merge(
                new MergeOptions(List.of(runA.output(), runB.output()), dir.resolve("y").toString(), null, null,
                        false, false)));
        assertTrue(otherUnit.getMessage().contains("counts documents, this merge mentions"), otherUnit.getMessage());
        FactfloorConfig confident = FactfloorConfig.load(null, Map.of("factfloor.confidence", 0.95), List.of());
        InputError otherConfig = assertThrows(InputError.class, () -> new MergeJob(spark, confident).merge(
                new MergeOptions(List.of(runA.output(), runB.output()), dir.resolve("z").toString(), null, null,
                        false, false)));
        assertTrue(otherConfig.getMessage().contains("config digest"), otherConfig.getMessage());
    }

    private static void generate(String name, GeneratorOptions options) throws IOException {
        new CorpusGenerator(options).generate();
    }

    private static String corpus(String name) {
        return dir.resolve(name).resolve("corpus").toString();
    }

    private static RunResult run(String corpusId, List<String> inputs, String output) {
        return new RunJob(spark, config).run(new RunOptions(inputs, dir.resolve(output).toString(), corpusId, false,
                false));
    }

    private static MergeResult merge(MergeOptions options) {
        return new MergeJob(spark, config).merge(options);
    }

    /** A table's rows as sorted strings: the contents, independent of file names and partitioning. */
    private static List<String> contents(String output, String table) {
        return spark.read().parquet(output + "/" + table).collectAsList().stream().map(Row::toString).sorted().toList();
    }

    /** The summary's figures without corpus_id, run_id and corpus_ids, which name the output. */
    private static List<String> figures(String output) {
        return spark.read().parquet(output + "/summary").drop("corpus_id", "run_id", "corpus_ids").collectAsList()
                .stream().map(Row::toString).sorted().toList();
    }

    /** A file of an output, given as a plain path or as the file: URI Hadoop qualified it to. */
    private static Path file(String output, String name) {
        return (output.startsWith("file:") ? Path.of(java.net.URI.create(output)) : Path.of(output)).resolve(name);
    }

    private static String domainsOf(String output) throws IOException {
        String json = Files.readString(file(output, "summary.json"));
        return json.substring(json.indexOf("\"domains\""));
    }

    private static DomainDelta delta(MergeResult result, String domain) {
        return result.deltas().stream().filter(d -> d.domain().equals(domain)).findFirst().orElseThrow();
    }

    private static List<GroundTruth.Row> truth(String corpus, String file) throws IOException {
        return GroundTruth.read(dir.resolve(corpus).resolve("ground-truth").resolve(file));
    }

    /** The summary the ground truth of these corpora implies: their factoids are disjoint, so spectra add up. */
    private static DomainSummary summary(List<String> corpora, String domain, long documents) throws IOException {
        Map<Long, Long> factoids = new TreeMap<>();
        Map<Long, Long> entities = new TreeMap<>();
        for (String c : corpora) {
            truth(c, GroundTruth.FACTOIDS_FILE).stream().filter(r -> r.domain().equals(domain))
                    .forEach(r -> factoids.merge(r.documents(), 1L, Long::sum));
            truth(c, GroundTruth.ENTITIES_FILE).stream().filter(r -> r.domain().equals(domain))
                    .forEach(r -> entities.merge(r.documents(), 1L, Long::sum));
        }
        return DomainSummary.of(domain, CountUnit.DOCUMENTS, documents, FrequencySpectrum.of(factoids),
                FrequencySpectrum.of(entities), config.estimatorSettings(config.domain(domain)), null);
    }
}
