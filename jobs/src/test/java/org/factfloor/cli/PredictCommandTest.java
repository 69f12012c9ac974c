package org.factfloor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `factfloor predict`: a spectrum carried to a larger size, the growth curve and the thresholds; no Spark. */
class PredictCommandTest {
    private static final String SPECTRUM = "r\tn_r\n1\t120\n2\t40\n3\t24\n4\t13\n5\t15\n6\t5\n7\t11\n8\t2\n9\t2\n10\t1\n";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true));
        System.setErr(new PrintStream(e, true));
        try {
            return new Result(Main.execute(args), o.toString(), e.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void jsonIsThePredictionOfTheStatsApi() throws Exception {
        Path f = dir.resolve("s.tsv");
        Files.writeString(f, SPECTRUM);
        Result r = run("predict", "--spectrum", f.toString(), "--to-size", "5500", "--json", "--method",
                "pitman_yor", "--replicates", "40");
        assertEquals(0, r.code(), r.err());
        FrequencySpectrum s = EstimateCommand.readSpectrum(f);
        DomainPrediction expected = DomainPrediction.of(DomainSummary.of("spectrum", CountUnit.DOCUMENTS, 0, s, s,
                new EstimatorSettings(new FloorParameters(100, 0, 0, 0.99), 1.96, 1), null),
                new ExtrapolationSettings(ExtrapolationMethod.PITMAN_YOR, 0.95, 40, 1), SampleScale.exact(10),
                SampleScale.exact(10));
        assertEquals(PredictReport.json(expected), r.out());
        for (String key : List.of("\"estimator\" : \"pitman_yor\"", "\"full_corpus\"", "\"growth\"",
                "\"kv2024_floor_below\"", "\"singleton_rate\"", "\"floor_knvz2025\"")) {
            assertTrue(r.out().contains(key), key);
        }
    }

    @Test
    void textShowsTheTargetTheCurveAndTheThresholds() throws Exception {
        Path f = dir.resolve("s.tsv");
        Files.writeString(f, SPECTRUM);
        Result r = run("predict", "--spectrum", f.toString(), "--to-size", "1100", "--replicates", "20");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("estimator: poisson_lognormal, 95% prediction intervals"), r.out());
        assertTrue(r.out().contains("to-size") && r.out().contains("x100")
                && r.out().contains("smallest n at which the KV24 floor falls below"), r.out());
    }

    @Test
    void aTargetBelowTheSampleOrAnUnknownMethodIsBadUsage() throws Exception {
        Path f = dir.resolve("s.tsv");
        Files.writeString(f, SPECTRUM);
        Result small = run("predict", "--spectrum", f.toString(), "--to-size", "10");
        assertEquals(2, small.code());
        assertTrue(small.err().contains("--to-size must be at least the spectrum's n = 550"), small.err());
        Result method = run("predict", "--spectrum", f.toString(), "--to-size", "1000", "--method", "magic");
        assertEquals(2, method.code());
        assertTrue(method.err().contains("unknown extrapolation method 'magic'"), method.err());
        Result chao = run("predict", "--spectrum", f.toString(), "--to-size", "5500", "--method", "chao_2014");
        assertEquals(2, chao.code());
        assertTrue(chao.err().contains("chao_2014 stops at 3x"), chao.err());
    }
}
