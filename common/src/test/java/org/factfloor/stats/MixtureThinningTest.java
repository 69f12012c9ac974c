package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DocumentExtractor;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The predicted E[N_1] and singleton rate of a thinned mixture against real thinnings: generated corpora are
 * extracted once (without Spark) into per-document factoid lists, each document is kept by a seeded Bernoulli(w)
 * draw, and the actual N_1 and N_1/n of each thinned corpus are counted. Over SEEDS thinnings, the mean must lie
 * within three standard errors of the prediction, per domain (documents count unit).
 */
class MixtureThinningTest {
    private static final int SEEDS = 12;
    private static final String[] DOMAINS = {"capitals", "citations", "death-dates"};

    @TempDir
    static Path dir;
    /** Per source, per document: the ids of its distinct factoids. */
    private static List<List<int[]>> sources;
    private static final Map<String, Integer> ids = new HashMap<>();
    private static final List<Integer> domainOf = new ArrayList<>();

    @BeforeAll
    static void extract() throws IOException {
        FactfloorConfig config = FactfloorConfig.load(null, Map.of(), List.of());
        DocumentExtractor extractor = new DocumentExtractor(config.domains());
        new CorpusGenerator(new GeneratorOptions(dir.resolve("a"), 6000, 0, 2, 31, false)).generate();
        new CorpusGenerator(new GeneratorOptions(dir.resolve("b"), 3000, 0, 2, 32, false,
                GeneratorOptions.Mix.OBITUARIES, 5_000_000)).generate();
        sources = List.of(documents(dir.resolve("a"), extractor), documents(dir.resolve("b"), extractor));
    }

    @Test
    void halfOfOneSource() {
        check(new double[] {0.5});
    }

    @Test
    void aFifthOfOneSource() {
        check(new double[] {0.2});
    }

    @Test
    void aFifthOfOneSourceWithHalfOfAnother() {
        check(new double[] {0.2, 0.5});
    }

    private static void check(double[] weights) {
        int items = ids.size();
        // the prediction, from each factoid's document count per source
        long[][] counts = new long[weights.length][items];
        for (int s = 0; s < weights.length; s++) {
            for (int[] document : sources.get(s)) {
                for (int id : document) {
                    counts[s][id]++;
                }
            }
        }
        MixtureMoments[] predicted = new MixtureMoments[DOMAINS.length];
        for (int d = 0; d < DOMAINS.length; d++) {
            predicted[d] = new MixtureMoments(weights);
        }
        long[] c = new long[weights.length];
        for (int id = 0; id < items; id++) {
            for (int s = 0; s < weights.length; s++) {
                c[s] = counts[s][id];
            }
            predicted[domainOf.get(id)].add(c, c);
        }
        // the real thinnings
        double[][] n1 = new double[DOMAINS.length][SEEDS];
        double[][] rate = new double[DOMAINS.length][SEEDS];
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom random = new SplittableRandom(1000 + seed);
            int[] kept = new int[items];
            for (int s = 0; s < weights.length; s++) {
                for (int[] document : sources.get(s)) {
                    if (random.nextDouble() < weights[s]) {
                        for (int id : document) {
                            kept[id]++;
                        }
                    }
                }
            }
            long[] singles = new long[DOMAINS.length];
            long[] total = new long[DOMAINS.length];
            for (int id = 0; id < items; id++) {
                singles[domainOf.get(id)] += kept[id] == 1 ? 1 : 0;
                total[domainOf.get(id)] += kept[id];
            }
            for (int d = 0; d < DOMAINS.length; d++) {
                n1[d][seed] = singles[d];
                rate[d][seed] = (double) singles[d] / total[d];
            }
        }
        for (int d = 0; d < DOMAINS.length; d++) {
            assertTrue(predicted[d].n1() > 10, DOMAINS[d] + " has too few singletons to test: " + predicted[d].n1());
            within(DOMAINS[d] + " E[N1]", predicted[d].n1(), predicted[d].n1Sd(), n1[d]);
            within(DOMAINS[d] + " singleton rate", predicted[d].singletonRate(), predicted[d].singletonRateSd(),
                    rate[d]);
        }
    }

    /** The mean of the observed values is within three standard errors of the prediction. */
    private static void within(String what, double predicted, double predictedSd, double[] observed) {
        double mean = 0;
        for (double x : observed) {
            mean += x;
        }
        mean /= observed.length;
        double squares = 0;
        for (double x : observed) {
            squares += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(squares / (observed.length - 1));
        double se = sd / Math.sqrt(observed.length);
        System.out.printf(Locale.ROOT, "%s: predicted %.5f (sd %.5f), observed mean %.5f (sd %.5f, se %.5f)%n",
                what, predicted, predictedSd, mean, sd, se);
        assertTrue(se > 0, what + ": the thinnings did not vary");
        assertEquals(predicted, mean, 3 * se, what + ": predicted vs mean of " + observed.length + " thinnings");
    }

    private static List<int[]> documents(Path generated, DocumentExtractor extractor) throws IOException {
        List<int[]> documents = new ArrayList<>();
        JsonFactory json = new JsonFactory();
        List<Integer> found = new ArrayList<>();
        try (Stream<Path> shards = Files.list(generated.resolve("corpus"))) {
            for (Path shard : shards.sorted().toList()) {
                try (BufferedReader in = Files.newBufferedReader(shard, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        found.clear();
                        extractor.extract(text(json, line), f -> found.add(id(f.domain(), f.domain() + "\t"
                                + f.entity() + "\t" + f.attribute())));
                        documents.add(found.stream().mapToInt(Integer::intValue).toArray());
                    }
                }
            }
        }
        return documents;
    }

    private static int id(String domain, String key) {
        return ids.computeIfAbsent(key, k -> {
            domainOf.add(List.of(DOMAINS).indexOf(domain));
            return domainOf.size() - 1;
        });
    }

    private static String text(JsonFactory json, String line) throws IOException {
        try (JsonParser p = json.createParser(line)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("text")) {
                    p.nextToken();
                    return p.getText();
                }
            }
        }
        throw new AssertionError("no text in " + line);
    }
}
