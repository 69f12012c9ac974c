package org.factfloor.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factfloor.UserError;
import org.factfloor.output.PredictReport;
import org.factfloor.stats.CountUnit;
import org.factfloor.stats.DomainPrediction;
import org.factfloor.stats.DomainSummary;
import org.factfloor.stats.EstimatorSettings;
import org.factfloor.stats.ExtrapolationMethod;
import org.factfloor.stats.ExtrapolationSettings;
import org.factfloor.stats.FloorParameters;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.SampleScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `factfloor predict`: a spectrum's statistics at a larger corpus size and its growth curve, with intervals. No Spark. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict n, distinct, N1, singleton rate and both floors at a larger corpus size, with intervals,"
                + " and the growth curve to 100x the observed n.")
final class PredictCommand implements Callable<Integer> {
    @Option(names = "--spectrum", paramLabel = "FILE", required = true,
            description = "Factoid-level spectrum: tab-separated, header 'r<TAB>n_r'.")
    Path spectrum;

    @Option(names = "--entity-spectrum", paramLabel = "FILE",
            description = "Entity-level spectrum for the Kalai et al. 2025 floor (default: the factoid spectrum).")
    Path entitySpectrum;

    @Option(names = "--to-size", paramLabel = "N", required = true,
            description = "Target corpus size in occurrences of the factoid spectrum's count unit (>= its n).")
    double toSize;

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "poisson_lognormal",
            description = "poisson_lognormal (default, validated best), pitman_yor, smoothed_good_toulmin or"
                    + " chao_2014 (t <= 2 only).")
    String method;

    @Option(names = "--prediction-confidence", defaultValue = "0.95",
            description = "Level of the prediction intervals (default ${DEFAULT-VALUE}).")
    double predictionConfidence;

    @Option(names = "--replicates", defaultValue = "100",
            description = "Bootstrap replicates behind each interval (default ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--seed", defaultValue = "1", description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--confidence", defaultValue = "0.99", description = "1 − γ of the floors (default ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--plausible-alternatives", defaultValue = "100",
            description = "E: plausible wrong answers per prompt (default ${DEFAULT-VALUE}).")
    double plausibleAlternatives;

    @Option(names = "--calibration-error", defaultValue = "0", description = "δ of Kalai et al. 2025 (default 0).")
    double calibrationError;

    @Option(names = "--miscalibration", defaultValue = "0", description = "Mis of Kalai & Vempala 2024 (default 0).")
    double miscalibration;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        FrequencySpectrum factoids = EstimateCommand.readSpectrum(spectrum);
        FrequencySpectrum entities = entitySpectrum == null ? factoids : EstimateCommand.readSpectrum(entitySpectrum);
        if (factoids.n() < 2 || entities.n() < 2) {
            throw new UserError("--spectrum needs at least 2 occurrences to extrapolate from, got n = "
                    + Math.min(factoids.n(), entities.n()));
        }
        if (!(toSize >= factoids.n()) || Double.isInfinite(toSize)) {
            throw new UserError("--to-size must be at least the spectrum's n = " + factoids.n() + ", got " + toSize);
        }
        DomainPrediction p;
        try {
            EstimatorSettings settings = new EstimatorSettings(new FloorParameters(plausibleAlternatives,
                    calibrationError, miscalibration, confidence), 1.96, 1);
            ExtrapolationSettings extrapolation = new ExtrapolationSettings(ExtrapolationMethod.parse(method),
                    predictionConfidence, replicates, seed);
            double scale = toSize / factoids.n();
            p = DomainPrediction.of(DomainSummary.of("spectrum", CountUnit.DOCUMENTS, 0, factoids, entities,
                    settings, null), extrapolation, SampleScale.exact(scale), SampleScale.exact(scale));
        } catch (IllegalArgumentException e) { // the estimators' preconditions, here broken by a flag
            throw new UserError(e.getMessage() + "; see `factfloor predict --help`", e);
        }
        if (p.fullCorpus() == null) {
            throw new UserError("--method " + method + " does not reach --to-size " + toSize + " (chao_2014 stops at"
                    + " 3x the observed n); choose another --method");
        }
        System.out.print(json ? PredictReport.json(p) : PredictReport.text(p));
        return ExitCodes.OK;
    }
}
