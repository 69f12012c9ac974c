package org.factfloor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factfloor.extract.CooccurrenceSpec;
import org.factfloor.extract.CooccurrenceWindow;
import org.factfloor.extract.FactTableFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kind = cooccurrence in HOCON: the facts block, the window, and errors that name the key and the fix. */
class CooccurrenceConfigTest {
    @TempDir
    Path dir;

    private FactfloorConfig load(String domainBody) throws IOException {
        Path file = dir.resolve("my.conf");
        Files.writeString(file, "factfloor.domains.facts-test {\n" + domainBody + "\n plausible-alternatives = 10\n}\n");
        return FactfloorConfig.load(file.toFile(), Map.of(), List.of("facts-test"));
    }

    private void failsWith(String domainBody, String expected) {
        String message = assertThrows(ConfigError.class, () -> load(domainBody)).getMessage();
        assertTrue(message.contains(expected), message);
    }

    @Test
    void aCooccurrenceDomainNeedsOnlyItsFactsBlock() throws IOException {
        CooccurrenceSpec c = load("kind = cooccurrence\n facts { path = \"hdfs:///t/capitals.csv.gz\", entity-column = a,"
                + " attribute-column = b }").domain("facts-test").cooccurrence();
        assertEquals(new CooccurrenceSpec("hdfs:///t/capitals.csv.gz", null, "a", "b", null, null, "|",
                CooccurrenceWindow.SENTENCE), c);
        assertEquals(FactTableFormat.CSV, c.formatOfTable());
        assertEquals(CooccurrenceWindow.characters(250), load("kind = cooccurrence\n window = 250\n facts { path = t.tsv,"
                + " entity-column = a, attribute-column = b }").domain("facts-test").cooccurrence().window());
        assertEquals(CooccurrenceWindow.DOCUMENT, load("kind = cooccurrence\n window = document\n facts { path = t.x,"
                + " format = jsonl, entity-column = a, attribute-column = b }").domain("facts-test").cooccurrence()
                .window());
    }

    @Test
    void mistakesNameTheKeyAndTheFix() {
        String facts = "\n facts { path = t.tsv, entity-column = a, attribute-column = b }";
        failsWith("kind = table", "my.conf, line 2): must be pattern (regexes, the"
                + " default) or cooccurrence (a fact table), got 'table'");
        failsWith("kind = cooccurrence", "a cooccurrence domain needs facts {");
        failsWith("kind = cooccurrence\n window = clause" + facts, "my.conf, line 3): must be sentence,"
                + " paragraph, document or a number of characters");
        failsWith("kind = cooccurrence\n facts { path = t.txt, entity-column = a, attribute-column = b }",
                "cannot tell the table's format from its name t.txt");
        failsWith("kind = cooccurrence\n facts { path = t.tsv, entity-column = a }", "facts-test.facts.attribute-column");
        failsWith("kind = cooccurrence\n facts { path = t.tsv, entity-column = a, attribute-column = b, aliases = c }",
                "my.conf, line 3): unknown key; facts takes");
        failsWith("kind = cooccurrence\n patterns = [\"(?<entity>a)(?<attribute>b)\"]" + facts, "remove 'patterns'");
        failsWith("window = sentence\n patterns = [\"(?<entity>a)(?<attribute>b)\"]",
                "only a cooccurrence domain takes 'window'");
    }

    @Test
    void theBuiltInCooccurrenceDomainsAreOffUntilNamed() {
        assertEquals(List.of("capitals", "citations", "death-dates", "former-capitals"),
                FactfloorConfig.load(null, Map.of(), List.of())
                .domains().stream().map(d -> d.name()).toList());
        FactfloorConfig c = FactfloorConfig.load(null, Map.of(), List.of("capital-cooccurrence", "region-cooccurrence"));
        assertEquals("classpath:facts/country-capitals.tsv", c.domain("capital-cooccurrence").cooccurrence().table());
        assertEquals(CooccurrenceWindow.SENTENCE, c.domain("region-cooccurrence").cooccurrence().window());
    }
}
