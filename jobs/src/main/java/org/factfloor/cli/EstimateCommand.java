package org.factfloor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.factfloor.UserError;
import org.factfloor.output.EstimateReport;
import org.factfloor.stats.EstimatorSettings;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.SpectrumEstimate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `factfloor estimate`: the full estimator suite for counts users already have (KenLM, infini-gram, SQL). No Spark. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Estimate singleton rate, Good–Turing, SGT, Chao1, growth and floors from a spectrum or counts.")
final class EstimateCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--spectrum", paramLabel = "FILE",
                description = "Tab-separated file with header 'r<TAB>n_r': N_r items were each seen r times.")
        Path spectrum;

        @Option(names = "--counts", paramLabel = "FILE", description = "One item count per line.")
        Path counts;
    }

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--sgt-switch", defaultValue = "1.96",
            description = "SGT switch threshold in standard deviations (default ${DEFAULT-VALUE}; Gale used 1.65).")
    double sgtSwitch;

    @Option(names = "--growth-factor", defaultValue = "1",
            description = "Extrapolate to a corpus grown by this factor (default ${DEFAULT-VALUE} = doubled).")
    double growthFactor;

    @Mixin
    FloorOptions floors = new FloorOptions();

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        FrequencySpectrum spectrum = source.spectrum != null ? readSpectrum(source.spectrum) : readCounts(source.counts);
        EstimatorSettings settings;
        try {
            settings = new EstimatorSettings(floors.parameters(), sgtSwitch, growthFactor);
        } catch (IllegalArgumentException e) { // the estimators' preconditions, here broken by a flag
            throw new UserError("--" + e.getMessage() + "; see `factfloor estimate --help`", e);
        }
        SpectrumEstimate estimate = SpectrumEstimate.of(spectrum, settings);
        System.out.print(json ? EstimateReport.json(estimate) : EstimateReport.text(estimate));
        return ExitCodes.OK;
    }

    static FrequencySpectrum readSpectrum(Path file) throws IOException {
        List<String> lines = read(file);
        if (lines.isEmpty() || !lines.get(0).strip().equals("r\tn_r")) {
            throw new UserError(file + ":1: expected the header 'r<TAB>n_r'");
        }
        Map<Long, Long> rows = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new UserError(file + ":" + (i + 1) + ": expected two tab-separated integers r"
                        + " and n_r, got '" + line + "'");
            }
            long r = number(f[0], file, i + 1);
            if (r < 1) {
                throw new UserError(file + ":" + (i + 1) + ": r must be >= 1, got " + r);
            }
            if (rows.put(r, number(f[1], file, i + 1)) != null) {
                throw new UserError(file + ":" + (i + 1) + ": r = " + r + " appears twice");
            }
        }
        return FrequencySpectrum.of(rows);
    }

    static FrequencySpectrum readCounts(Path file) throws IOException {
        List<String> lines = read(file);
        long[] counts = new long[lines.size()];
        int k = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                counts[k++] = number(line, file, i + 1);
            }
        }
        return FrequencySpectrum.ofCounts(java.util.Arrays.copyOf(counts, k));
    }

    private static List<String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + " does not exist or is not a file");
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static long number(String s, Path file, int line) {
        try {
            long v = Long.parseLong(s.strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UserError(file + ":" + line + ": expected a non-negative integer, got '" + s + "'");
        }
    }
}
