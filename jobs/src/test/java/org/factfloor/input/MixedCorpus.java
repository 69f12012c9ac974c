package org.factfloor.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;

/** A generated corpus split into one directory of mixed formats: JSONL (gzip and zstd), Parquet and WET.gz. */
public final class MixedCorpus {
    private MixedCorpus() {
    }

    /** Generates {@code documents} documents and writes them, a quarter per format, under {@code dir}/mixed. */
    public static Path write(Path dir, int documents, long seed) throws IOException {
        new CorpusGenerator(new GeneratorOptions(dir.resolve("gen"), documents, 0, 1, seed, false)).generate();
        List<CorpusFormats.Doc> docs = Read.one(dir.resolve("gen/corpus").toString()).docs();
        int quarter = docs.size() / 4;
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        CorpusFormats.jsonl(docs.subList(0, quarter), mixed.resolve("part-0.jsonl.gz"), "gzip");
        CorpusFormats.parquet(docs.subList(quarter, 2 * quarter), mixed.resolve("part-1.parquet"),
                CompressionCodecName.SNAPPY);
        CorpusFormats.warc(docs.subList(2 * quarter, 3 * quarter), mixed.resolve("part-2.warc.wet.gz"), true, "gzip");
        CorpusFormats.jsonl(docs.subList(3 * quarter, docs.size()), mixed.resolve("part-3.jsonl.zst"), "zstd");
        return mixed;
    }
}
