package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.factfloor.config.FactfloorConfig;
import org.junit.jupiter.api.Test;

/**
 * The automaton engine against the engine it replaced (every pattern tried at every position its first character
 * allows, kept as the fallback path): the same factoids with the same mention counts per domain, over the
 * labelled snippets, the shipped generated sample, the Wikipedia sample and the GROBID references of
 * ../shared/corpora. A difference fails the test and is listed.
 */
class EngineDifferentialTest {
    private static final Path CORPORA = Path.of("..", "..", "shared", "corpora");
    private static final List<DomainSpec> BUILT_IN = FactfloorConfig.load(null, Map.of(), List.of()).domains();

    @Test
    void theLabelledSnippetsGiveTheSameFactoids() throws IOException {
        List<String> texts = LabelledTexts.all();
        assertSameFactoids(BUILT_IN, texts, 1_000);
    }

    @Test
    void theShippedGeneratedSampleGivesTheSameFactoids() throws IOException {
        assertSameFactoids(BUILT_IN, texts(Path.of("..", "local-data", "corpus")), 40_000);
    }

    @Test
    void theWikipediaSampleGivesTheSameFactoids() throws IOException {
        assertSameFactoids(BUILT_IN, texts(CORPORA.resolve("wikipedia-ab")), 1_000);
    }

    @Test
    void theGrobidReferencesGiveTheSameFactoids() throws IOException {
        assertSameFactoids(BUILT_IN, texts(CORPORA.resolve("grobid-references")), 500);
    }

    /** A user domain declared in HOCON (conf/examples/birth-dates.conf) goes through the same engine. */
    @Test
    void aUserDomainGivesTheSameFactoids() throws IOException {
        FactfloorConfig config = FactfloorConfig.load(Path.of("..", "conf", "examples", "birth-dates.conf").toFile(), Map.of(),
                List.of());
        List<String> texts = texts(CORPORA.resolve("wikipedia-ab")).subList(0, 2_000);
        assertSameFactoids(List.of(config.domain("birth-dates")), texts, 100);
    }

    private static void assertSameFactoids(List<DomainSpec> domains, List<String> texts, int atLeast) {
        Map<String, Integer> automaton = factoids(new DocumentExtractor(domains, true), texts);
        Map<String, Integer> oracle = factoids(new DocumentExtractor(domains, false), texts);
        List<String> differences = new ArrayList<>();
        for (String key : new TreeSet<>(union(automaton, oracle))) {
            if (!Objects.equals(automaton.get(key), oracle.get(key))) {
                differences.add(key + ": automaton " + automaton.get(key) + ", oracle " + oracle.get(key));
            }
        }
        assertEquals(List.of(), differences, "factoids (domain|entity|attribute: mentions) that differ");
        int mentions = oracle.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(mentions >= atLeast, "only " + mentions + " mentions: the comparison would prove little");
    }

    private static TreeSet<String> union(Map<String, Integer> a, Map<String, Integer> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Map<String, Integer> factoids(DocumentExtractor extractor, List<String> texts) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String text : texts) {
            extractor.extract(text, f -> counts.merge(f.domain() + "|" + f.entity() + "|" + f.attribute(),
                    f.mentions(), Integer::sum));
        }
        return counts;
    }

    /** The field "text" of every line of every *.jsonl.gz file in a folder, in file order. */
    private static List<String> texts(Path folder) throws IOException {
        assertTrue(Files.isDirectory(folder), folder.toAbsolutePath() + " is missing: the differential test reads"
                + " the shared corpora beside the repository");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        JsonFactory json = new JsonFactory();
        for (Path file : files) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    texts.add(text(json, line));
                }
            }
        }
        return texts;
    }

    private static String text(JsonFactory json, String line) throws IOException {
        try (JsonParser p = json.createParser(line)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("text")) {
                    return p.getText();
                }
                p.skipChildren();
            }
        }
        throw new IOException("a line without a \"text\" field: " + line);
    }
}
