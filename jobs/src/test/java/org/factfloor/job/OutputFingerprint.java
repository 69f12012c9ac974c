package org.factfloor.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.config.Sha256;
import org.factfloor.output.Manifest;

/**
 * What an output holds, as one SHA-256 per table or file, independent of where its inputs and outputs were (their
 * directories become {@code <in>} and {@code <out>}), of run ids (which hash those paths) and of the
 * row order Spark wrote. The manifest's clock fields (finished_at, elapsed_seconds) and versions are left out.
 */
final class OutputFingerprint {
    private OutputFingerprint() {
    }

    /**
     * @param tables   the Parquet tables to fingerprint
     * @param inputDir the directory the inputs were under, as a URI prefix (file:/…)
     * @param outputDir the directory the outputs were under, as a URI prefix
     */
    static Map<String, String> of(SparkSession spark, Path output, List<String> tables, String inputDir,
                                  String outputDir) throws IOException {
        Map<String, Object> manifest = new TreeMap<>(Manifest.parse(Files.readString(output.resolve("_MANIFEST.json"))));
        List<String> runIds = new ArrayList<>(List.of(String.valueOf(manifest.get("run_id"))));
        for (Object corpus : (List<?>) manifest.get("corpora")) {
            runIds.add(String.valueOf(((Map<?, ?>) corpus).get("run_id")));
        }
        Map<String, String> prints = new LinkedHashMap<>();
        for (String table : tables) {
            List<String> rows = spark.read().parquet(output.resolve(table).toString()).collectAsList().stream()
                    .map(Row::toString).sorted().toList();
            prints.put(table, hash(String.join("\n", rows), runIds, inputDir, outputDir));
        }
        prints.put("summary.json", hash(Files.readString(output.resolve("summary.json")), runIds, inputDir, outputDir));
        prints.put("report.md", hash(Files.readString(output.resolve("report.md")), runIds, inputDir, outputDir));
        manifest.keySet().removeAll(List.of("finished_at", "elapsed_seconds", "versions"));
        prints.put("_MANIFEST.json", hash(manifest.toString(), runIds, inputDir, outputDir));
        return prints;
    }

    private static String hash(String text, List<String> runIds, String inputDir, String outputDir) {
        String normalised = text.replace(inputDir, "<in>").replace(outputDir, "<out>");
        for (String runId : runIds) {
            normalised = normalised.replace(runId, "<run>");
        }
        return Sha256.hex(normalised);
    }
}
