package org.factfloor.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueType;
import java.util.Set;
import java.util.TreeSet;
import org.factfloor.extract.CooccurrenceSpec;
import org.factfloor.extract.CooccurrenceWindow;
import org.factfloor.extract.FactTableFormat;

/**
 * The {@code facts { … }} and {@code window} keys of a {@code kind = cooccurrence} domain → {@link CooccurrenceSpec}.
 * The table itself is read later, on the driver, through Hadoop's file system (jobs), so a config names tables on
 * HDFS or S3 as easily as local ones.
 */
final class CooccurrenceParser {
    static final String KIND = "cooccurrence";
    private static final Set<String> FACT_KEYS = Set.of("path", "format", "entity-column", "attribute-column",
            "entity-aliases-column", "attribute-aliases-column", "alias-separator");

    private CooccurrenceParser() {
    }

    static CooccurrenceSpec spec(Config d, String where) {
        for (String forbidden : new String[] {"patterns", "extractor", "prefilter"}) {
            if (d.hasPath(forbidden)) {
                throw ConfigErrors.at(d, where, forbidden, "a cooccurrence domain finds its facts in its fact table;"
                        + " remove '" + forbidden + "' or declare a pattern domain without kind = cooccurrence");
            }
        }
        if (!d.hasPath("facts") || d.getValue("facts").valueType() != ConfigValueType.OBJECT) {
            throw ConfigErrors.at(where, d.origin(), "a cooccurrence domain needs facts { path = \"table.tsv\","
                    + " entity-column = …, attribute-column = … }");
        }
        Config f = d.getConfig("facts");
        String at = where + ".facts";
        for (String key : f.root().keySet()) {
            if (!FACT_KEYS.contains(key)) {
                throw ConfigErrors.at(f, at, key, "unknown key; facts takes " + String.join(", ",
                        new TreeSet<>(FACT_KEYS)));
            }
        }
        String path = required(f, at, "path");
        FactTableFormat format = null;
        if (f.hasPath("format") && !f.getString("format").equals("auto")) {
            format = FactTableFormat.named(f.getString("format"));
            if (format == null) {
                throw ConfigErrors.at(f, at, "format", "must be auto, tsv, csv, jsonl or parquet, got '"
                        + f.getString("format") + "'");
            }
        } else if (FactTableFormat.ofName(path) == null) {
            throw ConfigErrors.at(f, at, "path", "cannot tell the table's format from its name " + path + "; name it"
                    + " .tsv, .csv, .jsonl or .parquet (optionally .gz) or set facts.format");
        }
        String separator = f.hasPath("alias-separator") ? f.getString("alias-separator") : "|";
        if (separator.isEmpty()) {
            throw ConfigErrors.at(f, at, "alias-separator", "must not be empty; \"|\" is the default");
        }
        return new CooccurrenceSpec(path, format, required(f, at, "entity-column"), required(f, at,
                "attribute-column"), optional(f, "entity-aliases-column"), optional(f, "attribute-aliases-column"),
                separator, window(d, where));
    }

    /** window = sentence (default) | paragraph | document | N: at most N characters between the two names. */
    private static CooccurrenceWindow window(Config d, String where) {
        if (!d.hasPath("window")) {
            return CooccurrenceWindow.SENTENCE;
        }
        if (d.getValue("window").valueType() == ConfigValueType.NUMBER) {
            int n = d.getInt("window");
            if (n < 0) {
                throw ConfigErrors.at(d, where, "window", "a character window must be >= 0 characters, got " + n);
            }
            return CooccurrenceWindow.characters(n);
        }
        CooccurrenceWindow window = CooccurrenceWindow.named(d.getString("window"));
        if (window == null) {
            throw ConfigErrors.at(d, where, "window", "must be sentence, paragraph, document or a number of"
                    + " characters (e.g. window = 200), got '" + d.getString("window") + "'");
        }
        return window;
    }

    private static String required(Config f, String at, String key) {
        if (!f.hasPath(key) || f.getString(key).isBlank()) {
            throw ConfigErrors.at(at + "." + key, f.origin(), "missing; name the table's "
                    + (key.equals("path") ? "file (any Hadoop file system, or classpath:…)" : "column"));
        }
        return f.getString(key);
    }

    private static String optional(Config f, String key) {
        return f.hasPath(key) && !f.getString(key).isBlank() ? f.getString(key) : null;
    }
}
