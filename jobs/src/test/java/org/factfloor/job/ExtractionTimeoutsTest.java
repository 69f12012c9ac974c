package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pattern that backtracks catastrophically costs one document its domain, is counted per source, and the run goes
 * on. The lookahead (?!c) before c can never hold, so the regex fails after trying every split of the a's, while
 * the start automaton (which drops lookaround) does send it there.
 */
class ExtractionTimeoutsTest {

    @Test
    void aDocumentOverItsBudgetIsCountedAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        SparkSession spark = TestSpark.session();
        Path conf = dir.resolve("slow.conf");
        Files.writeString(conf, "factfloor.domains.slow { prefilter = [\"k\"], patterns = ["
                + "\"(?<entity>k\\\\d)=(?<attribute>v)\", \"(?<entity>(?:.*a){12})(?!c)(?<attribute>c)\"],"
                + " plausible-alternatives = 10 }\n");
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        Files.writeString(input.resolve("docs.jsonl"), String.join("\n",
                "{\"id\": \"fine\", \"text\": \"k1=v and k2=v\"}",
                "{\"id\": \"pathological\", \"text\": \"k3=v " + "a".repeat(40) + "c\"}",
                "{\"id\": \"fine-again\", \"text\": \"k1=v\"}", ""));
        FactfloorConfig config = FactfloorConfig.load(conf.toFile(), Map.of(), List.of("slow"));
        Path output = dir.resolve("out");
        RunResult result = new RunJob(spark, config).run(new RunOptions(List.of(input.toString()), output.toString(),
                "timeouts", false, false));

        assertEquals(3, result.documents());
        Row source = spark.read().parquet(output.resolve("sources").toString()).collectAsList().get(0);
        assertEquals(Map.of("extraction_timeouts:slow", 1L), source.getJavaMap(source.fieldIndex("warnings")));
        assertEquals(List.of("extraction_timeouts:slow at pathological"),
                source.getList(source.fieldIndex("bad_record_locations")));
        List<Row> factoids = spark.read().parquet(output.resolve("factoids").toString())
                .orderBy("entity").collectAsList();
        assertEquals(List.of("k1:2", "k2:1", "k3:1"), factoids.stream()
                .map(r -> r.getAs("entity") + ":" + r.<Long>getAs("documents")).toList());
    }
}
