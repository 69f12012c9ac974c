package org.factfloor.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.factfloor.stats.FrequencySpectrum;

/** Lets tests in other packages read a spectrum file exactly as `factfloor estimate --spectrum` does. */
public final class EstimateCommandAccess {
    private EstimateCommandAccess() {
    }

    public static FrequencySpectrum readSpectrum(Path file) throws IOException {
        return EstimateCommand.readSpectrum(file);
    }
}
