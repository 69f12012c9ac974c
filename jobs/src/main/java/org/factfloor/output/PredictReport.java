package org.factfloor.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factfloor.stats.DomainPrediction;
import org.factfloor.stats.Interval;
import org.factfloor.stats.PredictedSummary;

/** The answer of `factfloor predict`: the target size, the growth curve and the floor thresholds, as JSON or text. */
public final class PredictReport {
    private PredictReport() {
    }

    public static String json(DomainPrediction p) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            JsonValues.write(g, PredictionValues.json(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    public static String text(DomainPrediction p) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "estimator: %s, %.0f%% prediction intervals [low, high]%n",
                p.settings().method().stored(), 100 * p.settings().confidence()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("target", "n", "distinct", "N1", "singleton rate", "KV24 floor", "KNVZ25 floor"));
        if (p.fullCorpus() != null) {
            rows.add(row("to-size", p.fullCorpus()));
        }
        if (p.growth() != null) {
            p.growth().points().forEach(point -> rows.add(row(
                    "x" + Numbers.value(point.factoids().scale()), point)));
        }
        out.append(DomainTable.aligned(rows));
        out.append("\nsmallest n at which the KV24 floor falls below (within 100x the observed n):\n");
        p.kv2024FloorBelow().forEach((threshold, n) -> out.append(String.format(Locale.ROOT, "  %-5s %s%n",
                Numbers.value(threshold), n == null ? "not within 100x" : String.format(Locale.ROOT, "%.4g", n))));
        return out.toString();
    }

    private static List<String> row(String target, PredictedSummary s) {
        return List.of(target, count(s.factoids().n()), count(s.factoids().distinct()), count(s.factoids().n1()),
                rate(s.factoids().singletonRate()), rate(s.kv2024()), rate(s.knvz2025()));
    }

    private static String count(Interval i) {
        return String.format(Locale.ROOT, "%.4g [%.4g, %.4g]", i.estimate(), i.low(), i.high());
    }

    private static String rate(Interval i) {
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", i.estimate(), i.low(), i.high());
    }
}
