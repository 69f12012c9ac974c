package org.factfloor.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.factfloor.stats.SpectrumEstimate;

/** The answer of `factfloor estimate`: one JSON object, or the same values as an indented text listing. */
public final class EstimateReport {
    private EstimateReport() {
    }

    public static String json(SpectrumEstimate estimate) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            JsonValues.write(g, estimate.toMap());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    public static String text(SpectrumEstimate estimate) {
        StringBuilder out = new StringBuilder();
        write(out, estimate.toMap(), "");
        return out.toString();
    }

    private static void write(StringBuilder out, Map<?, ?> map, String indent) {
        map.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                if (nested.isEmpty()) {
                    out.append(indent).append(key).append(": -\n");
                } else {
                    out.append(indent).append(key).append(":\n");
                    write(out, nested, indent + "  ");
                }
            } else {
                out.append(indent).append(key).append(": ").append(format(value)).append('\n');
            }
        });
    }

    private static String format(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d);
        }
        return value.toString();
    }
}
