package org.factfloor.output;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.factfloor.input.InputError;
import org.factfloor.sample.PredictionCoverage;
import org.factfloor.stats.FrequencySpectrum;

/**
 * {@code deploy/bench/prediction-coverage.sh --corpus spectrum:RUN_DIR}: the prediction-coverage table of a
 * finished full run, its {@code spectrum/} taken as the full corpus and thinned to each sample fraction
 * ({@link PredictionCoverage#onThinnedSpectra}). A corpus too large to sample many times (the 4 GB one: 2,000 CPU s
 * a run) is validated at its own size from one run. Arguments as {@link PredictionCoverage.Arguments}, the corpus
 * being the run's output directory.
 */
public final class ThinnedSpectrumCoverage {
    private ThinnedSpectrumCoverage() {
    }

    public static void main(String[] args) throws IOException {
        PredictionCoverage.Arguments a = PredictionCoverage.Arguments.parse(args);
        Configuration hadoop = new Configuration();
        Path dir = new Path(a.corpus());
        OutputFiles files = new OutputFiles(dir.getFileSystem(hadoop), dir, hadoop);
        Map<String, FrequencySpectrum[]> full = new TreeMap<>();
        OutputReader.spectra(files).forEach((domain, levels) -> full.put(domain, new FrequencySpectrum[] {
            FrequencySpectrum.of(levels.getOrDefault(SpectrumLevel.FACTOID.stored(), Map.of())),
            FrequencySpectrum.of(levels.getOrDefault(SpectrumLevel.ENTITY.stored(), Map.of()))}));
        PredictionCoverage.print(PredictionCoverage.onThinnedSpectra(full, documents(files, dir), a.fractions(),
                a.seeds(), a.methods(), a.replicates()));
    }

    /** The documents the full run read (every domain's documents_scanned is that count). */
    private static long documents(OutputFiles files, Path dir) throws IOException {
        Map<String, Object> summary = files.json("summary.json");
        if (summary.get("domains") instanceof Map<?, ?> domains && !domains.isEmpty()
                && domains.values().iterator().next() instanceof Map<?, ?> first
                && first.get("documents_scanned") instanceof Number documents) {
            if (Boolean.TRUE.equals(summary.get("sampled"))) {
                throw new InputError(dir + " is a sampled run: pass the output of a full run, whose spectrum is the"
                        + " truth the thinned samples are checked against");
            }
            return documents.longValue();
        }
        throw new InputError(new Path(dir, "summary.json") + " has no domain with documents_scanned: pass the"
                + " --output directory of a finished factfloor run");
    }
}
