package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DomainSpec;
import org.factfloor.output.AlreadyCommitted;
import org.factfloor.output.OutputExists;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.factfloor.sample.GroundTruth;
import org.factfloor.stats.CountUnit;
import org.factfloor.stats.DomainSummary;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.SpectrumEstimate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `run` end to end on a generated corpus: every count, every N_r and every summary figure equal the ground truth. */
class RunJobTest {
    private static final int DOCUMENTS = 6000;

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static FactfloorConfig config;
    private static RunResult result;
    private static Path output;

    @BeforeAll
    static void runOnce() throws IOException {
        spark = TestSpark.session();
        new CorpusGenerator(new GeneratorOptions(dir.resolve("gen"), DOCUMENTS, 0, 5, 2024, true)).generate();
        // The generator writes these three domains; former-capitals (fed by capitals' past tense) would be empty.
        config = FactfloorConfig.load(null, Map.of(), List.of("capitals", "citations", "death-dates"));
        output = dir.resolve("out");
        result = new RunJob(spark, config).run(new RunOptions(List.of(dir.resolve("gen/corpus").toString()),
                output.toString(), "generated", false, false));
    }

    @Test
    void everyFactoidCountEqualsTheGroundTruth() throws IOException {
        Map<String, long[]> expected = new TreeMap<>();
        for (GroundTruth.Row r : truth(GroundTruth.FACTOIDS_FILE)) {
            expected.put(r.domain() + "|" + r.entity() + "|" + r.attribute(), new long[] {r.documents(), r.mentions()});
        }
        Map<String, long[]> actual = new TreeMap<>();
        for (Row r : spark.read().parquet(output.resolve("factoids").toString()).collectAsList()) {
            actual.put(r.getAs("domain") + "|" + r.getAs("entity") + "|" + r.getAs("attribute"),
                    new long[] {r.<Long>getAs("documents"), r.<Long>getAs("mentions")});
        }
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((key, counts) -> {
            assertEquals(counts[0], actual.get(key)[0], "documents of " + key);
            assertEquals(counts[1], actual.get(key)[1], "mentions of " + key);
        });
        assertTrue(expected.size() > 1000, "the generated corpus has a real spectrum: " + expected.size());
    }

    @Test
    void everyEntityCountEqualsTheGroundTruth() throws IOException {
        Map<String, long[]> expected = new TreeMap<>();
        for (GroundTruth.Row r : truth(GroundTruth.ENTITIES_FILE)) {
            expected.put(r.domain() + "|" + r.entity(), new long[] {r.documents(), r.mentions()});
        }
        Map<String, long[]> actual = new TreeMap<>();
        for (Row r : spark.read().parquet(output.resolve("entities").toString()).collectAsList()) {
            actual.put(r.getAs("domain") + "|" + r.getAs("entity"),
                    new long[] {r.<Long>getAs("documents"), r.<Long>getAs("mentions")});
        }
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((key, counts) -> {
            assertEquals(counts[0], actual.get(key)[0], "documents of " + key);
            assertEquals(counts[1], actual.get(key)[1], "mentions of " + key);
        });
    }

    @Test
    void everySpectrumRowAndSummaryFigureEqualsTheGroundTruth() throws IOException {
        Map<String, Map<Long, Long>> factoidSpectra = spectra(truth(GroundTruth.FACTOIDS_FILE));
        Map<String, Map<Long, Long>> entitySpectra = spectra(truth(GroundTruth.ENTITIES_FILE));
        Map<String, Map<Long, Long>> written = new HashMap<>();
        for (Row r : spark.read().parquet(output.resolve("spectrum").toString()).collectAsList()) {
            written.computeIfAbsent(r.getAs("domain") + "/" + r.getAs("level"), k -> new TreeMap<>())
                    .put(r.getAs("r"), r.getAs("n_r"));
        }
        Map<String, Row> summaries = new HashMap<>();
        for (Row r : spark.read().parquet(output.resolve("summary").toString()).collectAsList()) {
            summaries.put(r.getAs("domain"), r);
        }
        assertEquals(3, summaries.size());
        for (DomainSpec d : config.domains()) {
            assertEquals(factoidSpectra.get(d.name()), written.get(d.name() + "/factoid"), d.name());
            assertEquals(entitySpectra.get(d.name()), written.get(d.name() + "/entity"), d.name());
            DomainSummary expected = DomainSummary.of(d.name(), CountUnit.DOCUMENTS, DOCUMENTS,
                    FrequencySpectrum.of(factoidSpectra.get(d.name())), FrequencySpectrum.of(entitySpectra.get(d.name())),
                    config.estimatorSettings(d), null);
            Row s = summaries.get(d.name());
            assertEquals(DOCUMENTS, s.<Long>getAs("documents_scanned"));
            assertEquals(expected.n(), s.<Long>getAs("n"));
            assertEquals(expected.distinct(), s.<Long>getAs("distinct"));
            assertEquals(expected.n1(), s.<Long>getAs("n1"));
            assertEquals(expected.n2(), s.<Long>getAs("n2"));
            assertEquals(expected.entityN(), s.<Long>getAs("entity_n"));
            assertEquals(expected.entityN1(), s.<Long>getAs("entity_n1"));
            assertEquals(expected.singletonRate(), s.<Double>getAs("singleton_rate"));
            assertEquals(expected.entitySingletonRate(), s.<Double>getAs("entity_singleton_rate"));
            assertEquals(expected.gtCiLow(), s.<Double>getAs("gt_ci_low"));
            assertEquals(expected.gtCiHigh(), s.<Double>getAs("gt_ci_high"));
            assertEquals(expected.floorKv2024(), s.<Double>getAs("floor_kv2024"));
            assertEquals(expected.floorKnvz2025(), s.<Double>getAs("floor_knvz2025"));
            assertEquals("generated", s.getAs("corpus_id"));
            assertEquals(result.runId(), s.getAs("run_id"));
        }
        // Kalai's expectation holds on the generated corpus: capitals repeat, death dates are mostly one-offs.
        assertTrue(summaries.get("capitals").<Double>getAs("singleton_rate") < 0.05);
        assertTrue(summaries.get("death-dates").<Double>getAs("singleton_rate") > 0.3);
    }

    @Test
    void theSameSpectrumThroughEstimateGivesIdenticalNumbers() throws IOException {
        Map<String, Row> summaries = new HashMap<>();
        for (Row r : spark.read().parquet(output.resolve("summary").toString()).collectAsList()) {
            summaries.put(r.getAs("domain"), r);
        }
        List<Row> spectrum = spark.read().parquet(output.resolve("spectrum").toString())
                .filter("level = 'factoid'").orderBy("domain", "r").collectAsList();
        for (DomainSpec d : config.domains()) {
            StringBuilder tsv = new StringBuilder("r\tn_r\n");
            Map<Long, Double> writtenRStar = new TreeMap<>();
            for (Row r : spectrum) {
                if (r.getAs("domain").equals(d.name())) {
                    tsv.append(r.<Long>getAs("r")).append('\t').append(r.<Long>getAs("n_r")).append('\n');
                    writtenRStar.put(r.getAs("r"), r.getAs("r_star"));
                }
            }
            Path file = dir.resolve(d.name() + ".tsv");
            Files.writeString(file, tsv);
            SpectrumEstimate e = SpectrumEstimate.of(org.factfloor.cli.EstimateCommandAccess.readSpectrum(file),
                    config.estimatorSettings(d));
            Row s = summaries.get(d.name());
            assertEquals(e.singletonRate(), s.<Double>getAs("singleton_rate"));
            assertEquals(e.coverage(), s.<Double>getAs("coverage"));
            assertEquals(e.goodTuring().ciHigh(), s.<Double>getAs("gt_ci_high"));
            assertEquals(e.kv2024().floor(), s.<Double>getAs("floor_kv2024"));
            assertEquals(e.sgt().applicable(), s.<Boolean>getAs("sgt_applicable"));
            assertEquals(e.sgt().slope(), s.<Double>getAs("sgt_slope"));
            assertEquals(e.sgt().p0(), s.<Double>getAs("sgt_p0"));
            assertEquals(e.chao1().biasCorrected(), s.<Double>getAs("chao1_bias_corrected"));
            assertEquals(e.chao1().ciHigh(), s.<Double>getAs("chao1_ci_high"));
            assertEquals(e.growth().newDistinct(), s.<Double>getAs("growth_new_distinct"));
            assertEquals(e.growth().missingMass(), s.<Double>getAs("growth_missing_mass"));
            for (Map.Entry<Long, Double> r : writtenRStar.entrySet()) {
                assertEquals(e.sgt().rStar().get(r.getKey()), r.getValue(), d.name() + " r*(" + r.getKey() + ")");
            }
        }
    }

    @Test
    void sourcesAccountForEveryShardAndDocument() {
        List<Row> sources = spark.read().parquet(output.resolve("sources").toString()).collectAsList();
        assertEquals(5, sources.size());
        assertEquals(DOCUMENTS, sources.stream().mapToLong(r -> r.<Long>getAs("documents")).sum());
        assertTrue(sources.stream().allMatch(r -> r.getAs("status").equals("ok")));
        Map<String, Long> singletons = new HashMap<>();
        for (Row r : sources) {
            r.<String, Long>getJavaMap(r.fieldIndex("singletons")).forEach((d, c) -> singletons.merge(d, c, Long::sum));
        }
        for (Row s : spark.read().parquet(output.resolve("summary").toString()).collectAsList()) {
            assertEquals(s.<Long>getAs("n1"), singletons.get(s.<String>getAs("domain")), "singletons by source");
        }
        assertEquals(DOCUMENTS, result.documents());
    }

    @Test
    void outputIsCommittedWithSuccessLastAndNoStagingLeft() throws IOException {
        assertTrue(Files.exists(output.resolve("_SUCCESS")));
        for (String f : List.of("summary.json", "report.md", "_MANIFEST.json")) {
            assertTrue(Files.size(output.resolve(f)) > 0, f);
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertFalse(siblings.anyMatch(p -> p.getFileName().toString().contains(".staging-")));
        }
        String json = Files.readString(output.resolve("summary.json"));
        assertTrue(json.contains("\"corpus_id\" : \"generated\"") && json.contains("\"death-dates\""), json);
    }

    @Test
    void anExistingOutputIsReplacedOnlyWithOverwrite() throws IOException {
        RunOptions again = new RunOptions(List.of(dir.resolve("gen/corpus").toString()), output.toString(),
                "generated", false, false);
        AlreadyCommitted same = assertThrows(AlreadyCommitted.class, () -> new RunJob(spark, config).run(again));
        assertEquals("output file:" + output + " already holds run " + result.runId() + " (same corpus id, inputs"
                + " and config); nothing to do — pass --overwrite to compute it again", same.getMessage());
        OutputExists other = assertThrows(OutputExists.class, () -> new RunJob(spark, config).run(new RunOptions(
                again.inputs(), again.output(), "another-corpus", false, false)));
        assertEquals("output file:" + output + " already exists; pass --overwrite to replace it, or choose another"
                + " --output", other.getMessage());
        String before = Files.readString(output.resolve("summary.json"));
        RunResult rerun = new RunJob(spark, config).run(new RunOptions(again.inputs(), again.output(), "generated",
                true, false));
        assertEquals(result.runId(), rerun.runId());
        assertEquals(before, Files.readString(output.resolve("summary.json")), "a rerun reproduces the summary");
    }

    private static List<GroundTruth.Row> truth(String file) throws IOException {
        return GroundTruth.read(dir.resolve("gen/ground-truth").resolve(file));
    }

    private static Map<String, Map<Long, Long>> spectra(List<GroundTruth.Row> rows) {
        Map<String, Map<Long, Long>> spectra = new HashMap<>();
        for (GroundTruth.Row r : rows) {
            spectra.computeIfAbsent(r.domain(), d -> new TreeMap<>()).merge(r.documents(), 1L, Long::sum);
        }
        return spectra;
    }
}
