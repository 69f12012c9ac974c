package org.factfloor.extract;

import java.util.Locale;

/** The formats a fact table may be stored in; text formats may be gzip-compressed (a name ending in .gz). */
public enum FactTableFormat {
    TSV, CSV, JSONL, PARQUET;

    /** The format a file name says (after a .gz), or null. */
    public static FactTableFormat ofName(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return TSV;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSONL;
        }
        if (name.endsWith(".parquet")) {
            return PARQUET;
        }
        return null;
    }

    public static FactTableFormat named(String name) {
        for (FactTableFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
