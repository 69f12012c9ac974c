package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.output.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are the same as before run and merge shared one pipeline (issue 15). The expected fingerprints are those
 * of outputs made by the code before it (`deploy/factfloor run` and `merge` at commit 6c9a7d3) on the same inputs:
 * local-data's shards 0–3 as corpus a, 4–7 as corpus b, and their merge ab. Only report.html of a merge is new.
 */
class OutputEquivalenceTest {
    private static final Path HOME = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final List<String> RUN_TABLES = List.of("factoids", "entities", "spectrum", "summary", "sources");
    private static final List<String> MERGE_TABLES = List.of("factoids", "entities", "spectrum", "summary", "sources",
            "delta");

    @TempDir
    static Path dir;
    private static SparkSession spark;

    @BeforeAll
    static void runAndMerge() throws IOException {
        spark = TestSpark.session();
        FactfloorConfig config = FactfloorConfig.load(null, Map.of(), List.of());
        for (int shard = 0; shard < 8; shard++) {
            String name = "part-0000" + shard + ".jsonl.gz";
            Path corpus = Files.createDirectories(dir.resolve("in").resolve(shard < 4 ? "a" : "b"));
            Files.copy(HOME.resolve("local-data/corpus").resolve(name), corpus.resolve(name));
        }
        for (String corpus : List.of("a", "b")) {
            new RunJob(spark, config).run(new RunOptions(List.of(dir.resolve("in").resolve(corpus).toString()),
                    dir.resolve("out").resolve(corpus).toString(), corpus, false, false, false, 1));
        }
        new MergeJob(spark, config).merge(new MergeOptions(List.of(out("a").toString(), out("b").toString()),
                out("ab").toString(), null, null, false, false));
    }

    @Test
    void runsWriteWhatTheyWroteBefore() throws IOException {
        assertEquals(Map.of(
                "factoids", "db16a13e17cd9478f6bdd01f0392974a4e514c9179b3af5bf97c65b99c306634",
                "entities", "3c3858b422242c96cdab0ce49e438abf3778a362a3795de659c5ffb4a924e617",
                "spectrum", "340c2ded542261bdea8e29e92aebd9c15c6e5398e24a9f3ab4723f1eb6eba686",
                "summary", "1ae041d328d8b009c2fb92c6f429f00c36043915aa2705407c78445f60d9d368",
                "sources", "9879cc053fddd05cc968b9a4758e90a114d57f8d3827f22604f1131f05a31bbc",
                "summary.json", "1163ebaec5e290ed3cc4c8464bc6023b96b64a08522bcc11c258dbfdfdff24d9",
                "report.md", "7b73630d6ff043cf065a4769267a9d658e29c9d3c07c16d51eef739c424d524e",
                "_MANIFEST.json", "0a20fec5eb5c0e1579210c88613cec2152bf8c601a1255fe4b8af1f7bbf83fe1"),
                fingerprint("a", RUN_TABLES));
        assertEquals(Map.of(
                "factoids", "9f8251918594efa52cb216b33bf8715b2a09954634ae8181ff75c9e08c74efa5",
                "entities", "ca8b58e4e12f8595eff1a786f58ae2f597cef6d14710f6164838a6c0e27909fc",
                "spectrum", "5bf71f12a2e522012a18174b2e158e456f813431049d2a4bb2a4b61ee19ba6a4",
                "summary", "3894d0f6ec5a5b9f7e8f95602cdfe4071c9f55ada175d001c1a5f2e1afcd82d8",
                "sources", "66d2b828fe0f658bc9278ea2933d67ff1e498dd5cba202e6e13cfcd2fde73444",
                "summary.json", "f8c66766e306ff9ec31aa6bfe9fe6cc06a798e498053145801530da9379c9c2c",
                "report.md", "c9942d9100ea4d8b8e9ceb7dffbe288ec7500870913f68f53b3ee5fb7638e5cb",
                "_MANIFEST.json", "6b0802b959ce3cc79786b2acb5e4483f9c93e81be810d1c2c754bbcafe6ffa35"),
                fingerprint("b", RUN_TABLES));
    }

    @Test
    void aMergeWritesWhatItWroteBefore() throws IOException {
        assertEquals(Map.of(
                "factoids", "438e91a3c043f38427095334e221d5a12adbd088e8fe1e3e4790809945918636",
                "entities", "b9a2d82594d9b7150e1436fa239491e03261ad4e91d1e98409c1a3869a4857e4",
                "spectrum", "9f8529405d73e7c29ee8343c41dda36463203df33ec300664a6935e5887468a5",
                "summary", "058cb3a4d9c7311ec3574ba96938b20312bedd664f579a7819ee390652de5f84",
                "sources", "9598cd798f824aa159a37cdb8de3dbc84efb37aee80489f4418df73b0d42bdb5",
                "delta", "fcd7b61cfa066dac5b1055a61da8b276ec2ac89e559e5ca7975ef8c48e219bf7",
                "summary.json", "82fcca26ca43faaebe8b4bcbbd77eb19facd1934d6c28a288be24a9656be78f2",
                "report.md", "a9bcd436825ee282ab6d017b305e17d015459bd5c57827b53ae64d59184f58ad",
                "_MANIFEST.json", "4cf6727127e60c2f49ce8840b7f506c7f28ac05aada814d49a565397c14f047d"),
                fingerprint("ab", MERGE_TABLES));
    }

    @Test
    void aMergeHasReportHtmlWithItsDeltaAndReportRendersBothAgain() throws IOException {
        String html = Files.readString(out("ab").resolve("report.html"));
        assertTrue(html.contains("<section id=\"delta\">\n<h2>What adding b changed</h2>\n"
                + "<p>Compared with the statistics of a alone (<code>delta/</code>).</p>"), html);
        assertTrue(html.contains("<tr><td class=\"nowrap\">capitals</td>"), html);
        String markdown = Files.readString(out("ab").resolve("report.md"));
        Reports.rewrite(out("ab").toString(), spark.sparkContext().hadoopConfiguration());
        assertEquals(html, Files.readString(out("ab").resolve("report.html")));
        assertEquals(markdown, Files.readString(out("ab").resolve("report.md")));
    }

    @Test
    void aRunsReportHasNoDeltaSection() throws IOException {
        assertFalse(Files.readString(out("a").resolve("report.html")).contains("id=\"delta\""));
    }

    private static Map<String, String> fingerprint(String output, List<String> tables) throws IOException {
        return OutputFingerprint.of(spark, out(output), tables, "file:" + dir.resolve("in"),
                "file:" + dir.resolve("out"));
    }

    private static Path out(String name) {
        return dir.resolve("out").resolve(name);
    }
}
