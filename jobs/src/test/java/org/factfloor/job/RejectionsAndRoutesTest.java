package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in capitals, former-capitals and death-dates through a real run: a past-tense capital is counted under
 * former-capitals, and every refused match is in sources/ (and _MANIFEST.json) under "domain:reason".
 */
class RejectionsAndRoutesTest {

    // The title's and the place's spans are long ones: two years in the same or the next decade are refused as an
    // office span before any other reason is asked (issue 14, fifth round).
    @Test
    void pastTenseCapitalsAreRoutedAndEveryRefusalIsCountedPerSource(@TempDir Path dir) throws IOException {
        SparkSession spark = TestSpark.session();
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("docs.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"text\": \"Paris is the capital of France. Bonn was the capital of West Germany.\"}",
                "{\"id\": \"b\", \"text\": \"Army chiefs\\nLieutenant General Henry Dubar (1980–1990) led the army. Prime Minister"
                        + " (1848–1897). Smith died in 1990.\"}",
                "{\"id\": \"c\", \"text\": \"John Smith was a painter. Smith died in 1990. Ivory Coast (1897–1949).\"}",
                ""));
        FactfloorConfig config = FactfloorConfig.load(null, Map.of(),
                List.of("capitals", "former-capitals", "death-dates"));
        Path output = dir.resolve("out");
        new RunJob(spark, config).run(new RunOptions(List.of(input.toString()), output.toString(), "rejections",
                false, false));

        Map<String, String> factoids = new TreeMap<>();
        for (Row r : spark.read().parquet(output.resolve("factoids").toString()).collectAsList()) {
            factoids.put(r.getAs("domain") + "|" + r.getAs("entity"), r.getAs("attribute"));
        }
        assertEquals(Map.of("capitals|france", "paris", "former-capitals|west germany", "bonn",
                "death-dates|john smith", "1990"), factoids);
        Row source = spark.read().parquet(output.resolve("sources").toString()).collectAsList().get(0);
        assertEquals(Map.of("death-dates:office-span", 1L, "death-dates:title", 1L,
                        "death-dates:single-word-name", 1L, "death-dates:place", 1L),
                source.getJavaMap(source.fieldIndex("rejections")));
        String manifest = Files.readString(output.resolve("_MANIFEST.json"));
        assertEquals(true, manifest.contains("\"death-dates:single-word-name\":1")
                || manifest.contains("\"death-dates:single-word-name\" : 1"), manifest);
    }

    @Test
    void aRouteToADomainThatIsNotRunningIsCountedNotLost(@TempDir Path dir) throws IOException {
        SparkSession spark = TestSpark.session();
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("docs.jsonl"),
                "{\"id\": \"a\", \"text\": \"Bonn was the capital of West Germany.\"}\n");
        FactfloorConfig config = FactfloorConfig.load(null, Map.of(), List.of("capitals"));
        Path output = dir.resolve("out");
        new RunJob(spark, config).run(new RunOptions(List.of(input.toString()), output.toString(), "routes",
                false, false));
        Row source = spark.read().parquet(output.resolve("sources").toString()).collectAsList().get(0);
        assertEquals(Map.of("capitals:routed-to-disabled:former-capitals", 1L),
                source.getJavaMap(source.fieldIndex("rejections")));
    }
}
