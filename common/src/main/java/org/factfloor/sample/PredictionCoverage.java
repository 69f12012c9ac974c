package org.factfloor.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factfloor.stats.Extrapolation;
import org.factfloor.stats.ExtrapolationMethod;
import org.factfloor.stats.ExtrapolationSettings;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.SampleScale;
import org.factfloor.stats.SpectrumExtrapolation;

/**
 * The validation of sampled runs (DESIGN §6): for each sample fraction and seed, predict the full corpus's singleton
 * rate from the document sample exactly as a sampled run does, and compare with the full corpus's exact value.
 * Reports, per (fraction, domain, level, method), how often the interval covered the truth and the median absolute
 * relative error of the point prediction. `deploy/bench/prediction-coverage.sh` runs its main.
 */
public final class PredictionCoverage {
    private PredictionCoverage() {
    }

    /**
     * @param covered seeds whose interval held the truth, of {@code seeds} where the method applied
     * @param medianAbsRelError median of |predicted − true|/true (NaN when the truth is 0)
     */
    public record Row(double fraction, String domain, String level, ExtrapolationMethod method, int seeds,
                      int covered, double medianAbsRelError, double truth, double medianWidth) {
        public double coverage() {
            return seeds == 0 ? Double.NaN : (double) covered / seeds;
        }

        public String tsv() {
            return String.format(Locale.ROOT, "%.2f\t%s\t%s\t%s\t%d\t%.3f\t%.4f\t%.5f\t%.5f", fraction, domain, level,
                    method.stored(), seeds, coverage(), medianAbsRelError, truth, medianWidth);
        }
    }

    public static final String HEADER = "fraction\tdomain\tlevel\tmethod\tseeds\tcoverage\tmedian_abs_rel_error"
            + "\ttrue_singleton_rate\tmedian_interval_width";

    public static List<Row> run(SampledTruth truth, double[] fractions, int seeds, List<ExtrapolationMethod> methods,
                                double confidence, int replicates) {
        Map<String, FrequencySpectrum[]> full = truth.spectra(null);
        List<Row> rows = new ArrayList<>();
        for (double fraction : fractions) {
            List<Map<String, FrequencySpectrum[]>> samples = new ArrayList<>();
            long[] kept = new long[seeds];
            for (int seed = 0; seed < seeds; seed++) {
                BernoulliSample sample = new BernoulliSample(fraction, BernoulliSample.Unit.DOCUMENTS, seed);
                samples.add(truth.spectra(sample));
                kept[seed] = truth.kept(sample);
            }
            for (String domain : truth.domains()) {
                for (int level = 0; level < 2; level++) {
                    FrequencySpectrum whole = full.get(domain)[level];
                    double trueRate = (double) whole.n1() / whole.n();
                    for (ExtrapolationMethod method : methods) {
                        int applied = 0;
                        int covered = 0;
                        double[] errors = new double[seeds];
                        double[] widths = new double[seeds];
                        for (int seed = 0; seed < seeds; seed++) {
                            FrequencySpectrum s = samples.get(seed).get(domain)[level];
                            SpectrumExtrapolation fit = SpectrumExtrapolation.fit(s,
                                    new ExtrapolationSettings(method, confidence, replicates, seed));
                            if (fit == null || kept[seed] == 0) {
                                continue;
                            }
                            SampleScale scale = SampleScale.ofDocuments(truth.documents(), kept[seed], s.n());
                            Extrapolation e = fit.to(scale.scale(), scale.relativeError());
                            if (e == null) {
                                continue;
                            }
                            double low = e.singletonRate().low();
                            double high = e.singletonRate().high();
                            if (low <= trueRate && trueRate <= high) {
                                covered++;
                            }
                            errors[applied] = Math.abs(e.singletonRate().estimate() - trueRate) / trueRate;
                            widths[applied] = high - low;
                            applied++;
                        }
                        rows.add(new Row(fraction, domain, level == 0 ? "factoid" : "entity", method, applied,
                                covered, median(errors, applied), trueRate, median(widths, applied)));
                    }
                }
            }
        }
        return rows;
    }

    private static double median(double[] values, int count) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] v = Arrays.copyOf(values, count);
        Arrays.sort(v);
        return count % 2 == 1 ? v[count / 2] : (v[count / 2 - 1] + v[count / 2]) / 2;
    }

    /** Generates the corpus (deleted afterwards) and prints the coverage table as TSV. */
    public static List<Row> onGeneratedCorpus(long documents, long corpusSeed, double[] fractions, int seeds,
                                              List<ExtrapolationMethod> methods, int replicates) throws IOException {
        Path dir = Files.createTempDirectory("factfloor-coverage");
        try {
            SampledTruth truth = new SampledTruth();
            new CorpusGenerator(new GeneratorOptions(dir, documents, 0, 1, corpusSeed, false), truth).generate();
            return run(truth, fractions, seeds, methods, ExtrapolationSettings.DEFAULT_CONFIDENCE, replicates);
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Every document of gzip JSONL files ("id" and "text" fields) extracted with the built-in domains: the truth of a
     * real corpus taken as the full corpus. Lines without both fields are skipped (the corpus is known clean).
     */
    public static SampledTruth ofJsonl(List<Path> files) throws IOException {
        SampledTruth truth = new SampledTruth();
        org.factfloor.extract.DocumentExtractor extractor = new org.factfloor.extract.DocumentExtractor(
                org.factfloor.config.FactfloorConfig.load(null, Map.of(), List.of()).domains());
        com.fasterxml.jackson.core.JsonFactory json = new com.fasterxml.jackson.core.JsonFactory();
        for (Path file : files) {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                    Files.newInputStream(file), 1 << 16), java.nio.charset.StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    String id = null;
                    String text = null;
                    try (var p = json.createParser(line)) {
                        p.nextToken();
                        while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            p.nextToken();
                            if (name.equals("id")) {
                                id = p.getValueAsString();
                            } else if (name.equals("text")) {
                                text = p.getValueAsString();
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                    if (id != null && text != null) {
                        List<String[]> factoids = new ArrayList<>();
                        extractor.extract(text, f -> factoids.add(new String[] {f.domain(), f.entity(), f.attribute()}));
                        truth.document(id, factoids);
                    }
                }
            }
        }
        return truth;
    }

    /**
     * Arguments: documents (or a directory of *.jsonl.gz taken as the full corpus), seeds, fractions
     * (comma-separated), methods (comma-separated, or "all"), replicates.
     */
    public static void main(String[] args) throws IOException {
        String corpus = args.length > 0 ? args[0] : "200000";
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        double[] fractions = Arrays.stream((args.length > 2 ? args[2] : "0.01,0.02,0.05,0.1").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        List<ExtrapolationMethod> methods = args.length > 3 && !args[3].equals("all")
                ? Arrays.stream(args[3].split(",")).map(ExtrapolationMethod::parse).toList()
                : List.of(ExtrapolationMethod.values());
        System.out.println(HEADER);
        int replicates = args.length > 4 ? Integer.parseInt(args[4]) : ExtrapolationSettings.DEFAULT_REPLICATES;
        List<Row> rows;
        if (corpus.matches("\\d+")) {
            rows = onGeneratedCorpus(Long.parseLong(corpus), 2024, fractions, seeds, methods, replicates);
        } else {
            List<Path> files;
            try (var listing = Files.list(Path.of(corpus))) {
                files = listing.filter(f -> f.toString().endsWith(".jsonl.gz")).sorted().toList();
            }
            rows = run(ofJsonl(files), fractions, seeds, methods, ExtrapolationSettings.DEFAULT_CONFIDENCE, replicates);
        }
        for (Row row : rows) {
            System.out.println(row.tsv());
        }
    }
}
