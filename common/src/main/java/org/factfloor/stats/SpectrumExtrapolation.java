package org.factfloor.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Predicts a larger corpus's n, distinct items, singletons and singleton rate from a spectrum, with prediction
 * intervals: the one Spark-free entry point for sampled runs, growth curves and mixtures with weights above 1.
 *
 * <p>Usage: {@code SpectrumExtrapolation.fit(spectrum, settings).to(scale, scaleRelativeError)}, where scale =
 * target size / observed n (a 5% sample of the whole: scale 20, growth factor t = 19) and scaleRelativeError is
 * the relative standard error of that target size (0 when it is known exactly, e.g. for `predict --to-size`).
 * One fit serves any number of targets, so a growth curve costs one bootstrap.
 *
 * <p>Intervals come from bootstrap replicates of the prediction error (Efron &amp; Tibshirani 1993, §13.3, the basic
 * interval): for {@link ExtrapolationMethod#PITMAN_YOR} a parametric bootstrap (a sample of the fitted model, refit,
 * its prediction compared with the fitted model's own conditional expectation for that sample); for the other
 * methods a Poisson bootstrap of the spectrum (N_r* ~ Poisson(N_r)). Each replicate also draws the target size
 * (log-normal with the given relative error) and the larger corpus's own sampling noise (Poisson: sd √N1 and
 * √(new distinct)). Counts' errors are taken on the ln(1 + x) scale, the rate's on its own.
 */
public final class SpectrumExtrapolation {
    /** Above this n the parametric replicates are drawn at this size: their relative errors are then conservative. */
    static final int MAX_REPLICATE_SIZE = 250_000;

    private final FrequencySpectrum observed;
    private final ExtrapolationSettings settings;
    private final GrowthModel point;
    private final List<Replicate> replicates;
    /**
     * Point predictions of the other models the sample does not exclude: the ends of the confidence sets of the
     * one-off share, of σ and of the rates' lower cutoff, the cut fit itself, and the fits with N2 at its limits.
     */
    private final List<GrowthModel> alternatives;
    /** The held-out check's |error| of the log singleton rate per unit of ln(scale) (0 when not checked). */
    private final double misspecification;
    /** Occurrences kept in the held-out check's sub-samples of the sample. */
    static final double SELF_CHECK_SHARE = 0.25;
    static final int SELF_CHECKS = 3;

    private SpectrumExtrapolation(FrequencySpectrum observed, ExtrapolationSettings settings, GrowthModel point,
                                  List<Replicate> replicates, List<GrowthModel> alternatives,
                                  double misspecification) {
        this.misspecification = misspecification;
        this.observed = observed;
        this.settings = settings;
        this.point = point;
        this.replicates = replicates;
        this.alternatives = alternatives;
    }

    /** Expected distinct items and singletons at n·scale. */
    interface GrowthModel {
        double distinct(double scale);

        double singletons(double scale);
    }

    /** One bootstrap replicate: what the method predicts and what it is compared with, at relative sizes. */
    private record Replicate(GrowthModel predicted, GrowthModel truth, double n, double sizeNoise,
                             double singletonNoise, double distinctNoise) {
    }

    /** Returns null when the spectrum has fewer than 2 occurrences: nothing can be extrapolated. */
    public static SpectrumExtrapolation fit(FrequencySpectrum spectrum, ExtrapolationSettings settings) {
        if (spectrum.n() < 2) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<Replicate> replicates = new ArrayList<>(settings.replicates());
        GrowthModel point;
        List<GrowthModel> alternatives = new ArrayList<>();
        double misspecification = 0;
        if (settings.method() == ExtrapolationMethod.PITMAN_YOR) {
            PitmanYor fitted = PitmanYor.fit(spectrum);
            point = pitmanYor(fitted, spectrum);
            int size = (int) Math.min(spectrum.n(), MAX_REPLICATE_SIZE);
            for (int b = 0; b < settings.replicates(); b++) {
                FrequencySpectrum drawn = fitted.sample(size, random);
                GrowthModel refit = drawn.n() >= 2 && drawn.distinct() > 1 ? pitmanYor(PitmanYor.fit(drawn), drawn)
                        : pitmanYor(fitted, drawn);
                replicates.add(replicate(refit, pitmanYor(fitted, drawn), size, random));
            }
        } else if (settings.method() == ExtrapolationMethod.POISSON_LOGNORMAL) {
            PoissonLognormal fitted = PoissonLognormal.fit(spectrum);
            point = poissonLognormal(fitted, spectrum);
            for (PoissonLognormal end : fitted.oneOffRange(spectrum, settings.confidence())) {
                alternatives.add(poissonLognormal(end, spectrum));
            }
            for (PoissonLognormal end : fitted.spreadRange(spectrum, settings.confidence())) {
                alternatives.add(poissonLognormal(end, spectrum));
            }
            alternatives.add(poissonLognormal(fitted.oneOffRateEnd(spectrum, settings.confidence()), spectrum));
            for (PoissonLognormal cut : fitted.cutoffRange(spectrum, settings.confidence())) {
                alternatives.add(poissonLognormal(cut, spectrum));
            }
            for (FrequencySpectrum repeats : RepeatBounds.of(spectrum, settings.confidence())) {
                alternatives.add(poissonLognormal(fitted.refit(repeats), spectrum));
            }
            misspecification = selfCheck(spectrum, random);
            for (int b = 0; b < settings.replicates(); b++) {
                FrequencySpectrum drawn = fitted.resample(spectrum, random);
                replicates.add(replicate(poissonLognormal(fitted.refit(drawn), drawn), point, spectrum.n(), random));
            }
        } else {
            point = model(settings.method(), spectrum);
            for (int b = 0; b < settings.replicates(); b++) {
                replicates.add(replicate(model(settings.method(), poissonBootstrap(spectrum, random)), point,
                        spectrum.n(), random));
            }
        }
        return new SpectrumExtrapolation(spectrum, settings, point, replicates, alternatives, misspecification);
    }

    /**
     * The held-out check of the model's form: fit sub-samples of the sample (each occurrence kept with
     * {@link #SELF_CHECK_SHARE}), predict the sample's own singleton rate from them, and take the mean error of
     * ln(rate) per unit of ln(scale) (a smooth model's extrapolation bias grows about linearly in ln scale:
     * Engen 1978, Stochastic Abundance Models §5, the lognormal's tail; the "train on a part, predict the whole"
     * check of Orlitsky, Suresh &amp; Wu 2016 §4 applied to the model itself). The bootstrap holds the model fixed and
     * cannot see this error; the interval is widened by it in {@link #to}. What it cannot see either: an error that
     * arises only beyond the sample's own size. At 5% of 9.5 million citations it measures 0.01 per unit of ln scale
     * (0.05 from a 1/16 part) while the full corpus is missed by 0.04 per unit (0.12 in all), because the full
     * corpus's singletons are the rates below the sample's, where the lognormal's tail and the population's end
     * part; the ends of the cut lognormal ({@link PoissonLognormal#cutoffRange}) cover that instead.
     */
    private static double selfCheck(FrequencySpectrum spectrum, SplittableRandom random) {
        if (spectrum.n1() == 0) {
            return 0;
        }
        double observedRate = (double) spectrum.n1() / spectrum.n();
        double error = 0;
        int checks = 0;
        for (int c = 0; c < SELF_CHECKS; c++) {
            FrequencySpectrum part = SpectrumThinning.thin(spectrum, SELF_CHECK_SHARE, random);
            if (part.n() < 2 || part.distinct() < 2) {
                continue;
            }
            double predicted = poissonLognormal(PoissonLognormal.fit(part), part)
                    .singletons((double) spectrum.n() / part.n()) / spectrum.n();
            error += Math.log(Math.max(1e-9, Math.min(1, predicted)) / observedRate);
            checks++;
        }
        return checks == 0 ? 0 : Math.abs(error / checks) / Math.log(1 / SELF_CHECK_SHARE);
    }

    public ExtrapolationSettings settings() {
        return settings;
    }

    public FrequencySpectrum observed() {
        return observed;
    }

    /** The point prediction of the singleton rate at n·scale, without an interval (cheap: no replicate is read). */
    public double singletonRateAt(double scale) {
        return Math.min(1, Math.max(0, point.singletons(scale)) / (observed.n() * scale));
    }

    /** The prediction at a target of exactly {@code size} occurrences. */
    public Extrapolation toSize(double size) {
        return to(size / observed.n(), 0);
    }

    /**
     * @param scale              target size / observed n, at least 1
     * @param scaleRelativeError relative standard error of the target size, ≥ 0
     * @return null for Chao et al. 2014 beyond its range (t &gt; {@link ExtrapolationMethod#CHAO_MAX_FACTOR})
     */
    public Extrapolation to(double scale, double scaleRelativeError) {
        if (!(scale >= 1) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("extrapolation scale must be >= 1 (the target is at least the sample),"
                    + " got " + scale);
        }
        if (!(scaleRelativeError >= 0)) {
            throw new IllegalArgumentException("scale relative error must be >= 0, got " + scaleRelativeError);
        }
        if (settings.method() == ExtrapolationMethod.CHAO_2014 && scale - 1 > ExtrapolationMethod.CHAO_MAX_FACTOR) {
            return null;
        }
        double n = observed.n();
        double distinct = Math.max(observed.distinct(), point.distinct(scale));
        double n1 = Math.max(0, point.singletons(scale));
        double sr = Math.min(1, n1 / (n * scale));
        int b = replicates.size();
        double[] distinctErrors = new double[b];
        double[] n1Errors = new double[b];
        double[] rateErrors = new double[b];
        double logSd = Math.sqrt(Math.log1p(scaleRelativeError * scaleRelativeError));
        for (int i = 0; i < b; i++) {
            Replicate r = replicates.get(i);
            double trueScale = 1 + (scale - 1) * Math.exp(logSd * r.sizeNoise() - logSd * logSd / 2);
            double predictedDistinct = Math.max(0, r.predicted().distinct(scale));
            double predictedN1 = Math.max(0, r.predicted().singletons(scale));
            double trueDistinct = Math.max(0, r.truth().distinct(trueScale));
            double trueN1 = Math.max(0, r.truth().singletons(trueScale));
            trueN1 = Math.max(0, trueN1 + r.singletonNoise() * Math.sqrt(trueN1));
            double seenDistinct = r.truth().distinct(1);
            trueDistinct += r.distinctNoise() * Math.sqrt(Math.max(0, trueDistinct - seenDistinct));
            distinctErrors[i] = Math.log1p(predictedDistinct) - Math.log1p(Math.max(0, trueDistinct));
            n1Errors[i] = Math.log1p(predictedN1) - Math.log1p(trueN1);
            rateErrors[i] = Math.min(1, predictedN1 / (r.n() * scale)) - Math.min(1, trueN1 / (r.n() * trueScale));
        }
        double alpha = 1 - settings.confidence();
        double z = NormalQuantile.of(1 - alpha / 2);
        double sizeLow = n * (1 + (scale - 1) * Math.exp(-z * logSd));
        double sizeHigh = n * (1 + (scale - 1) * Math.exp(z * logSd));
        Interval distinctInterval = countInterval(distinct, distinctErrors, alpha);
        Interval n1Interval = countInterval(n1, n1Errors, alpha);
        Interval rateInterval = rateInterval(sr, rateErrors, alpha);
        if (!alternatives.isEmpty()) {
            double[] otherDistinct = new double[alternatives.size()];
            double[] otherN1 = new double[alternatives.size()];
            double[] otherRate = new double[alternatives.size()];
            for (int i = 0; i < otherN1.length; i++) {
                otherDistinct[i] = Math.max(0, alternatives.get(i).distinct(scale));
                otherN1[i] = Math.max(0, alternatives.get(i).singletons(scale));
                otherRate[i] = Math.min(1, otherN1[i] / (n * scale));
            }
            distinctInterval = envelope(distinctInterval, otherDistinct, true);
            n1Interval = envelope(n1Interval, otherN1, true);
            rateInterval = envelope(rateInterval, otherRate, false);
        }
        double widen = misspecification * Math.log(scale);
        if (widen > 0) {
            n1Interval = new Interval(n1Interval.estimate(),
                    Math.max(0, Math.expm1(Math.log1p(n1Interval.low()) - widen)),
                    Math.expm1(Math.log1p(n1Interval.high()) + widen));
            rateInterval = new Interval(rateInterval.estimate(), rateInterval.low() * Math.exp(-widen),
                    clip(rateInterval.high() * Math.exp(widen)));
        }
        distinctInterval = new Interval(distinct, Math.max(observed.distinct(), distinctInterval.low()),
                Math.max(observed.distinct(), distinctInterval.high()));
        return new Extrapolation(settings.method(), scale, settings.confidence(),
                new Interval(n * scale, sizeLow, sizeHigh), distinctInterval, n1Interval, rateInterval);
    }

    /**
     * The interval widened to hold the other admissible models with their sampling error: the union, over the
     * models the sample does not exclude, of the bootstrap interval moved to each model's prediction (the interval
     * maximised over a confidence set of the nuisance parameters, Berger &amp; Boos 1994, JASA 89:1012).
     * Counts on the ln(1 + x) scale, as their bootstrap errors are; the rate on its own, at most {@code ceiling}.
     */
    private static Interval envelope(Interval interval, double[] others, boolean logScale) {
        double center = logScale ? Math.log1p(interval.estimate()) : interval.estimate();
        double down = 0;
        double up = 0;
        for (double other : others) {
            double shift = (logScale ? Math.log1p(other) : other) - center;
            down = Math.min(down, shift);
            up = Math.max(up, shift);
        }
        if (logScale) {
            return new Interval(interval.estimate(), Math.max(0, Math.expm1(Math.log1p(interval.low()) + down)),
                    Math.expm1(Math.log1p(interval.high()) + up));
        }
        return new Interval(interval.estimate(), clip(interval.low() + down), clip(interval.high() + up));
    }

    private static Interval countInterval(double estimate, double[] errors, double alpha) {
        Arrays.sort(errors);
        double center = Math.log1p(estimate);
        return new Interval(estimate, Math.max(0, Math.expm1(center - quantile(errors, 1 - alpha / 2))),
                Math.max(0, Math.expm1(center - quantile(errors, alpha / 2))));
    }

    private static Interval rateInterval(double estimate, double[] errors, double alpha) {
        Arrays.sort(errors);
        return new Interval(estimate, clip(estimate - quantile(errors, 1 - alpha / 2)),
                clip(estimate - quantile(errors, alpha / 2)));
    }

    /** Type-7 quantile (linear between order statistics, Hyndman &amp; Fan 1996) of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double clip(double x) {
        return Math.max(0, Math.min(1, x));
    }

    private static Replicate replicate(GrowthModel predicted, GrowthModel truth, double n, SplittableRandom random) {
        return new Replicate(predicted, truth, n, random.nextGaussian(), random.nextGaussian(), random.nextGaussian());
    }

    private static GrowthModel pitmanYor(PitmanYor py, FrequencySpectrum s) {
        double n = s.n();
        double k = s.distinct();
        double n1 = s.n1();
        return new GrowthModel() {
            @Override
            public double distinct(double scale) {
                return py.distinctAfter(n, k, n * (scale - 1));
            }

            @Override
            public double singletons(double scale) {
                return py.singletonsAfter(n, k, n1, n * (scale - 1));
            }
        };
    }

    private static GrowthModel poissonLognormal(PoissonLognormal model, FrequencySpectrum s) {
        double seen = s.distinct();
        return new GrowthModel() {
            @Override
            public double distinct(double scale) {
                return model.distinctAt(scale, seen);
            }

            @Override
            public double singletons(double scale) {
                return model.singletonsAt(scale, seen);
            }
        };
    }

    private static GrowthModel model(ExtrapolationMethod method, FrequencySpectrum s) {
        return switch (method) {
            case POISSON_LOGNORMAL -> s.distinct() > 0 ? poissonLognormal(PoissonLognormal.fit(s), s) : constant(s);
            case PITMAN_YOR -> s.n() >= 2 ? pitmanYor(PitmanYor.fit(s), s) : constant(s);
            case SMOOTHED_GOOD_TOULMIN -> new GrowthModel() {
                @Override
                public double distinct(double scale) {
                    return s.distinct() + SmoothedGoodToulmin.newDistinct(s, scale - 1);
                }

                @Override
                public double singletons(double scale) {
                    return SmoothedGoodToulmin.singletons(s, scale - 1);
                }
            };
            case CHAO_2014 -> new GrowthModel() {
                @Override
                public double distinct(double scale) {
                    GrowthEstimate g = CorpusGrowth.estimate(s, scale - 1);
                    return g.newDistinct() == null ? s.distinct() : s.distinct() + g.newDistinct();
                }

                // The coverage deficit after growth is the Good–Turing missing mass there, i.e. N1'/n'.
                @Override
                public double singletons(double scale) {
                    GrowthEstimate g = CorpusGrowth.estimate(s, scale - 1);
                    return g.missingMass() == null ? 0 : g.missingMass() * s.n() * scale;
                }
            };
        };
    }

    private static GrowthModel constant(FrequencySpectrum s) {
        return new GrowthModel() {
            @Override
            public double distinct(double scale) {
                return s.distinct();
            }

            @Override
            public double singletons(double scale) {
                return s.n1();
            }
        };
    }

    /** N_r* ~ Poisson(N_r) for every r: a resample of the items, keeping the spectrum's shape. */
    private static FrequencySpectrum poissonBootstrap(FrequencySpectrum s, SplittableRandom random) {
        java.util.Map<Long, Long> rows = new java.util.TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            rows.put(s.frequencyAt(i), poisson(s.countAt(i), random));
        }
        return FrequencySpectrum.of(rows);
    }

    /** Knuth's product method below mean 30, the normal approximation (rounded, at least 0) above. */
    static long poisson(double mean, SplittableRandom random) {
        if (mean < 30) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            long k = 0;
            while (product > limit) {
                product *= random.nextDouble();
                k++;
            }
            return k;
        }
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }
}
