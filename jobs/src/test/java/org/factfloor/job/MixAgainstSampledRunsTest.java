package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.sample.BernoulliSample;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.factfloor.stats.DomainSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prediction of `mix` at weights 0.5 and 0.2 against actual runs (issue 17, checks against reality): `run
 * --sample w --sample-seed s` keeps each document of a generated corpus with probability w, a real random thinning
 * of it, and counts what the thinned corpus holds. Over {@value #SEEDS} seeds the mean observed N_1 and singleton rate
 * of every domain must lie within three standard errors of mix's expectation from the full run.
 */
class MixAgainstSampledRunsTest {
    private static final List<String> DOMAINS = MixChecks.GENERATED_DOMAINS;
    private static final int SEEDS = 10;

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static FactfloorConfig config;
    private static String full;

    @BeforeAll
    static void generateAndRun() throws IOException {
        spark = TestSpark.session();
        config = FactfloorConfig.load(null, Map.of(), DOMAINS);
        new CorpusGenerator(new GeneratorOptions(dir.resolve("corpus"), 3000, 0, 2, 41, true)).generate();
        full = run("full", null).output();
    }

    @Test
    void halfOfTheDocuments() {
        check(0.5);
    }

    @Test
    void aFifthOfTheDocuments() {
        check(0.2);
    }

    private static void check(double weight) {
        Map<String, Row> predicted = new HashMap<>();
        String mixed = new MixJob(spark, config).mix(new MixOptions(List.of(MixSource.parse(full + "=" + weight)),
                dir.resolve("mix-" + weight).toString(), null, false)).output();
        spark.read().parquet(mixed + "/summary").collectAsList().forEach(r -> predicted.put(r.getAs("domain"), r));
        Map<String, double[]> n1 = new HashMap<>();
        Map<String, double[]> rate = new HashMap<>();
        for (int seed = 0; seed < SEEDS; seed++) {
            RunResult thinned = run("thinned-" + weight + "-" + seed,
                    new BernoulliSample(weight, BernoulliSample.Unit.DOCUMENTS, 100 + seed));
            for (DomainSummary s : thinned.summaries()) {
                n1.computeIfAbsent(s.domain(), d -> new double[SEEDS])[seed] = s.n1();
                rate.computeIfAbsent(s.domain(), d -> new double[SEEDS])[seed] = s.singletonRate();
            }
        }
        for (String domain : DOMAINS) {
            Row p = predicted.get(domain);
            assertTrue(p.<Double>getAs("n1") > 10, domain + " has too few singletons to test");
            within(domain + " E[N1] at w = " + weight, p.getAs("n1"), n1.get(domain));
            within(domain + " singleton rate at w = " + weight, p.getAs("singleton_rate"), rate.get(domain));
        }
    }

    /** The mean of the observed values is within three standard errors of the prediction. */
    private static void within(String what, double predicted, double[] observed) {
        double mean = 0;
        for (double x : observed) {
            mean += x;
        }
        mean /= observed.length;
        double squares = 0;
        for (double x : observed) {
            squares += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(squares / (observed.length - 1)) / Math.sqrt(observed.length);
        System.out.printf(Locale.ROOT, "%s: predicted %.5f, mean of %d thinned runs %.5f (se %.5f)%n", what,
                predicted, observed.length, mean, se);
        assertTrue(se > 0, what + ": the thinnings did not vary");
        assertEquals(predicted, mean, 3 * se, what);
    }

    private static RunResult run(String name, BernoulliSample sample) {
        return new RunJob(spark, config).run(new RunOptions(List.of(dir.resolve("corpus").resolve("corpus")
                .toString()), dir.resolve("run-" + name).toString(), name, false, false, false, 1.0, sample));
    }
}
