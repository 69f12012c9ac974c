package org.factfloor.cli;

import org.factfloor.stats.FloorParameters;
import picocli.CommandLine.Option;

/** The floors' parameters as flags, for the Spark-free commands that take a spectrum (estimate, predict). */
final class FloorOptions {
    @Option(names = "--confidence", defaultValue = "0.99", description = "1 − γ (default ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--plausible-alternatives", defaultValue = "100",
            description = "E: plausible wrong answers per prompt (default ${DEFAULT-VALUE}).")
    double plausibleAlternatives;

    @Option(names = "--calibration-error", defaultValue = "0", description = "δ of Kalai et al. 2025 (default 0).")
    double calibrationError;

    @Option(names = "--miscalibration", defaultValue = "0", description = "Mis of Kalai & Vempala 2024 (default 0).")
    double miscalibration;

    /** @throws IllegalArgumentException when a flag breaks a precondition (the caller names the command) */
    FloorParameters parameters() {
        return new FloorParameters(plausibleAlternatives, calibrationError, miscalibration, confidence);
    }
}
