package org.factfloor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.evaluate.CorpusReferences;
import org.factfloor.extract.CooccurrenceExtractor;
import org.factfloor.extract.CooccurrenceWindow;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.FactMatcher;
import org.factfloor.extract.FactTable;

/**
 * Draws a seeded random sample of the co-occurring windows a shipped cooccurrence domain finds in a JSONL corpus, to
 * be judged by reading: does the window state the fact? Prints one block per window: a number, the window kind, the
 * document id, the fact, and the text to judge — the sentence for a sentence window; for a paragraph or document
 * window the sentences of that paragraph or document holding both names, or else the text from 200 characters
 * before the first name to 200 after the second.
 * {@code CooccurrenceWindowSample DOMAIN KIND PER_KIND SEED CORPUS_DIR} (KIND: sentence, paragraph, document or all).
 */
public final class CooccurrenceWindowSample {
    private static final int CONTEXT = 200;

    private record Window(String id, int fact, int from, int to, int first, int second) {
    }

    private CooccurrenceWindowSample() {
    }

    public static void main(String[] args) throws IOException {
        String domain = args[0];
        List<String> kinds = args[1].equals("all") ? List.of("sentence", "paragraph", "document") : List.of(args[1]);
        int perKind = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        List<String[]> documents = documents(Path.of(args[4]));
        DomainSpec shipped = FactfloorConfig.load(null, Map.of(), List.of(domain)).domains().get(0);
        for (String kind : kinds) {
            DomainSpec spec = shipped.withWindow(CooccurrenceWindow.named(kind));
            FactMatcher matcher = FactMatcher.of(new FactTable(spec.cooccurrence().table(),
                    ShippedTables.facts(spec)), spec);
            CooccurrenceExtractor extractor = new CooccurrenceExtractor(matcher);
            DomainSpec bySentence = shipped.withWindow(CooccurrenceWindow.SENTENCE);
            CooccurrenceExtractor sentences = new CooccurrenceExtractor(FactMatcher.of(new FactTable(
                    spec.cooccurrence().table(), ShippedTables.facts(bySentence)), bySentence));
            List<Window> all = new ArrayList<>();
            for (String[] d : documents) {
                extractor.windows(d[1], (fact, from, to, e, a) -> all.add(new Window(d[0], fact, from, to,
                        Math.min(extractor.occurrenceStart(e), extractor.occurrenceStart(a)),
                        Math.max(extractor.occurrenceEnd(e), extractor.occurrenceEnd(a)))));
            }
            Collections.shuffle(all, new Random(seed));
            System.out.printf("## %s: %d windows in %d documents, sample of %d%n%n", kind, all.size(), documents.size(),
                    Math.min(perKind, all.size()));
            for (int i = 0; i < Math.min(perKind, all.size()); i++) {
                Window w = all.get(i);
                String text = text(documents, w.id());
                String shown;
                if (kind.equals("sentence")) {
                    shown = text.substring(w.from(), w.to());
                } else {
                    List<String> inside = new ArrayList<>();
                    sentences.windows(text, (fact, from, to, e, a) -> {
                        if (fact == w.fact() && from >= w.from() && to <= w.to()) {
                            inside.add(text.substring(from, to).strip());
                        }
                    });
                    shown = inside.isEmpty() ? "…" + text.substring(Math.max(0, w.first() - CONTEXT),
                            Math.min(text.length(), w.second() + CONTEXT)) + "… [no sentence holds both]"
                            : String.join(" ‖ ", inside);
                }
                System.out.printf("%s-%d\t%s\t%s -> %s\t%s%n", kind, i + 1, w.id(), matcher.entityKey(w.fact()),
                        matcher.attributeKey(w.fact()), shown.replaceAll("\\s+", " ").strip());
            }
            System.out.println();
        }
    }

    private static String text(List<String[]> documents, String id) {
        return documents.stream().filter(d -> d[0].equals(id)).findFirst().orElseThrow()[1];
    }

    /** (id, text) of every line of the directory's .jsonl.gz files, in file order. */
    private static List<String[]> documents(Path dir) throws IOException {
        List<String[]> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList()) {
                CorpusReferences.forEachDocument(f, (id, text) -> documents.add(new String[] {id, text}));
            }
        }
        return documents;
    }
}
