package org.factfloor.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.factfloor.input.InputError;
import org.factfloor.stats.MixtureSummary;

/**
 * Reads the output directory of `factfloor mix` (committed, or mix's staging directory) into a {@link MixtureView}
 * without Spark: the sources and their weights from _MANIFEST.json, the expected figures from summary.json, and each
 * source's contribution and curve from the small tables mixture/ and mixture_curve/. A mixture holds expectations,
 * not counts, so unlike a run's summary nothing is recomputed: the report shows what mix computed.
 */
final class MixOutputReader {
    private final OutputFiles files;

    private MixOutputReader(OutputFiles files) {
        this.files = files;
    }

    static MixtureView read(String output, Configuration hadoop) {
        Path dir = new Path(output);
        try {
            return new MixOutputReader(new OutputFiles(dir.getFileSystem(hadoop), dir, hadoop)).read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mixture " + output + ": " + e.getMessage(), e);
        }
    }

    private MixtureView read() throws IOException {
        Map<String, Object> summary = files.json("summary.json");
        List<MixedSource> sources = sources(files.json("_MANIFEST.json"));
        Map<String, Integer> index = new HashMap<>();
        sources.forEach(s -> index.put(s.path(), s.index()));
        Map<String, MixedDomain.Contribution[]> contributions = new HashMap<>();
        files.forEachRow(Reports.MIXTURE_TABLE, FilterCompat.NOOP, row -> contributions.computeIfAbsent(
                row.getString("domain", 0), d -> new MixedDomain.Contribution[sources.size()])[
                sourceIndex(index, row.getString("source", 0), Reports.MIXTURE_TABLE)] = new MixedDomain.Contribution(
                row.getDouble("expected_occurrences", 0), row.getDouble("own_singletons", 0),
                OutputFiles.optionalDouble(row, "own_singleton_share"), row.getDouble("entity_own_singletons", 0)));
        Map<String, List<List<MixtureSummary.CurvePoint>>> curves = new HashMap<>();
        files.forEachRow(Reports.MIXTURE_CURVE_TABLE, FilterCompat.NOOP, row -> curves.computeIfAbsent(
                row.getString("domain", 0), d -> emptyCurves(sources.size()))
                .get(sourceIndex(index, row.getString("source", 0), Reports.MIXTURE_CURVE_TABLE))
                .add(new MixtureSummary.CurvePoint(row.getDouble("weight", 0), row.getDouble("n", 0),
                        OutputFiles.optionalDouble(row, "singleton_rate"),
                        OutputFiles.optionalDouble(row, "entity_singleton_rate"),
                        OutputFiles.optionalDouble(row, "floor_kv2024"),
                        OutputFiles.optionalDouble(row, "floor_knvz2025"))));
        if (!(summary.get("domains") instanceof Map<?, ?> domains)) {
            throw broken("summary.json", "has no \"domains\" object");
        }
        List<MixedDomain> mixed = new ArrayList<>();
        for (Map.Entry<?, ?> e : domains.entrySet()) {
            String domain = (String) e.getKey();
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) e.getValue();
            MixedDomain.Contribution[] shares = contributions.get(domain);
            List<List<MixtureSummary.CurvePoint>> curve = curves.get(domain);
            if (shares == null || Arrays.asList(shares).contains(null) || curve == null
                    || curve.stream().anyMatch(List::isEmpty)) {
                throw broken("mixture/ or mixture_curve/", "lacks a source's rows of domain " + domain);
            }
            curve.forEach(c -> c.sort(Comparator.comparingDouble(MixtureSummary.CurvePoint::weight)));
            mixed.add(new MixedDomain(domain, number(f, domain, "n"), number(f, domain, "n_sd"),
                    number(f, domain, "distinct"), number(f, domain, "n1"), number(f, domain, "n1_sd"),
                    optional(f, "singleton_rate"), optional(f, "singleton_rate_sd"),
                    optional(f, "singleton_rate_low"), optional(f, "singleton_rate_high"),
                    optional(f, "entity_singleton_rate"), optional(f, "floor_kv2024"),
                    optional(f, "floor_knvz2025"), flags(f, domain), List.of(shares),
                    curve.stream().map(List::copyOf).toList()));
        }
        return new MixtureView((String) summary.get("corpus_id"), (String) summary.get("run_id"), List.copyOf(sources),
                List.copyOf(mixed));
    }

    /** The sources in the order mix numbered them, as _MANIFEST.json lists them. */
    private List<MixedSource> sources(Map<String, Object> manifest) {
        if (!(manifest.get("sources") instanceof List<?> listed) || listed.isEmpty()) {
            throw broken("_MANIFEST.json", "has no \"sources\" list");
        }
        List<MixedSource> sources = new ArrayList<>();
        for (Object o : listed) {
            if (!(o instanceof Map<?, ?> s && s.get("path") instanceof String path
                    && s.get("weight") instanceof Number weight && s.get("corpus_ids") instanceof List<?> ids)) {
                throw broken("_MANIFEST.json", "has a source without path, weight or corpus_ids");
            }
            sources.add(new MixedSource(sources.size(), path, ids.stream().map(String::valueOf).toList(),
                    weight.doubleValue()));
        }
        return sources;
    }

    private int sourceIndex(Map<String, Integer> index, String path, String table) {
        Integer i = index.get(path);
        if (i == null) {
            throw broken(table + "/", "names the source " + path + ", which _MANIFEST.json does not list");
        }
        return i;
    }

    private static List<List<MixtureSummary.CurvePoint>> emptyCurves(int sources) {
        List<List<MixtureSummary.CurvePoint>> curves = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            curves.add(new ArrayList<>());
        }
        return curves;
    }

    private double number(Map<String, Object> fields, String domain, String key) {
        if (!(fields.get(key) instanceof Number value)) {
            throw broken("summary.json", key + " of domain " + domain + " is not a number");
        }
        return value.doubleValue();
    }

    private static Double optional(Map<String, Object> fields, String key) {
        return fields.get(key) instanceof Number value ? value.doubleValue() : null;
    }

    private List<String> flags(Map<String, Object> fields, String domain) {
        if (!(fields.get("flags") instanceof List<?> flags)) {
            throw broken("summary.json", "domain " + domain + " has no flags list");
        }
        return flags.stream().map(String::valueOf).toList();
    }

    private InputError broken(String file, String what) {
        return new InputError(files.path(file) + " " + what + ": it is not a complete factfloor mix output; run the"
                + " mix again with --overwrite");
    }
}
