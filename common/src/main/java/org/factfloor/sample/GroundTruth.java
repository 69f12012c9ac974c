package org.factfloor.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact counts a correct run must find in a generated corpus: per factoid and per entity, documents and
 * mentions. Filled one document at a time, written as TSV beside the shards. Keys are the tab-joined fields (one
 * string, not a list), because a 4 GB corpus holds millions of them; normalised fields hold no tab or control
 * character, so sorting the joined strings sorts by the fields.
 */
public final class GroundTruth {
    public static final String FACTOIDS_FILE = "factoids.tsv";
    public static final String ENTITIES_FILE = "entities.tsv";

    private final Map<String, long[]> factoids = new HashMap<>();
    private final Map<String, long[]> entities = new HashMap<>();
    private final Map<String, Integer> inDocument = new LinkedHashMap<>();
    private final DocumentListener listener;

    /** Sees each generated document's factoids: the per-document truth that the totals sum away. */
    public interface DocumentListener {
        DocumentListener NONE = (id, factoids) -> { };

        /** @param factoids "domain\tentity\tattribute" → mentions in this document */
        void document(String id, Map<String, Integer> factoids);
    }

    GroundTruth(DocumentListener listener) {
        this.listener = listener;
    }

    /** Records one mention in the current document; keys must be normalised exactly as extraction does. */
    void mention(String domain, String entity, String attribute) {
        inDocument.merge(domain + '\t' + entity + '\t' + attribute, 1, Integer::sum);
    }

    void endDocument(String id) {
        listener.document(id, inDocument);
        Map<String, Integer> entityMentions = new LinkedHashMap<>();
        inDocument.forEach((key, mentions) -> {
            long[] c = factoids.computeIfAbsent(key, k -> new long[2]);
            c[0]++;
            c[1] += mentions;
            entityMentions.merge(key.substring(0, key.lastIndexOf('\t')), mentions, Integer::sum);
        });
        entityMentions.forEach((key, mentions) -> {
            long[] c = entities.computeIfAbsent(key, k -> new long[2]);
            c[0]++;
            c[1] += mentions;
        });
        inDocument.clear();
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        writeTable(dir.resolve(FACTOIDS_FILE), "domain\tentity\tattribute\tdocuments\tmentions", factoids);
        writeTable(dir.resolve(ENTITIES_FILE), "domain\tentity\tdocuments\tmentions", entities);
    }

    private static void writeTable(Path file, String header, Map<String, long[]> rows) throws IOException {
        List<String> keys = new ArrayList<>(rows.keySet());
        keys.sort(null);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write('\n');
            for (String key : keys) {
                long[] c = rows.get(key);
                out.write(key);
                out.write("\t" + c[0] + "\t" + c[1] + "\n");
            }
        }
    }

    /** One row of a written ground-truth table. */
    public record Row(String domain, String entity, String attribute, long documents, long mentions) {
    }

    /** Reads factoids.tsv (attribute set) or entities.tsv (attribute null) back. */
    public static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean hasAttribute = lines.get(0).split("\t").length == 5;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            rows.add(hasAttribute
                    ? new Row(f[0], f[1], f[2], Long.parseLong(f[3]), Long.parseLong(f[4]))
                    : new Row(f[0], f[1], null, Long.parseLong(f[2]), Long.parseLong(f[3])));
        }
        return rows;
    }
}
