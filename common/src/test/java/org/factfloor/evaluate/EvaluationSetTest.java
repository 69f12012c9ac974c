package org.factfloor.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factfloor.UserError;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DomainSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in domains on the repository's labelled evaluation set (evaluation/*.eval): issue 4's quality bar. */
class EvaluationSetTest {
    private static final Path SET = Path.of("..", "evaluation");
    private static final FactfloorConfig CONFIG = FactfloorConfig.load(null, Map.of(), List.of());

    @ParameterizedTest
    @ValueSource(strings = {"capitals", "death-dates", "citations"})
    void eachBuiltInDomainReachesPrecision95AndRecall85(String domain) throws IOException {
        List<LabelledSnippet> snippets = EvaluationSet.read(EvaluationSet.fileFor(SET, domain));
        List<String> mistakes = new ArrayList<>();
        DomainScore score = Evaluation.score(CONFIG.domain(domain), CONFIG.domains(), snippets, mistakes::add);
        assertTrue(score.positives() >= 300, domain + " has " + score.positives() + " positive snippets");
        assertTrue(score.negatives() >= 100, domain + " has " + score.negatives() + " negative snippets");
        assertTrue(score.precision() >= 0.95, domain + " precision " + score.precision() + "\n" + mistakes);
        assertTrue(score.recall() >= 0.85, domain + " recall " + score.recall() + "\n" + mistakes);
    }

    @Test
    void scoresCountFactoidsNotSnippets(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("capitals.eval");
        Files.writeString(file, String.join("\n",
                "# two facts in one line, one found and one not",
                "news || Paris is the capital of France. Lyon is a city. || france => paris ;; italy => rome",
                "negative || Venture capital funding slowed. || none",
                "trap || Sydney is the capital of Australia. || none", ""));
        DomainSpec capitals = CONFIG.domain("capitals");
        List<String> mistakes = new ArrayList<>();
        DomainScore score = Evaluation.score(capitals, EvaluationSet.read(file), mistakes::add);
        assertEquals(new DomainScore("capitals", 1, 2, 1, 1, 1), score);
        assertEquals(0.5, score.precision());
        assertEquals(0.5, score.recall());
        assertEquals(List.of("capitals.eval:2 [news] missed italy => rome (found france => paris)",
                "capitals.eval:4 [trap] false positive australia => sydney"), mistakes);
    }

    @Test
    void aMalformedLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.eval");
        Files.writeString(file, "news || text without expectation\n");
        UserError e = assertThrows(UserError.class, () -> EvaluationSet.read(file));
        assertTrue(e.getMessage().contains("x.eval:1"), e.getMessage());
    }

    @Test
    void lineBreaksAreWrittenAsBackslashN(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.eval");
        Files.writeString(file, "list || a\\nb || e => a\n");
        LabelledSnippet s = EvaluationSet.read(file).get(0);
        assertEquals("a\nb", s.text());
        assertEquals(Set.of("e => a"), s.expected());
    }

    @Test
    void aCorpusReferenceReadsTheWholeDocumentFromTheCorpora(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpora").resolve("news"));
        Files.writeString(corpus.resolve("part-0.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"text\": \"Lyon is a city.\"}",
                "{\"id\": \"b\", \"text\": \"Paris is the capital of France.\"}", ""));
        Path file = dir.resolve("capitals.eval");
        Files.writeString(file, "news || @news/b || france => paris\nnews || Rome. || none\n");
        List<LabelledSnippet> snippets = EvaluationSet.read(file, new CorpusReferences(dir.resolve("corpora")));
        assertEquals("Paris is the capital of France.", snippets.get(0).text());
        assertEquals("Rome.", snippets.get(1).text());
        UserError missingCorpora = assertThrows(UserError.class, () -> EvaluationSet.read(file));
        assertTrue(missingCorpora.getMessage().contains("--corpora"), missingCorpora.getMessage());
        Files.writeString(file, "news || @news/zzz || none\n");
        UserError unknownId = assertThrows(UserError.class,
                () -> EvaluationSet.read(file, new CorpusReferences(dir.resolve("corpora"))));
        assertTrue(unknownId.getMessage().contains("@news/zzz"), unknownId.getMessage());
    }
}
