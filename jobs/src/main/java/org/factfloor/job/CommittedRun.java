package org.factfloor.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.factfloor.input.InputError;
import org.factfloor.output.Manifest;
import org.factfloor.output.RunOutput;

/**
 * A committed factfloor output (of `run` or `merge`) that a merge reads, with what its _MANIFEST.json says about
 * how it was counted and which corpora it holds.
 */
record CommittedRun(String path, String corpusId, String runId, List<ContainedCorpus> corpora, String configDigest,
                    String countUnit, List<String> domains, long documents) {

    static CommittedRun open(String dir, Configuration hadoop) {
        try {
            Path p = new Path(dir);
            FileSystem fs = p.getFileSystem(hadoop);
            p = fs.makeQualified(p);
            if (!fs.exists(p)) {
                throw new InputError("merge input " + dir + " does not exist; pass the output directory of a"
                        + " committed factfloor run or merge");
            }
            if (!fs.exists(new Path(p, RunOutput.SUCCESS))) {
                throw new InputError(dir + " has no " + RunOutput.SUCCESS + ": it is not a committed factfloor output"
                        + " (still being written, or failed); only committed runs can be merged — rerun it first");
            }
            Path manifestPath = new Path(p, "_MANIFEST.json");
            Map<String, Object> m;
            try (InputStream in = fs.open(manifestPath)) {
                m = Manifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            if ("mixture".equals(m.get("kind"))) {
                throw new InputError(dir + " is the output of factfloor mix: it holds expected counts, not counts, so"
                        + " it cannot be merged or mixed again; pass the runs it was made of instead");
            }
            String corpusId = text(m, "corpus_id", manifestPath);
            String runId = text(m, "run_id", manifestPath);
            List<ContainedCorpus> corpora = new ArrayList<>();
            if (m.get("corpora") instanceof List<?> list) {
                for (Object o : list) {
                    Map<?, ?> c = (Map<?, ?>) o;
                    corpora.add(new ContainedCorpus((String) c.get("corpus_id"), (String) c.get("run_id")));
                }
            } else {
                corpora.add(new ContainedCorpus(corpusId, runId));
            }
            if (!(m.get("domains") instanceof List<?> listed) || !(m.get("documents") instanceof Long documents)) {
                throw new InputError(manifestPath + " has no \"domains\" list or \"documents\" count: it was not"
                        + " written by factfloor run or merge");
            }
            List<String> domains = listed.stream().map(String::valueOf).toList();
            return new CommittedRun(p.toString(), corpusId, runId, List.copyOf(corpora),
                    text(m, "config_digest", manifestPath), text(m, "count_unit", manifestPath), domains, documents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + dir + ": " + e.getMessage(), e);
        }
    }

    List<String> corpusIds() {
        return corpora.stream().map(ContainedCorpus::corpusId).toList();
    }

    String table(String name) {
        return path + "/" + name;
    }

    private static String text(Map<String, Object> manifest, String key, Path file) {
        if (!(manifest.get(key) instanceof String s)) {
            throw new InputError(file + " has no \"" + key + "\": it was not written by factfloor run or merge");
        }
        return s;
    }
}
