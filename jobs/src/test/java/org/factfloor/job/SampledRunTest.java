package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.input.InputListing;
import org.factfloor.input.SourceFile;
import org.factfloor.sample.BernoulliSample;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.factfloor.sample.SampledTruth;
import org.factfloor.stats.DomainPrediction;
import org.factfloor.stats.DomainSummary;
import org.factfloor.stats.ExtrapolationSettings;
import org.factfloor.stats.FrequencySpectrum;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `run --sample` end to end on a generated corpus: a document sample counts exactly the kept documents' factoids
 * and predicts the full corpus as the Spark-free code does; a file sample never opens a dropped file.
 */
class SampledRunTest {
    /** The domains the generator writes (former-capitals, fed by past-tense statements, stays empty there). */
    private static final List<String> GENERATED_DOMAINS = List.of("capitals", "citations", "death-dates");
    private static final int DOCUMENTS = 4000;
    private static final int SHARDS = 8;
    private static final BernoulliSample BY_DOCUMENTS = new BernoulliSample(0.25, BernoulliSample.Unit.DOCUMENTS, 3);
    private static final BernoulliSample BY_FILES = new BernoulliSample(0.5, BernoulliSample.Unit.FILES, 1);

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static FactfloorConfig config;
    private static final SampledTruth TRUTH = new SampledTruth();
    private static RunResult documentSample;
    private static RunResult fileSample;
    private static Set<String> keptFiles;

    @BeforeAll
    static void runBoth() throws IOException {
        spark = TestSpark.session();
        new CorpusGenerator(new GeneratorOptions(dir.resolve("gen"), DOCUMENTS, 0, SHARDS, 2024, true), TRUTH)
                .generate();
        config = FactfloorConfig.load(null, Map.of(), GENERATED_DOMAINS);
        String corpus = dir.resolve("gen/corpus").toString();
        documentSample = new RunJob(spark, config).run(new RunOptions(List.of(corpus), dir.resolve("docs").toString(),
                "generated", false, false, false, 1.0, BY_DOCUMENTS));
        List<SourceFile> listed = InputListing.of(List.of(corpus), config.input(),
                spark.sparkContext().hadoopConfiguration()).files();
        keptFiles = listed.stream().map(SourceFile::path).filter(BY_FILES::keeps).collect(Collectors.toSet());
        for (SourceFile f : listed) {
            if (!keptFiles.contains(f.path())) { // were it opened, it would count a corrupt stream
                Files.write(Path.of(URI.create(f.path())), "not gzip at all".getBytes(StandardCharsets.US_ASCII));
            }
        }
        fileSample = new RunJob(spark, config).run(new RunOptions(List.of(corpus), dir.resolve("files").toString(),
                "generated", false, false, false, 1.0, BY_FILES));
    }

    @Test
    void aDocumentSampleCountsExactlyTheKeptDocuments() {
        assertEquals(DOCUMENTS, documentSample.documents(), "every document is read");
        assertEquals(TRUTH.kept(BY_DOCUMENTS), documentSample.summaries().get(0).documentsScanned());
        Map<String, FrequencySpectrum[]> expected = TRUTH.spectra(BY_DOCUMENTS);
        for (DomainSummary s : documentSample.summaries()) {
            assertEquals(expected.get(s.domain())[0], s.factoids().spectrum(), s.domain());
            assertEquals(expected.get(s.domain())[1], s.entities(), s.domain());
        }
    }

    @Test
    void theFullCorpusPredictionIsTheSparkFreeOne() {
        Map<String, Row> rows = new HashMap<>();
        for (Row r : spark.read().parquet(dir.resolve("docs/prediction").toString())
                .filter("target = 'full_corpus'").collectAsList()) {
            rows.put(r.getAs("domain") + "/" + r.getAs("level"), r);
        }
        assertEquals(6, rows.size());
        long kept = TRUTH.kept(BY_DOCUMENTS);
        for (DomainSummary s : documentSample.summaries()) {
            // The scale as SampledRun computes it for a document sample.
            DomainPrediction p = DomainPrediction.of(s, ExtrapolationSettings.defaults(),
                    org.factfloor.stats.SampleScale.ofDocuments(DOCUMENTS, kept, s.n()),
                    org.factfloor.stats.SampleScale.ofDocuments(DOCUMENTS, kept, s.entityN()));
            Row factoid = rows.get(s.domain() + "/factoid");
            assertEquals("poisson_lognormal", factoid.getAs("estimator"));
            assertEquals((double) s.n() * DOCUMENTS / kept, factoid.<Double>getAs("n"), 1e-6);
            assertEquals(p.fullCorpus().factoids().singletonRate().estimate(),
                    factoid.<Double>getAs("singleton_rate"), 0, s.domain());
            assertEquals(p.fullCorpus().factoids().singletonRate().low(),
                    factoid.<Double>getAs("singleton_rate_low"), 0, s.domain());
            assertEquals(p.fullCorpus().kv2024().estimate(), factoid.<Double>getAs("floor_kv2024"), 0);
            assertEquals(p.fullCorpus().knvz2025().high(),
                    rows.get(s.domain() + "/entity").<Double>getAs("floor_knvz2025_high"), 0);
        }
    }

    @Test
    void summaryJsonSaysHowTheRunSampled() throws IOException {
        String json = Files.readString(dir.resolve("docs/summary.json"));
        assertTrue(json.contains("\"sampled\" : true") && json.contains("\"fraction\" : 0.25")
                && json.contains("\"by\" : \"documents\"") && json.contains("\"seed\" : 3")
                && json.contains("\"full_corpus\" : {"), json);
        assertTrue(Files.readString(dir.resolve("files/summary.json")).contains("\"by\" : \"files\""));
    }

    @Test
    void aFileSampleNeverOpensTheFilesItDrops() {
        List<Row> sources = spark.read().parquet(dir.resolve("files/sources").toString()).collectAsList();
        assertEquals(keptFiles, sources.stream().map(r -> r.<String>getAs("path")).collect(Collectors.toSet()));
        assertTrue(keptFiles.size() > 0 && keptFiles.size() < SHARDS, "the sample kept " + keptFiles.size());
        assertEquals(0, fileSample.badRecords(), "a dropped (corrupted) file was read");
        // The generator deals document i to shard i mod SHARDS: the file sample is exactly those documents.
        Set<Integer> shards = keptFiles.stream().map(p -> Integer.parseInt(p.replaceAll(".*part-(\\d+).*", "$1")))
                .collect(Collectors.toSet());
        Map<String, FrequencySpectrum[]> expected = TRUTH.spectraWhere(id -> shards.contains(
                (int) (Long.parseLong(id.substring(4)) % SHARDS)));
        Map<String, FrequencySpectrum> actual = new TreeMap<>();
        fileSample.summaries().forEach(s -> actual.put(s.domain(), s.factoids().spectrum()));
        expected.forEach((domain, levels) -> assertEquals(levels[0], actual.get(domain), domain));
        assertEquals(fileSample.documents(), fileSample.summaries().get(0).documentsScanned());
    }
}
