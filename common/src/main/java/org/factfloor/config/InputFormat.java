package org.factfloor.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How an input file's documents are laid out (README, Inputs): chosen per file from its name unless forced. */
public enum InputFormat {
    /** from each file's name; only as a setting, never a file's format */
    AUTO, JSONL, TEXT, PARQUET, WARC, WET;

    /** As written in config, flags, sources/ and the manifest. */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the format of that name, or null when there is none */
    public static InputFormat named(String name) {
        return Arrays.stream(values()).filter(f -> f.stored().equals(name)).findFirst().orElse(null);
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(InputFormat::stored).toList();
    }

    /** As written, so messages and listings read "jsonl". */
    @Override
    public String toString() {
        return stored();
    }
}
