package org.factfloor.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.factfloor.sample.SimonProcess;
import org.factfloor.stats.ExtrapolationSettings;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.SpectrumExtrapolation;
import org.factfloor.stats.SpectrumThinning;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one sampled run's prediction per domain and level: {@code SpectrumExtrapolation.fit} with the default
 * estimator (the point fit, the admissible models and 100 bootstrap refits) on a 5% sample of a Simon process of
 * {@code mentions} citations (a new work with probability 0.35, as the generator's): 10,000,000 is the 4 GB
 * corpus's size, 57,000 the 60,000-document corpus's. Built from fixed seeds in the setup, so before/after builds
 * time the same spectrum ({@code FACTFLOOR_JMH=PredictionFitBenchmark FACTFLOOR_COMMON_JAR=... deploy/bench/jmh.sh}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PredictionFitBenchmark {
    @Param({"57000", "10000000"})
    public int mentions;

    private FrequencySpectrum sample;

    @Setup
    public void simonSample() {
        sample = SpectrumThinning.thin(SimonProcess.spectrum(mentions, 0.35, 20_261_201), 0.05,
                new SplittableRandom(5));
    }

    @Benchmark
    public SpectrumExtrapolation fit() {
        return SpectrumExtrapolation.fit(sample, ExtrapolationSettings.defaults());
    }
}
