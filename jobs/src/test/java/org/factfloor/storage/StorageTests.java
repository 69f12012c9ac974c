package org.factfloor.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.output.Manifest;

/** What the HDFS and S3 tests share: the tables compared, row rendering with path renaming, listing. */
final class StorageTests {
    static final List<String> TABLES = List.of("factoids", "entities", "spectrum", "summary", "sources");

    private StorageTests() {
    }

    /** A table's rows as sorted strings, each {@code rename} key replaced by its value (paths, run ids). */
    static List<String> rows(SparkSession spark, String table, Map<String, String> rename) {
        return spark.read().parquet(table).collectAsList().stream().map(Row::toString).map(r -> {
            for (Map.Entry<String, String> e : rename.entrySet()) {
                r = r.replace(e.getKey(), e.getValue());
            }
            return r;
        }).sorted().toList();
    }

    /** The run id in an output's _MANIFEST.json. */
    static String runId(FileSystem fs, String output) throws IOException {
        try (InputStream in = fs.open(new org.apache.hadoop.fs.Path(output + "/_MANIFEST.json"))) {
            return (String) Manifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get("run_id");
        }
    }

    static List<String> names(FileSystem fs, String dir) throws IOException {
        return Arrays.stream(fs.listStatus(new org.apache.hadoop.fs.Path(dir))).map(s -> s.getPath().getName())
                .sorted().toList();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
