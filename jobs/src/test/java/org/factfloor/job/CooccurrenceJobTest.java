package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.FactMatcher;
import org.factfloor.extract.FactTableError;
import org.factfloor.stats.DomainSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cooccurrence domain through `run` and `merge` on real Parquet outputs: factoids/ lists every fact of the table
 * (unseen ones with 0), the summary's table shares are exact, and merge(A, B) equals one run over A ∪ B.
 */
class CooccurrenceJobTest {
    private static final String DOMAIN = "capital-table";

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static FactfloorConfig config;
    private static RunResult runA;
    private static RunResult runB;

    @BeforeAll
    static void runBoth() throws IOException {
        spark = TestSpark.session();
        Files.writeString(dir.resolve("capitals.tsv"), """
                country\tcapital\taliases
                France\tParis\tFrench Republic
                Germany\tBerlin\t
                Japan\tTokyo\tNippon|Nihon
                Peru\tLima\t
                Chad\tN'Djamena\t
                """);
        config = config(dir.resolve("capitals.tsv").toString(), "tsv");
        corpus("a", """
                {"id":"a1","text":"Paris is the capital of France. Berlin is in Germany, and Paris is not."}
                {"id":"a2","text":"The French Republic moved nothing to Paris."}
                {"id":"a3","text":"Tokyo is big. Japan is an island country."}
                """);
        corpus("b", """
                {"id":"b1","text":"Lima, Peru.\\nParis, France."}
                {"id":"b2","text":"Germany's Berlin wall. Nippon's capital is Tokyo."}
                """);
        runA = run("a", List.of(corpusPath("a")), "run-a");
        runB = run("b", List.of(corpusPath("b")), "run-b");
    }

    private static FactfloorConfig config(String table, String format) throws IOException {
        Path conf = dir.resolve("cooccurrence-" + format + ".conf");
        Files.writeString(conf, """
                factfloor.domains.capital-table {
                  kind = cooccurrence
                  facts { path = "%s", format = %s, entity-column = country, attribute-column = capital,
                          entity-aliases-column = aliases }
                  window = sentence
                  entity { normalizer = place }
                  attribute { normalizer = place }
                  plausible-alternatives = 200
                }
                """.formatted(table, format));
        return FactfloorConfig.load(conf.toFile(), Map.of(), List.of(DOMAIN));
    }

    @Test
    void factoidsListEveryFactOfTheTableWithZeroForTheUnseen() {
        assertEquals(Map.of("chad -> n'djamena", 0L, "france -> paris", 2L, "germany -> berlin", 1L,
                "japan -> tokyo", 0L, "peru -> lima", 0L), documents(runA.output()));
        DomainSummary s = runA.summaries().get(0);
        assertEquals(3, s.n());
        assertEquals(2, s.distinct());
        assertEquals(1, s.n1());
        assertEquals(5L, s.tableFacts());
        assertEquals(0.6, s.tableUnseenShare(), 1e-12);
        assertEquals(0.2, s.tableOnceShare(), 1e-12);
        assertEquals(1.0 / 3, s.tableGtMissingMass(), 1e-12);
    }

    @Test
    void mergeAddsTheCountsAndKeepsEveryFactLikeOneRunOverBoth() throws IOException {
        MergeResult merged = new MergeJob(spark, config).merge(new MergeOptions(List.of(runA.output(), runB.output()),
                dir.resolve("merge-a-b").toString(), null, "a+b", false, false));
        RunResult union = run("a+b", List.of(corpusPath("a"), corpusPath("b")), "run-a+b");
        Map<String, Long> expected = Map.of("chad -> n'djamena", 0L, "france -> paris", 3L, "germany -> berlin", 2L,
                "japan -> tokyo", 1L, "peru -> lima", 1L);
        assertEquals(expected, documents(merged.output()));
        assertEquals(expected, documents(union.output()));
        DomainSummary s = merged.summaries().get(0);
        assertEquals(List.of(7L, 4L, 2L, 5L), List.of(s.n(), s.distinct(), s.n1(), s.tableFacts()));
        assertEquals(0.2, s.tableUnseenShare(), 1e-12);
        assertEquals(0.4, s.tableOnceShare(), 1e-12);
        assertEquals(2.0 / 7, s.tableGtMissingMass(), 1e-12);
        assertEquals(rows(union.output(), "summary"), rows(merged.output(), "summary"));
        String report = Files.readString(file(merged.output(), "report.md"));
        assertTrue(report.contains("of the table's 5 facts the corpus never shows 1 (20.0%) and shows 2 exactly once"
                + " (40.0%). Good–Turing, from the observed facts alone, puts the missing mass at 28.6%"), report);
        String html = Files.readString(file(merged.output(), "report.html"));
        assertTrue(html.contains("<strong>Fact table</strong>: of the table&#39;s 5 facts the corpus never shows 1"), html);
        assertEquals(List.of(2L), merged.deltas().stream().map(d -> d.newFactoids()).toList(),
                "new factoids are those seen now and not before, not the table's zero rows");
    }

    @Test
    void aParquetTableWithAListOfAliasesCountsTheSame() throws IOException {
        String parquet = dir.resolve("capitals.parquet").toString();
        spark.createDataFrame(List.of(RowFactory.create("France", "Paris", List.of("French Republic")),
                        RowFactory.create("Germany", "Berlin", List.of()), RowFactory.create("Japan", "Tokyo",
                                List.of("Nippon", "Nihon")), RowFactory.create("Peru", "Lima", List.of()),
                        RowFactory.create("Chad", "N'Djamena", List.of())),
                new StructType().add("country", DataTypes.StringType).add("capital", DataTypes.StringType)
                        .add("aliases", DataTypes.createArrayType(DataTypes.StringType)))
                .coalesce(1).write().parquet(parquet);
        FactfloorConfig fromParquet = config(parquet, "parquet");
        RunResult run = new RunJob(spark, fromParquet).run(new RunOptions(List.of(corpusPath("b")),
                dir.resolve("run-b-parquet").toString(), "b", false, false));
        assertEquals(documents(runB.output()), documents(run.output()));
        assertEquals(Map.of("chad -> n'djamena", 0L, "france -> paris", 1L, "germany -> berlin", 1L,
                "japan -> tokyo", 1L, "peru -> lima", 1L), documents(run.output()));
    }

    @Test
    void aMissingTableIsAnErrorNamingTheFileAndTheKey() throws IOException {
        FactfloorConfig missing = config(dir.resolve("nope.tsv").toString(), "tsv");
        FactTableError e = assertThrows(FactTableError.class,
                () -> FactTables.compile(missing, spark.sparkContext().hadoopConfiguration()));
        assertTrue(e.getMessage().contains("nope.tsv (factfloor.domains.capital-table.facts.path) does not exist;"
                + " fix the path"), e.getMessage());
        Map<String, FactMatcher> shipped = FactTables.compile(FactfloorConfig.load(null, Map.of(),
                List.of("capital-cooccurrence", "region-cooccurrence")), spark.sparkContext().hadoopConfiguration());
        assertEquals(249, shipped.get("capital-cooccurrence").facts());
        assertTrue(shipped.get("region-cooccurrence").facts() > 3000);
    }

    private static void corpus(String name, String jsonl) throws IOException {
        Files.createDirectories(dir.resolve(name));
        Files.writeString(dir.resolve(name).resolve("part-0.jsonl"), jsonl);
    }

    private static String corpusPath(String name) {
        return dir.resolve(name).toString();
    }

    private static RunResult run(String corpusId, List<String> inputs, String output) {
        return new RunJob(spark, config).run(new RunOptions(inputs, dir.resolve(output).toString(), corpusId, false,
                false));
    }

    private static Map<String, Long> documents(String output) {
        Map<String, Long> documents = new TreeMap<>();
        for (Row r : spark.read().parquet(output + "/factoids").collectAsList()) {
            documents.put(r.getAs("entity") + " -> " + r.getAs("attribute"), r.getAs("documents"));
        }
        return documents;
    }

    private static List<String> rows(String output, String table) {
        return spark.read().parquet(output + "/" + table).drop("corpus_id", "run_id", "corpus_ids").collectAsList()
                .stream().map(Row::toString).sorted().toList();
    }

    private static Path file(String output, String name) {
        return (output.startsWith("file:") ? Path.of(java.net.URI.create(output)) : Path.of(output)).resolve(name);
    }
}
