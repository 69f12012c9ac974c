package org.factfloor.sample;

import java.nio.file.Path;

/**
 * What to generate: either a number of documents or a target of uncompressed bytes (the other is 0).
 */
public record GeneratorOptions(Path output, long documents, long bytes, int shards, long seed, boolean gzip) {
    public GeneratorOptions {
        if ((documents > 0) == (bytes > 0)) {
            throw new IllegalArgumentException("give exactly one of --documents N and --bytes N");
        }
        if (shards < 1) {
            throw new IllegalArgumentException("--shards must be >= 1, got " + shards);
        }
    }
}
