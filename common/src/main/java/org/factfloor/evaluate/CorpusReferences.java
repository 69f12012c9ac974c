package org.factfloor.evaluate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.factfloor.UserError;

/**
 * The texts a real-text evaluation set names instead of copying them: {@code @<corpus>/<id>} is the document whose
 * {@code id} field is {@code <id>} in the JSONL files ({@code *.jsonl}, {@code *.jsonl.gz}) of {@code <corpora>/<corpus>/},
 * e.g. {@code @wikipedia-ab/wiki-22018} in ../shared/corpora. Only the named ids are kept.
 */
public final class CorpusReferences {
    static final String PREFIX = "@";
    private final Path corpora;

    /** @param corpora the directory holding one folder per corpus, or null when none is available */
    public CorpusReferences(Path corpora) {
        this.corpora = corpora;
    }

    public static boolean isReference(String text) {
        return text.startsWith(PREFIX) && text.indexOf('/') > 1 && !text.contains(" ");
    }

    /** The texts of the given references (each {@code @corpus/id}); a reference that names nothing is an error. */
    Map<String, String> resolve(Set<String> references, Path setFile) throws IOException {
        Map<String, String> texts = new HashMap<>();
        if (references.isEmpty()) {
            return texts;
        }
        if (corpora == null || !Files.isDirectory(corpora)) {
            throw new UserError(setFile + " names documents of " + (corpora == null ? "a corpora directory"
                    : corpora) + ", which is missing; pass --corpora DIR (the folder with wikipedia-ab/ and"
                    + " grobid-references/, by default ../shared/corpora beside the checkout)");
        }
        Map<String, Map<String, String>> wanted = new HashMap<>();
        for (String reference : references) {
            int slash = reference.indexOf('/');
            wanted.computeIfAbsent(reference.substring(1, slash), c -> new HashMap<>())
                    .put(reference.substring(slash + 1), reference);
        }
        for (Map.Entry<String, Map<String, String>> corpus : wanted.entrySet()) {
            for (Path file : files(corpora.resolve(corpus.getKey()), setFile)) {
                read(file, corpus.getValue(), texts);
            }
        }
        for (String reference : references) {
            if (!texts.containsKey(reference)) {
                throw new UserError(setFile + ": " + reference + " is not in " + corpora + "; the set and the"
                        + " corpora do not match (the set names " + references.size() + " documents)");
            }
        }
        return texts;
    }

    private static List<Path> files(Path folder, Path setFile) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new UserError(setFile + " names documents of " + folder + ", which is not a directory");
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".jsonl") || p.toString().endsWith(".jsonl.gz"))
                    .sorted().toList();
        }
    }

    private static void read(Path file, Map<String, String> ids, Map<String, String> texts) throws IOException {
        forEachDocument(file, (id, text) -> {
            String reference = id == null ? null : ids.get(id);
            if (reference != null && text != null) {
                texts.put(reference, text);
            }
        });
    }

    /**
     * The fields id and text (either null when absent) of every line of a JSONL file of the shared corpora, plain or
     * gzip, in file order.
     */
    public static void forEachDocument(Path file, BiConsumer<String, String> idAndText) throws IOException {
        JsonFactory json = new JsonFactory();
        try (InputStream raw = Files.newInputStream(file);
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw,
                     StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String id = null;
                String text = null;
                try (JsonParser p = json.createParser(line)) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        if (name.equals("id")) {
                            id = p.getText();
                        } else if (name.equals("text")) {
                            text = p.getText();
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                idAndText.accept(id, text);
            }
        }
    }
}
