package org.factfloor.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factfloor.UserError;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DocumentExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The obituaries mix: only death dates, each of a person never named before, so every one appears once. */
class ObituaryCorpusTest {

    @Test
    void everyDeathDateIsASingletonOfANewPersonAndIsExtracted(@TempDir Path dir) throws IOException {
        GeneratorReport report = new CorpusGenerator(new GeneratorOptions(dir.resolve("obits"), 400, 0, 2, 5, false,
                GeneratorOptions.Mix.OBITUARIES, 2_000_000)).generate();
        List<GroundTruth.Row> factoids = GroundTruth.read(dir.resolve("obits/ground-truth/factoids.tsv"));
        assertEquals(report.people(), factoids.size(), "one factoid per person");
        assertTrue(factoids.size() >= 400 && factoids.size() <= 1200, "one to three deaths per document");
        assertTrue(factoids.stream().allMatch(r -> r.domain().equals("death-dates") && r.documents() == 1
                && r.mentions() == 1), "only death dates, each seen once");
        assertEquals(factoids.size(), GroundTruth.read(dir.resolve("obits/ground-truth/entities.tsv")).size());

        new CorpusGenerator(new GeneratorOptions(dir.resolve("standard"), 400, 0, 2, 5, false)).generate();
        Set<String> standardPeople = GroundTruth.read(dir.resolve("standard/ground-truth/entities.tsv")).stream()
                .filter(r -> r.domain().equals("death-dates")).map(GroundTruth.Row::entity).collect(Collectors.toSet());
        assertTrue(factoids.stream().noneMatch(r -> standardPeople.contains(r.entity())),
                "people numbered from --first-person-id are not the standard corpus's people");

        DocumentExtractor extractor = new DocumentExtractor(FactfloorConfig.load(null, Map.of(), List.of()).domains());
        Set<String> found = new TreeSet<>();
        JsonFactory json = new JsonFactory();
        try (Stream<Path> shards = Files.list(dir.resolve("obits/corpus"))) {
            for (Path shard : shards.sorted().toList()) {
                try (BufferedReader in = Files.newBufferedReader(shard, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        extractor.extract(text(json, line), f -> found.add(f.domain() + "\t" + f.entity() + "\t"
                                + f.attribute()));
                    }
                }
            }
        }
        assertEquals(factoids.stream().map(r -> r.domain() + "\t" + r.entity() + "\t" + r.attribute())
                .collect(Collectors.toCollection(TreeSet::new)), found);
    }

    @Test
    void aNegativeFirstPersonIdIsRefused(@TempDir Path dir) {
        UserError e = assertThrows(UserError.class, () -> new GeneratorOptions(dir, 10,
                0, 1, 1, false, GeneratorOptions.Mix.STANDARD, -1));
        assertEquals("--first-person-id must be >= 0, got -1", e.getMessage());
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
