package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.input.InputError;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.factfloor.stats.Extrapolation;
import org.factfloor.stats.ExtrapolationSettings;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.MixtureMoments;
import org.factfloor.stats.SpectrumExtrapolation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * `mix` on runs over generated corpora: weights of 1 give exactly merge's figures, a weight of 0 is the source left
 * out, a fractional weight gives the expectations the generator's ground truth implies, and the mixture/ table and
 * report say which source drives the floor.
 */
class MixJobTest {
    private static final List<String> GENERATED_DOMAINS = MixChecks.GENERATED_DOMAINS;

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static FactfloorConfig config;
    private static String runA;
    private static String runB;
    private static String runObituaries;

    @BeforeAll
    static void generateAndRun() throws IOException {
        spark = TestSpark.session();
        config = FactfloorConfig.load(null, Map.of(), GENERATED_DOMAINS);
        new CorpusGenerator(new GeneratorOptions(dir.resolve("a"), 1500, 0, 2, 21, true)).generate();
        new CorpusGenerator(new GeneratorOptions(dir.resolve("b"), 1200, 0, 2, 22, true,
                GeneratorOptions.Mix.STANDARD, 1_000_000)).generate();
        new CorpusGenerator(new GeneratorOptions(dir.resolve("obituaries"), 1000, 0, 2, 23, true,
                GeneratorOptions.Mix.OBITUARIES, 2_000_000)).generate();
        runA = run("a");
        runB = run("b");
        runObituaries = run("obituaries");
    }

    @Test
    void weightsOfOneEqualTheMergeOfTheRunsExactly() {
        String merged = new MergeJob(spark, config).merge(new MergeOptions(List.of(runA, runB, runObituaries),
                dir.resolve("merged").toString(), null, null, false, false)).output();
        MixResult mix = mix("all-ones", runA + "=1", runB + "=1", runObituaries + "=1");
        MixChecks.assertSameFiguresAsMerge(spark, merged, mix.output());
        byDomain(mix.output()).forEach((domain, row) -> assertEquals(0.0, row.<Double>getAs("n1_sd"), domain));
    }

    @Test
    void aWeightOfZeroIsTheSourceLeftOut() {
        Map<String, Row> with = byDomain(mix("with-zero", runA + "=0.5", runObituaries + "=0").output());
        Map<String, Row> without = byDomain(mix("without", runA + "=0.5").output());
        for (String domain : without.keySet()) {
            for (String figure : MixChecks.FIGURES) {
                Object w = with.get(domain).getAs(figure);
                Object wo = without.get(domain).getAs(figure);
                if (w instanceof Double x) {
                    assertEquals((Double) wo, x, 1e-9 * Math.max(1, Math.abs(x)), domain + " " + figure);
                } else {
                    assertEquals(wo, w, domain + " " + figure);
                }
            }
        }
    }

    @Test
    void domainsChooseASubsetOfTheRunsDomainsWithTheSameFigures() {
        Map<String, Row> all = byDomain(mix("all-domains", runA + "=0.5", runB + "=0.3").output());
        MixResult one = new MixJob(spark, FactfloorConfig.load(null, Map.of(), List.of("death-dates")))
                .mix(new MixOptions(List.of(MixSource.parse(runA + "=0.5"), MixSource.parse(runB + "=0.3")),
                        dir.resolve("mix-death-dates-only").toString(), null, false));
        Map<String, Row> subset = byDomain(one.output());
        assertEquals(java.util.Set.of("death-dates"), subset.keySet());
        for (String figure : MixChecks.FIGURES) {
            Object expected = all.get("death-dates").getAs(figure);
            Object actual = subset.get("death-dates").getAs(figure);
            if (expected instanceof Double x) { // the same sums, perhaps in another order
                assertEquals(x, (Double) actual, 1e-9 * Math.max(1, Math.abs(x)), figure);
            } else {
                assertEquals(expected, actual, figure);
            }
        }
        assertEquals(MixtureMoments.ORDERS * 2, spark.read().parquet(one.output() + "/spectrum").count());
    }

    @Test
    void aFractionalWeightGivesTheExpectationsOfTheGroundTruth() throws IOException {
        MixResult mix = mix("half-fifth", runA + "=0.5", runObituaries + "=0.2");
        Map<String, MixtureMoments> expected = MixChecks.groundTruthMoments(new double[] {0.5, 0.2}, dir.resolve("a"),
                dir.resolve("obituaries"));
        Map<String, Row> actual = byDomain(mix.output());
        for (Map.Entry<String, MixtureMoments> e : expected.entrySet()) {
            Row row = actual.get(e.getKey());
            assertEquals(e.getValue().n(), row.<Double>getAs("n"), 1e-9, e.getKey());
            assertEquals(e.getValue().n1(), row.<Double>getAs("n1"), 1e-9, e.getKey());
            assertEquals(e.getValue().distinct(), row.<Double>getAs("distinct"), 1e-9, e.getKey());
            assertEquals(e.getValue().singletonRateSd(), row.<Double>getAs("singleton_rate_sd"), 1e-12, e.getKey());
        }
        // each source's own singletons add up to E[N1]; the obituaries bring the death-date singletons
        List<Row> deathDates = spark.read().parquet(mix.output() + "/mixture").filter("domain = 'death-dates'")
                .orderBy("own_singletons").collectAsList();
        assertEquals(2, deathDates.size());
        assertEquals(actual.get("death-dates").<Double>getAs("n1"),
                deathDates.get(0).<Double>getAs("own_singletons") + deathDates.get(1).<Double>getAs("own_singletons"),
                1e-9);
        assertEquals(1.0, deathDates.get(0).<Double>getAs("own_singleton_share")
                + deathDates.get(1).<Double>getAs("own_singleton_share"), 1e-12);
        assertEquals(0.5 * deathDates.stream().filter(r -> r.<Double>getAs("weight") == 0.5).findFirst()
                .orElseThrow().<Long>getAs("occurrences"), deathDates.stream().filter(r -> r.<Double>getAs("weight")
                == 0.5).findFirst().orElseThrow().<Double>getAs("expected_occurrences"), 1e-9);
        assertEquals(2 * 3 * MixtureMoments.CURVE_WEIGHTS.length,
                spark.read().parquet(mix.output() + "/mixture_curve").count());
    }

    @Test
    void aWeightAboveOneIsTheExtrapolationOfThatRunsOwnSpectrum() {
        MixResult mix = mix("fresh", runA + "=2.5", runObituaries + "=0");
        Map<String, Map<Long, Long>> spectra = new HashMap<>();
        for (Row r : spark.read().parquet(runA + "/spectrum").filter("level = 'factoid'").collectAsList()) {
            spectra.computeIfAbsent(r.getString(0), d -> new java.util.TreeMap<>()).put(r.getLong(2), r.getLong(3));
        }
        Map<String, Row> actual = byDomain(mix.output());
        for (Map.Entry<String, Map<Long, Long>> e : spectra.entrySet()) {
            FrequencySpectrum observed = FrequencySpectrum.of(e.getValue());
            Extrapolation expected = SpectrumExtrapolation.fit(observed, ExtrapolationSettings.defaults()).to(2.5, 0);
            Row row = actual.get(e.getKey());
            assertEquals(2.5 * observed.n(), row.<Double>getAs("n"), 1e-6, e.getKey());
            assertEquals(expected.n1().estimate(), row.<Double>getAs("n1"), 1e-6, e.getKey());
            assertEquals(expected.n1().low() / (2.5 * observed.n()), row.<Double>getAs("singleton_rate_low"), 1e-12);
            assertEquals(expected.n1().high() / (2.5 * observed.n()), row.<Double>getAs("singleton_rate_high"),
                    1e-12);
            assertTrue(row.getList(row.fieldIndex("flags")).get(0).toString().startsWith("fresh_data_extrapolated"));
        }
        // former-capitals, a default domain these runs never show: more of the same source adds none of it.
        FactfloorConfig defaults = FactfloorConfig.load(null, Map.of(), List.of());
        String runA4 = new RunJob(spark, defaults).run(new RunOptions(List.of(dir.resolve("a").resolve("corpus")
                .toString()), dir.resolve("run-a-default-domains").toString(), "a4", false, false)).output();
        MixResult withEmpty = new MixJob(spark, defaults).mix(new MixOptions(List.of(MixSource.parse(runA4 + "=2.5")),
                dir.resolve("mix-fresh-empty").toString(), null, false));
        assertEquals(0.0, byDomain(withEmpty.output()).get("former-capitals").<Double>getAs("n"));
    }

    @Test
    void theReportShowsEachSourcesCurveAndTheRanking() throws Exception {
        MixResult mix = mix("report", runA + "=0.5", runB + "=1", runObituaries + "=0.3");
        Path html = Path.of(java.net.URI.create(mix.output())).resolve("report.html");
        Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
        NodeList charts = page.getElementsByTagName("svg");
        assertEquals(3, charts.getLength()); // one small-multiples chart per domain
        assertEquals(3 * 3 * 3, page.getElementsByTagName("polyline").getLength()); // 3 panels × 3 lines each
        String text = Files.readString(html);
        assertTrue(text.contains("Sources ranked by the singletons only they contribute"), text);
        String md = Files.readString(html.resolveSibling("report.md"));
        // death-dates: the obituaries contribute the most singletons of their own, so they are ranked first
        String deathDates = md.substring(md.indexOf("## death-dates"));
        assertTrue(deathDates.indexOf("| obituaries |") < deathDates.indexOf("| a |"), deathDates);
        assertTrue(Files.exists(html.resolveSibling("_SUCCESS")));
    }

    @Test
    void reportRendersAMixturesReportsAgainIdentically() throws IOException {
        // fractional weights, a weight of 0 and fresh data: every kind of figure and interval the reports show
        Path out = Path.of(java.net.URI.create(mix("rerender", runA + "=2", runB + "=0.4", runObituaries + "=0")
                .output()));
        String md = Files.readString(out.resolve("report.md"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(md.contains("[") && html.contains("<polyline"), md); // the fresh data's interval, the curves
        Files.delete(out.resolve("report.md"));
        Files.delete(out.resolve("report.html"));
        assertEquals(0, org.factfloor.cli.Main.execute("report", "--output", out.toString()));
        assertEquals(md, Files.readString(out.resolve("report.md")));
        assertEquals(html, Files.readString(out.resolve("report.html")));
        // the report ranks the sources by the own singletons of the mixture/ table, most first
        for (String domain : GENERATED_DOMAINS) {
            List<String> expected = spark.read().parquet(out.resolve("mixture").toString())
                    .filter("domain = '" + domain + "'").orderBy(org.apache.spark.sql.functions.desc("own_singletons"),
                            org.apache.spark.sql.functions.asc("weight")).collectAsList().stream()
                    .map(r -> r.getList(r.fieldIndex("corpus_ids")).get(0).toString()).toList();
            String section = md.substring(md.indexOf("## " + domain + "\n"));
            section = section.substring(0, section.indexOf("\n\n", section.indexOf("| --- |")) < 0 ? section.length()
                    : section.indexOf("\n\n", section.indexOf("| --- |")));
            List<String> shown = section.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| source")
                    && !l.startsWith("| ---")).map(l -> l.substring(2, l.indexOf(" |"))).toList();
            assertEquals(expected, shown, section);
        }
        // a mixture missing one of its tables is named, not rendered half
        try (var files = Files.walk(out.resolve("mixture_curve"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        InputError broken = assertThrows(InputError.class, () -> org.factfloor.output.Reports.rewrite(out.toString(),
                spark.sparkContext().hadoopConfiguration()));
        assertTrue(broken.getMessage().contains("mixture_curve does not exist"), broken.getMessage());
        assertEquals(md, Files.readString(out.resolve("report.md"))); // the reports are left as they were
    }

    @Test
    void combinationsThatAreNotAMixtureAreRefused() {
        InputError twice = assertThrows(InputError.class, () -> mix("twice", runA + "=0.5", runA + "=0.5"));
        assertTrue(twice.getMessage().contains("is already in"), twice.getMessage());
        FactfloorConfig mentions = FactfloorConfig.load(null, Map.of("factfloor.count-unit", "mentions"),
                GENERATED_DOMAINS);
        InputError unit = assertThrows(InputError.class, () -> new MixJob(spark, mentions).mix(new MixOptions(
                List.of(MixSource.parse(runA + "=1")), dir.resolve("unit").toString(), null, false)));
        assertTrue(unit.getMessage().contains("counts documents, this mix mentions"), unit.getMessage());
        String mixed = mix("not-a-source", runA + "=0.5").output();
        InputError again = assertThrows(InputError.class, () -> mix("mix-of-mix", mixed + "=1"));
        assertTrue(again.getMessage().contains("is the output of factfloor mix"), again.getMessage());
    }

    private static Map<String, Row> byDomain(String output) {
        return MixChecks.summaryByDomain(spark, output);
    }

    private static MixResult mix(String output, String... sources) {
        return new MixJob(spark, config).mix(new MixOptions(List.of(sources).stream().map(MixSource::parse).toList(),
                dir.resolve("mix-" + output).toString(), null, false));
    }

    private static String run(String corpus) {
        return new RunJob(spark, config).run(new RunOptions(List.of(dir.resolve(corpus).resolve("corpus").toString()),
                dir.resolve("run-" + corpus).toString(), corpus, false, false)).output();
    }
}
