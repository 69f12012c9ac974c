package org.factfloor.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factfloor.UserError;

/**
 * Reads a labelled evaluation file, one snippet per line: {@code style || text || expected}, where expected is
 * {@code none} or {@code entity => attribute} pairs joined by {@code " ;; "}; {@code \n} in a text is a line
 * break, lines starting with # are comments. A file for domain D is named {@code D.eval}. In a real-text set the text
 * is a reference {@code @<corpus>/<id>} to a whole document of a corpus (see {@link CorpusReferences}).
 */
public final class EvaluationSet {
    public static final String SUFFIX = ".eval";
    private static final String FIELD = " || ";
    private static final String PAIR = " => ";

    private EvaluationSet() {
    }

    public static Path fileFor(Path directory, String domain) {
        return directory.resolve(domain + SUFFIX);
    }

    /** A set of snippets only: a line naming a corpus document is an error. */
    public static List<LabelledSnippet> read(Path file) throws IOException {
        return read(file, new CorpusReferences(null));
    }

    public static List<LabelledSnippet> read(Path file, CorpusReferences corpora) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LabelledSnippet> snippets = new ArrayList<>();
        Set<String> references = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(java.util.regex.Pattern.quote(FIELD), -1);
            if (fields.length != 3) {
                throw new UserError(file + ":" + (i + 1) + ": expected 'style || text || expected'"
                        + " (three fields separated by ' || '), got " + fields.length + " fields");
            }
            String text = fields[1].strip();
            if (CorpusReferences.isReference(text)) {
                references.add(text);
            } else {
                text = fields[1].replace("\\n", "\n");
            }
            snippets.add(new LabelledSnippet(file.getFileName().toString(), i + 1, fields[0].strip(), text,
                    expected(fields[2].strip(), file, i + 1)));
        }
        if (references.isEmpty()) {
            return snippets;
        }
        Map<String, String> texts = corpora.resolve(references, file);
        List<LabelledSnippet> resolved = new ArrayList<>(snippets.size());
        for (LabelledSnippet s : snippets) {
            String text = texts.getOrDefault(s.text(), s.text());
            resolved.add(new LabelledSnippet(s.source(), s.line(), s.style(), text, s.expected()));
        }
        return resolved;
    }

    private static Set<String> expected(String field, Path file, int line) {
        Set<String> pairs = new LinkedHashSet<>();
        if (field.equals("none")) {
            return pairs;
        }
        for (String pair : field.split(" ;; ")) {
            String[] parts = pair.split(PAIR, -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new UserError(file + ":" + line + ": expected 'none' or 'entity => attribute'"
                        + " pairs joined by ' ;; ', got '" + pair + "'");
            }
            pairs.add(key(parts[0].strip(), parts[1].strip()));
        }
        return pairs;
    }

    static String key(String entity, String attribute) {
        return entity + PAIR + attribute;
    }
}
