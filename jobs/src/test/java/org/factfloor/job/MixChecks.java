package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.sample.GroundTruth;
import org.factfloor.stats.MixtureMoments;

/** What the mix tests check a mixture's output against: merge's figures and the generators' ground truth. */
final class MixChecks {
    /** The domains the generator writes (former-capitals, fed by past-tense statements, stays empty there). */
    static final List<String> GENERATED_DOMAINS = List.of("capitals", "citations", "death-dates");
    /** The figures a mixture shares with a run's summary, under the same names. */
    static final List<String> FIGURES = List.of("n", "distinct", "n1", "n2", "singleton_rate", "entity_n",
            "entity_distinct", "entity_n1", "entity_n2", "entity_singleton_rate", "gt_ci_low", "gt_ci_high",
            "floor_kv2024", "floor_knvz2025", "n_needed", "limited_by_sample_size");

    private MixChecks() {
    }

    static Map<String, Row> summaryByDomain(SparkSession spark, String output) {
        Map<String, Row> rows = new HashMap<>();
        spark.read().parquet(output + "/summary").collectAsList().forEach(r -> rows.put(r.getAs("domain"), r));
        return rows;
    }

    /** Every shared figure of summary/ and every E[N_r] of spectrum/ equals merge's count exactly. */
    static void assertSameFiguresAsMerge(SparkSession spark, String merged, String mixed) {
        Map<String, Row> expected = summaryByDomain(spark, merged);
        Map<String, Row> actual = summaryByDomain(spark, mixed);
        assertEquals(expected.keySet(), actual.keySet());
        for (String domain : expected.keySet()) {
            for (String figure : FIGURES) {
                Object e = expected.get(domain).getAs(figure);
                Object a = actual.get(domain).getAs(figure);
                // a run counts whole occurrences (long), a mixture expects them (double)
                assertEquals(e instanceof Long l && !figure.equals("n_needed") ? (Object) l.doubleValue() : e, a,
                        domain + " " + figure);
            }
        }
        for (Row r : spark.read().parquet(mixed + "/spectrum").collectAsList()) {
            List<Row> run = spark.read().parquet(merged + "/spectrum").filter("domain = '" + r.getString(0)
                    + "' and level = '" + r.getString(1) + "' and r = " + r.getLong(2)).collectAsList();
            assertEquals(run.isEmpty() ? 0.0 : (double) run.get(0).getLong(3), r.getDouble(3), r.toString());
        }
    }

    /** domain → the exact factoid-level moments of the mixture, from each generated corpus's ground truth. */
    static Map<String, MixtureMoments> groundTruthMoments(double[] weights, Path... generated) throws IOException {
        Map<String, long[]> counts = new HashMap<>();
        for (int s = 0; s < generated.length; s++) {
            for (GroundTruth.Row row : GroundTruth.read(generated[s].resolve("ground-truth")
                    .resolve(GroundTruth.FACTOIDS_FILE))) {
                counts.computeIfAbsent(row.domain() + "\t" + row.entity() + "\t" + row.attribute(),
                        k -> new long[generated.length])[s] = row.documents();
            }
        }
        Map<String, MixtureMoments> moments = new HashMap<>();
        counts.forEach((key, c) -> moments.computeIfAbsent(key.substring(0, key.indexOf('\t')),
                d -> new MixtureMoments(weights)).add(c, c));
        return moments;
    }
}
