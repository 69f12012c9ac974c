package org.factfloor.job;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Which input file each singleton came from. A factoid seen once has exactly one occurrence, hence one file;
 * factoids/ keeps that file in `singleton_source`, so a merge can still say which files contribute the singletons
 * of the union (a singleton of the union is a singleton of exactly one merged run).
 */
final class SingletonSources {
    private SingletonSources() {
    }

    /** path → domain → factoids seen exactly once whose one occurrence is in that file. */
    static Map<String, Map<String, Long>> byFile(Dataset<Row> factoids) {
        Map<String, Map<String, Long>> singletons = new HashMap<>();
        for (Row r : factoids.filter(col("singleton_source").isNotNull()).groupBy("singleton_source", "domain")
                .count().collectAsList()) {
            singletons.computeIfAbsent(r.getString(0), p -> new TreeMap<>()).put(r.getString(1), r.getLong(2));
        }
        return singletons;
    }
}
