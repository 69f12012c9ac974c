package org.factfloor.sample;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DocumentExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without Spark: every factoid the generator wrote is found by the built-in domains, and nothing else is. */
class GeneratedCorpusExtractionTest {

    @Test
    void builtInDomainsFindExactlyTheGeneratedFactoids(@TempDir Path dir) throws IOException {
        GeneratorReport report = new CorpusGenerator(new GeneratorOptions(dir, 3000, 0, 3, 7, false)).generate();
        assertEquals(3000, report.documents());

        FactfloorConfig config = FactfloorConfig.load(null, Map.of(), List.of());
        DocumentExtractor extractor = new DocumentExtractor(config.domains());
        Map<String, long[]> found = new TreeMap<>();
        JsonFactory json = new JsonFactory();
        try (Stream<Path> shards = Files.list(dir.resolve("corpus"))) {
            for (Path shard : shards.sorted().toList()) {
                try (BufferedReader in = Files.newBufferedReader(shard, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        extractor.extract(text(json, line), f -> {
                            long[] c = found.computeIfAbsent(f.domain() + "\t" + f.entity() + "\t" + f.attribute(),
                                    k -> new long[2]);
                            c[0]++;
                            c[1] += f.mentions();
                        });
                    }
                }
            }
        }
        Map<String, long[]> expected = new TreeMap<>();
        for (GroundTruth.Row row : GroundTruth.read(dir.resolve("ground-truth").resolve(GroundTruth.FACTOIDS_FILE))) {
            expected.put(row.domain() + "\t" + row.entity() + "\t" + row.attribute(),
                    new long[] {row.documents(), row.mentions()});
        }
        for (String key : expected.keySet()) {
            assertTrue(found.containsKey(key), "missed factoid " + key);
        }
        for (String key : found.keySet()) {
            assertTrue(expected.containsKey(key), "invented factoid " + key);
            assertEquals(expected.get(key)[0], found.get(key)[0], "documents of " + key);
            assertEquals(expected.get(key)[1], found.get(key)[1], "mentions of " + key);
        }
        assertEquals(3, expected.keySet().stream().map(k -> k.split("\t")[0]).distinct().count());
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
