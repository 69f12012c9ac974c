package org.factfloor.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.factfloor.stats.Extrapolation;
import org.factfloor.stats.ExtrapolationMethod;
import org.factfloor.stats.ExtrapolationSettings;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.SampleScale;
import org.factfloor.stats.SpectrumExtrapolation;
import org.factfloor.stats.SpectrumThinning;

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
     * @param covered          seeds whose singleton-rate interval held the truth, of {@code seeds} where the method
     *                         applied
     * @param coveredN1        seeds whose N1 interval held the full corpus's N1
     * @param coveredDistinct  seeds whose distinct interval held the full corpus's distinct items
     * @param medianAbsRelError median of |predicted − true|/true (NaN when the truth is 0)
     */
    public record Row(double fraction, String domain, String level, ExtrapolationMethod method, int seeds,
                      int covered, double medianAbsRelError, double truth, double medianWidth, int coveredN1,
                      int coveredDistinct) {
        public double coverage() {
            return seeds == 0 ? Double.NaN : (double) covered / seeds;
        }

        public String tsv() {
            return String.format(Locale.ROOT, "%.2f\t%s\t%s\t%s\t%d\t%.3f\t%.4f\t%.5f\t%.5f\t%d\t%d", fraction,
                    domain, level, method.stored(), seeds, coverage(), medianAbsRelError, truth, medianWidth, coveredN1,
                    coveredDistinct);
        }
    }

    public static final String HEADER = "fraction\tdomain\tlevel\tmethod\tseeds\tcoverage\tmedian_abs_rel_error"
            + "\ttrue_singleton_rate\tmedian_interval_width\tn1_covered\tdistinct_covered";

    /** The document samples of one fraction: per seed, each domain's {factoid, entity} spectra and the kept documents. */
    private record Samples(List<Map<String, FrequencySpectrum[]>> spectra, long[] kept) {
    }

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
            rows.addAll(rows(full, truth.documents(), fraction, new Samples(samples, kept), methods, confidence,
                    replicates));
        }
        return rows;
    }

    /**
     * The same table from a full corpus's spectra alone (a finished run's {@code spectrum/}): each sample is the full
     * spectrum thinned binomially (every occurrence kept with the fraction, {@link SpectrumThinning}), which is what
     * a document sample does to each item's count under the documents count unit; only the dependence between
     * items that share documents is lost. The kept documents are Bin(documents, fraction). So a corpus whose full
     * run cost an hour is validated at its own size in seconds.
     */
    public static List<Row> onThinnedSpectra(Map<String, FrequencySpectrum[]> full, long documents, double[] fractions,
                                             int seeds, List<ExtrapolationMethod> methods, int replicates) {
        List<Row> rows = new ArrayList<>();
        for (double fraction : fractions) {
            List<Map<String, FrequencySpectrum[]>> samples = new ArrayList<>();
            long[] kept = new long[seeds];
            for (int seed = 0; seed < seeds; seed++) {
                SplittableRandom random = new SplittableRandom(THINNING_SEED + 1_000_003L * seed
                        + Math.round(fraction * 1e6));
                kept[seed] = SpectrumThinning.binomial(documents, fraction, random);
                Map<String, FrequencySpectrum[]> sample = new TreeMap<>();
                for (Map.Entry<String, FrequencySpectrum[]> e : full.entrySet()) {
                    sample.put(e.getKey(), new FrequencySpectrum[] {
                        SpectrumThinning.thin(e.getValue()[0], fraction, random),
                        SpectrumThinning.thin(e.getValue()[1], fraction, random)});
                }
                samples.add(sample);
            }
            rows.addAll(rows(full, documents, fraction, new Samples(samples, kept), methods,
                    ExtrapolationSettings.DEFAULT_CONFIDENCE, replicates));
        }
        return rows;
    }

    /** Seeds of the thinned samples start here, apart from the document samples' 0, 1, … and the method's. */
    private static final long THINNING_SEED = 16_000;

    private static List<Row> rows(Map<String, FrequencySpectrum[]> full, long documents, double fraction,
                                  Samples samples, List<ExtrapolationMethod> methods, double confidence,
                                  int replicates) {
        int seeds = samples.kept().length;
        List<Row> rows = new ArrayList<>();
        for (String domain : full.keySet()) {
            for (int level = 0; level < 2; level++) {
                FrequencySpectrum whole = full.get(domain)[level];
                double trueRate = (double) whole.n1() / whole.n();
                for (ExtrapolationMethod method : methods) {
                    int applied = 0;
                    int covered = 0;
                    int coveredN1 = 0;
                    int coveredDistinct = 0;
                    double[] errors = new double[seeds];
                    double[] widths = new double[seeds];
                    for (int seed = 0; seed < seeds; seed++) {
                        FrequencySpectrum s = samples.spectra().get(seed).get(domain)[level];
                        SpectrumExtrapolation fit = SpectrumExtrapolation.fit(s,
                                new ExtrapolationSettings(method, confidence, replicates, seed));
                        if (fit == null || samples.kept()[seed] == 0) {
                            continue;
                        }
                        SampleScale scale = SampleScale.ofDocuments(documents, samples.kept()[seed], s.n());
                        Extrapolation e = fit.to(scale.scale(), scale.relativeError());
                        if (e == null) {
                            continue;
                        }
                        double low = e.singletonRate().low();
                        double high = e.singletonRate().high();
                        covered += holds(low, high, trueRate);
                        coveredN1 += holds(e.n1().low(), e.n1().high(), whole.n1());
                        coveredDistinct += holds(e.distinct().low(), e.distinct().high(), whole.distinct());
                        errors[applied] = Math.abs(e.singletonRate().estimate() - trueRate) / trueRate;
                        widths[applied] = high - low;
                        applied++;
                    }
                    rows.add(new Row(fraction, domain, level == 0 ? "factoid" : "entity", method, applied, covered,
                            median(errors, applied), trueRate, median(widths, applied), coveredN1,
                            coveredDistinct));
                }
            }
        }
        return rows;
    }

    private static int holds(double low, double high, double truth) {
        return low <= truth && truth <= high ? 1 : 0;
    }

    /**
     * Growth, not sampling: the first {@code share} of the documents in generation order (a smaller corpus from the
     * same process) predicted at the whole corpus's n, one line per domain and method: prefix, truth, prediction.
     * A Simon process keeps introducing new items, so this is where an exchangeable-population model is wrong.
     */
    public static List<String> growthFromPrefix(SampledTruth truth, double share, List<ExtrapolationMethod> methods,
                                                int replicates) {
        long cut = Math.round(truth.documents() * share);
        Map<String, FrequencySpectrum[]> full = truth.spectra((BernoulliSample) null);
        Map<String, FrequencySpectrum[]> prefix = truth.spectraWhere(id -> truth.indexOf(id) < cut);
        List<String> lines = new ArrayList<>();
        for (String domain : truth.domains()) {
            FrequencySpectrum p = prefix.get(domain)[0];
            FrequencySpectrum f = full.get(domain)[0];
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s\t%.4f\t%.4f", domain,
                    (double) p.n1() / p.n(), (double) f.n1() / f.n()));
            for (ExtrapolationMethod m : methods) {
                SpectrumExtrapolation fit = SpectrumExtrapolation.fit(p, new ExtrapolationSettings(m,
                        ExtrapolationSettings.DEFAULT_CONFIDENCE, replicates, 1));
                Extrapolation e = fit == null ? null : fit.to((double) f.n() / p.n(), 0);
                line.append(e == null ? "\tn/a" : String.format(Locale.ROOT, "\t%s %.4f [%.4f, %.4f]", m.stored(),
                        e.singletonRate().estimate(), e.singletonRate().low(), e.singletonRate().high()));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static double median(double[] values, int count) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] v = Arrays.copyOf(values, count);
        Arrays.sort(v);
        return count % 2 == 1 ? v[count / 2] : (v[count / 2 - 1] + v[count / 2]) / 2;
    }

    /** The coverage table on a generated corpus of {@code documents} documents. */
    public static List<Row> onGeneratedCorpus(long documents, long corpusSeed, double[] fractions, int seeds,
                                              List<ExtrapolationMethod> methods, int replicates) throws IOException {
        return run(generated(documents, corpusSeed), fractions, seeds, methods,
                ExtrapolationSettings.DEFAULT_CONFIDENCE, replicates);
    }

    /** Every document's factoids of a generated corpus; the corpus's files are written and deleted again. */
    static SampledTruth generated(long documents, long corpusSeed) throws IOException {
        Path dir = Files.createTempDirectory("factfloor-coverage");
        try {
            SampledTruth truth = new SampledTruth();
            new CorpusGenerator(new GeneratorOptions(dir, documents, 0, 1, corpusSeed, false), truth).generate();
            return truth;
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
     * The benchmark's arguments: corpus (documents of a generated corpus, prefix:DOCUMENTS, a directory of
     * *.jsonl.gz taken as the full corpus, or a finished run's output for {@code ThinnedSpectrumCoverage}), seeds,
     * fractions (comma-separated), methods (comma-separated, or "all"), replicates.
     */
    public record Arguments(String corpus, int seeds, double[] fractions, List<ExtrapolationMethod> methods,
                            int replicates) {
        public static Arguments parse(String[] args) {
            return new Arguments(args.length > 0 ? args[0] : "200000",
                    args.length > 1 ? Integer.parseInt(args[1]) : 20,
                    Arrays.stream((args.length > 2 ? args[2] : "0.01,0.02,0.05,0.1").split(","))
                            .mapToDouble(Double::parseDouble).toArray(),
                    args.length > 3 && !args[3].equals("all")
                            ? Arrays.stream(args[3].split(",")).map(ExtrapolationMethod::parse).toList()
                            : List.of(ExtrapolationMethod.values()),
                    args.length > 4 ? Integer.parseInt(args[4]) : ExtrapolationSettings.DEFAULT_REPLICATES);
        }
    }

    public static void print(List<Row> rows) {
        System.out.println(HEADER);
        for (Row row : rows) {
            System.out.println(row.tsv());
        }
    }

    /** See {@link Arguments}. */
    public static void main(String[] args) throws IOException {
        Arguments a = Arguments.parse(args);
        String corpus = a.corpus();
        if (corpus.startsWith("prefix:")) { // prefix:DOCUMENTS — growth from the first `fraction` of a generated corpus
            SampledTruth truth = generated(Long.parseLong(corpus.substring(7)), 2024);
            System.out.println("domain\tprefix_singleton_rate\tfull_singleton_rate\tpredictions");
            growthFromPrefix(truth, a.fractions()[0], a.methods(), a.replicates()).forEach(System.out::println);
            return;
        }
        if (corpus.matches("\\d+")) {
            print(onGeneratedCorpus(Long.parseLong(corpus), 2024, a.fractions(), a.seeds(), a.methods(),
                    a.replicates()));
            return;
        }
        List<Path> files;
        try (var listing = Files.list(Path.of(corpus))) {
            files = listing.filter(f -> f.toString().endsWith(".jsonl.gz")).sorted().toList();
        }
        print(run(ofJsonl(files), a.fractions(), a.seeds(), a.methods(), ExtrapolationSettings.DEFAULT_CONFIDENCE,
                a.replicates()));
    }
}
