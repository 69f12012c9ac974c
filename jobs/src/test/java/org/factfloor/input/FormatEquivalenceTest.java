package org.factfloor.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.config.InputFormat;
import org.factfloor.config.InputSettings;
import org.factfloor.extract.DocumentExtractor;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.factfloor.sample.GroundTruth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One generated corpus converted into every format × compression reads the same documents and gives the same
 * factoid counts as its plain-JSONL twin, which gives the generator's ground truth.
 */
class FormatEquivalenceTest {
    private static final List<String> COMPRESSIONS = List.of("none", "gzip", "bzip2", "zstd");

    @TempDir
    static Path dir;
    private static List<CorpusFormats.Doc> docs;
    private static Map<String, List<Long>> twin;
    private static DocumentExtractor extractor;

    @BeforeAll
    static void generate() throws IOException {
        new CorpusGenerator(new GeneratorOptions(dir.resolve("gen"), 600, 0, 1, 5, false)).generate();
        extractor = new DocumentExtractor(FactfloorConfig.load(null, Map.of(), List.of()).domains());
        Read.Result jsonl = Read.one(dir.resolve("gen/corpus").toString());
        docs = jsonl.docs();
        twin = counts(List.of(jsonl));
    }

    @Test
    void theJsonlTwinGivesTheGroundTruth() throws IOException {
        Map<String, List<Long>> truth = new TreeMap<>();
        for (GroundTruth.Row r : GroundTruth.read(dir.resolve("gen/ground-truth/factoids.tsv"))) {
            truth.put(r.domain() + "|" + r.entity() + "|" + r.attribute(), List.of(r.documents(), r.mentions()));
        }
        assertEquals(truth, twin);
        assertEquals(600, docs.size());
        assertTrue(twin.size() > 500, "a real spectrum: " + twin.size());
    }

    @Test
    void jsonlInEveryCompression() throws IOException {
        for (String c : COMPRESSIONS) {
            Path file = CorpusFormats.jsonl(docs, dir.resolve("jsonl/corpus.jsonl" + CorpusFormats.extension(c)), c);
            assertSame("jsonl " + c, Read.all(file.toString(), Read.DEFAULTS, new BadInputPolicy(true, false)),
                    true);
        }
    }

    @Test
    void textFilesInEveryCompression() throws IOException {
        // One file per document, so a sample of the corpus: the counts are compared with the same sample's twin.
        List<CorpusFormats.Doc> sample = docs.subList(0, 120);
        Map<String, List<Long>> sampleTwin = counts(List.of(new Read.Result(null, sample, null)));
        InputSettings fileUnit = Read.settings("auto", "file", 64L << 20);
        for (String c : COMPRESSIONS) {
            Path d = CorpusFormats.textFiles(sample, dir.resolve("text-" + c), c);
            List<Read.Result> read = Read.all(d.toString(), fileUnit, new BadInputPolicy(true, false));
            assertEquals(sample.size(), read.size());
            assertTrue(read.stream().allMatch(r -> r.good() == 1 && r.counters().problems().isEmpty()), c);
            // A text document is its lines, each ending in a newline: the same factoids, not the same string.
            assertEquals(sampleTwin, counts(read), "text " + c + ": factoid counts");
        }
    }

    @Test
    void parquetInEveryCodec() throws IOException {
        for (CompressionCodecName codec : List.of(CompressionCodecName.UNCOMPRESSED, CompressionCodecName.SNAPPY,
                CompressionCodecName.GZIP, CompressionCodecName.ZSTD)) {
            Path file = CorpusFormats.parquet(docs, dir.resolve("parquet/corpus-" + codec + ".parquet"), codec);
            List<Read.Result> read = Read.all(file.toString(), Read.DEFAULTS, new BadInputPolicy(true, false));
            assertSame("parquet " + codec, read, true);
        }
    }

    @Test
    void warcAndWetInEveryCompression() throws IOException {
        for (boolean wet : List.of(false, true)) {
            for (String c : COMPRESSIONS) {
                Path file = CorpusFormats.warc(docs, dir.resolve("warc/corpus." + (wet ? "warc.wet" : "warc")
                        + CorpusFormats.extension(c)), wet, c);
                List<Read.Result> read = Read.all(file.toString(), Read.DEFAULTS, new BadInputPolicy(true, false));
                assertEquals(wet ? InputFormat.WET : InputFormat.WARC, read.get(0).file().format());
                assertSame((wet ? "wet " : "warc ") + c, read, false);
                assertEquals("http://example.org/doc-000000000", read.get(0).docs().get(0).id());
            }
        }
    }

    /** Same factoid counts as the twin; with sameIds also the same ids and texts, in order. */
    private static void assertSame(String what, List<Read.Result> read, boolean sameIds) {
        List<CorpusFormats.Doc> all = new ArrayList<>();
        read.forEach(r -> all.addAll(r.docs()));
        assertEquals(docs.size(), all.size(), what + ": documents");
        if (sameIds) {
            assertEquals(docs, all, what + ": documents");
        }
        assertEquals(twin, counts(read), what + ": factoid counts");
        read.forEach(r -> assertTrue(r.counters().problems().isEmpty() && r.counters().warnings().isEmpty(),
                what + ": " + r.counters().problems() + r.counters().warnings()));
    }

    /** domain|entity|attribute → [documents, mentions]. */
    private static Map<String, List<Long>> counts(List<Read.Result> read) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Read.Result r : read) {
            for (CorpusFormats.Doc d : r.docs()) {
                extractor.extract(d.text(), f -> {
                    long[] s = sums.computeIfAbsent(f.domain() + "|" + f.entity() + "|" + f.attribute(),
                            k -> new long[2]);
                    s[0]++;
                    s[1] += f.mentions();
                });
            }
        }
        Map<String, List<Long>> out = new TreeMap<>();
        sums.forEach((k, v) -> out.put(k, List.of(v[0], v[1])));
        return out;
    }
}
