package org.factfloor.sample;

import java.nio.file.Path;
import org.factfloor.UserError;

/**
 * What to generate: either a number of documents or a target of uncompressed bytes (the other is 0), the mix of
 * facts, and the id of the first synthetic person, so a second corpus can be about people the first never named.
 */
public record GeneratorOptions(Path output, long documents, long bytes, int shards, long seed, boolean gzip, Mix mix,
                               long firstPersonId) {
    /** Which facts the documents state. */
    public enum Mix {
        /** Capitals, death dates and citations with the spectra described in {@link CorpusGenerator}. */
        STANDARD,
        /** Obituaries only: every death date is of a person not named before, so each one appears once. */
        OBITUARIES
    }

    public GeneratorOptions {
        if ((documents > 0) == (bytes > 0)) {
            throw new UserError("give exactly one of --documents N and --bytes N");
        }
        if (shards < 1) {
            throw new UserError("--shards must be >= 1, got " + shards);
        }
        if (firstPersonId < 0) {
            throw new UserError("--first-person-id must be >= 0, got " + firstPersonId);
        }
    }

    /** The standard mix, people numbered from 0. */
    public GeneratorOptions(Path output, long documents, long bytes, int shards, long seed, boolean gzip) {
        this(output, documents, bytes, shards, seed, gzip, Mix.STANDARD, 0);
    }
}
