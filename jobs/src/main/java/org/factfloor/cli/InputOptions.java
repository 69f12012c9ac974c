package org.factfloor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.factfloor.input.InputListing;
import picocli.CommandLine.Option;

/** The options that say what to read, shared by `run` and `validate`. */
final class InputOptions {
    @Option(names = {"-i", "--input"}, paramLabel = "PATH",
            description = "File, directory (recursive) or glob on any Hadoop file system; repeatable."
                    + " Default: local-data/corpus of the factfloor checkout.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--input-list", paramLabel = "FILE",
            description = "A file (on any Hadoop file system) naming one input path or glob per line; # comments.")
    String inputList;

    @Option(names = "--format",
            description = "Input format: auto (default, from file names), jsonl, text, parquet, warc or wet.")
    String format;

    @Option(names = "--compression",
            description = "auto (default: from the name, checked against the bytes), gzip, bzip2, zstd or none.")
    String compression;

    /** The inputs given, or the bundled sample when none was. */
    List<String> paths(Configuration hadoop) {
        List<String> all = new ArrayList<>(inputs);
        if (inputList != null) {
            all.addAll(InputListing.readList(inputList, hadoop));
        }
        return all.isEmpty() ? List.of(Defaults.sampleCorpus().toString()) : all;
    }

    /** --format and --compression as config overrides. */
    void addOverrides(Map<String, Object> overrides) {
        if (format != null) {
            overrides.put("factfloor.input.format", format);
        }
        if (compression != null) {
            overrides.put("factfloor.input.compression", compression);
        }
    }
}
