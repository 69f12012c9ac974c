package org.factfloor.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.factfloor.config.FactfloorConfig;
import java.util.Locale;
import org.factfloor.extract.CooccurrenceWindow;
import org.factfloor.extract.DocumentExtractor;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.FactMatcher;
import org.factfloor.extract.FactTable;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction alone, on one core: the built-in domains over documents of the generated corpus, already decoded
 * (no I/O, no JSON, no Spark). One operation is one pass over the sample; the auxiliary counters `documents` and
 * `bytes` (UTF-8 bytes of text) are reported per second, so `bytes` ÷ 10⁶ is MB/s per core. `domain = all` is what
 * a task runs (every domain, in-document deduplication); `prefilter = false` drops the domains' literal tests.
 * `domain = cooccurrence` times a cooccurrence domain instead: the shipped country → capital table plus `facts`
 * generated facts ({@link GeneratedFactTable}), counted per `window`; setup prints the compiled table's memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ExtractionBenchmark {
    @Param({"all", "capitals", "death-dates", "citations", "cooccurrence"})
    public String domain;

    /** Generated facts added to the country → capital table for domain = cooccurrence. */
    @Param("100000")
    public int facts;

    /** The cooccurrence window: sentence, paragraph, document or a number of characters. */
    @Param("sentence")
    public String window;

    @Param({"true", "false"})
    public boolean prefilter;

    /** Documents in the sample: about 430 bytes each, so 10,000 is about 4 MB. */
    @Param("10000")
    public int documents;

    /**
     * Where the text comes from: empty for the generated sample; `wikipedia` for the English Wikipedia sample of
     * ../shared/corpora/wikipedia-ab (all 6,466 articles, about 102 MB; `documents` does not apply), found through
     * the environment variable FACTFLOOR_CORPORA that jmh.sh sets; or a JSONL file, plain or .gz (its first
     * `documents` lines, the field `text`), so that two builds of factfloor can be timed on the same text.
     */
    @Param("")
    public String corpus;

    private List<String> texts;
    private long textBytes;
    private DocumentExtractor extractor;

    /** Per-second counters JMH prints beside the operation rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Volume {
        public long documents;
        public long bytes;
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        texts = corpus.isEmpty() ? sample(documents)
                : corpus.equals("wikipedia") ? wikipedia()
                : texts(Path.of(corpus), documents);
        textBytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        if (domain.equals("cooccurrence")) {
            extractor = cooccurrence();
            return;
        }
        List<DomainSpec> specs = new ArrayList<>();
        for (DomainSpec d : FactfloorConfig.load(null, Map.of(), List.of()).domains()) {
            if (domain.equals("all") || domain.equals(d.name())) {
                specs.add(prefilter ? d : withoutPrefilter(d));
            }
        }
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("no built-in domain named " + domain);
        }
        extractor = new DocumentExtractor(specs);
    }

    @Benchmark
    public long extract(Volume volume) {
        long mentions = 0;
        for (String text : texts) {
            mentions += extractor.extract(text, f -> { });
        }
        volume.documents += texts.size();
        volume.bytes += textBytes;
        return mentions;
    }

    private DocumentExtractor cooccurrence() throws IOException {
        DomainSpec spec = FactfloorConfig.load(null, Map.of(), List.of("capital-cooccurrence")).domains().get(0)
                .withWindow(CooccurrenceWindow.named(window));
        System.gc();
        long before = usedHeap();
        List<FactTable.Fact> all = new ArrayList<>(ShippedTables.facts(spec));
        all.addAll(GeneratedFactTable.facts(facts, 20261201L));
        FactMatcher matcher = FactMatcher.of(new FactTable("generated", all), spec);
        all = null;
        System.gc();
        long retained = usedHeap() - before;
        System.err.printf(Locale.ROOT, "%ncooccurrence table: %d facts, %d names, %d automaton nodes; %.1f MB by"
                        + " its arrays (automaton %.1f MB), %.1f MB retained heap measured after GC%n",
                matcher.facts(), matcher.names(), matcher.automatonNodes(), matcher.memoryBytes() / 1e6,
                matcher.automatonBytes() / 1e6, retained / 1e6);
        return new DocumentExtractor(List.of(spec), Map.of(spec.name(), matcher));
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static DomainSpec withoutPrefilter(DomainSpec d) {
        return new DomainSpec(d.name(), d.description(), d.entityNormalizer(), d.attributeNormalizer(), List.of(),
                d.prefilterReach(), d.patterns(), d.extractorClass(), d.entityAllowList(), d.placeAliases(),
                d.limits(), d.plausibleAlternatives(), d.calibrationError(), d.miscalibration(), d.cooccurrence(), d.rules());
    }

    /** The first documents of a corpus from factfloor's generator (seed fixed, so every run sees the same text). */
    private static List<String> sample(int documents) throws IOException {
        Path dir = Files.createTempDirectory("factfloor-jmh");
        try {
            new CorpusGenerator(new GeneratorOptions(dir, documents, 0, 1, 20241125, false)).generate();
            return texts(dir.resolve("corpus/part-00000.jsonl"), documents);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Every article of the shared Wikipedia sample, shard by shard. */
    private static List<String> wikipedia() throws IOException {
        String corpora = System.getenv("FACTFLOOR_CORPORA");
        if (corpora == null) {
            throw new IllegalArgumentException("corpus=wikipedia needs FACTFLOOR_CORPORA (set by deploy/bench/jmh.sh)");
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> shards = Files.list(Path.of(corpora, "wikipedia-ab"))) {
            for (Path shard : shards.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList()) {
                texts.addAll(texts(shard, Integer.MAX_VALUE));
            }
        }
        return texts;
    }

    /** The field `text` of the first `limit` lines of a JSONL file, plain or gzip. */
    private static List<String> texts(Path jsonl, int limit) throws IOException {
        List<String> texts = new ArrayList<>();
        JsonFactory json = new JsonFactory();
        InputStream raw = Files.newInputStream(jsonl);
        InputStream bytes = jsonl.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && texts.size() < limit; line = in.readLine()) {
                try (JsonParser p = json.createParser(line)) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        if (name.equals("text")) {
                            texts.add(p.getText());
                        } else {
                            p.skipChildren();
                        }
                    }
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(jsonl + " holds no line with a field \"text\"");
        }
        return texts;
    }
}
