package org.factfloor.job;

import java.util.ArrayList;
import java.util.List;
import org.factfloor.config.Sha256;
import org.factfloor.input.SourceFile;
import org.factfloor.sample.BernoulliSample;

/**
 * The one run id rule: the first 16 hex digits of the SHA-256 of the lines that identify what an output counted.
 * The same inputs under the same config give the same id, so a rerun publishes identical data and replaces its own
 * staging directory.
 */
final class RunId {
    private static final int LENGTH = 16;

    private RunId() {
    }

    /** A run: its corpus id, the config digest, and every input file's path and size. */
    static String ofRun(String corpusId, String configDigest, List<SourceFile> files) {
        return ofRun(corpusId, configDigest, files, null);
    }

    /** A sampled run: also the sample's fraction, unit and seed (a full run's id is unchanged). */
    static String ofRun(String corpusId, String configDigest, List<SourceFile> files, BernoulliSample sample) {
        List<String> lines = new ArrayList<>(List.of(corpusId, configDigest));
        if (sample != null) {
            lines.add("sample\t" + sample.fraction() + "\t" + sample.unit().stored() + "\t" + sample.seed());
        }
        files.forEach(f -> lines.add(f.path() + "\t" + f.bytes()));
        return of(lines);
    }

    /** A merge: the config digest, the base's run id ("" without a base) and each added output's run id. */
    static String ofMerge(String configDigest, String baseRunId, List<String> addedRunIds) {
        List<String> lines = new ArrayList<>(List.of("merge", configDigest, baseRunId));
        lines.addAll(addedRunIds);
        return of(lines);
    }

    /** A mixture: the config digest and each source's run id with its weight, in the sources' order. */
    static String ofMix(String configDigest, List<String> weightedRunIds) {
        List<String> lines = new ArrayList<>(List.of("mix", configDigest));
        lines.addAll(weightedRunIds);
        return of(lines);
    }

    private static String of(List<String> lines) {
        return Sha256.hex(String.join("\n", lines)).substring(0, LENGTH);
    }
}
