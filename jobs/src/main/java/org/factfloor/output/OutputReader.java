package org.factfloor.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.factfloor.input.InputError;
import org.factfloor.stats.CountUnit;
import org.factfloor.stats.DomainSummary;
import org.factfloor.stats.EstimatorSettings;
import org.factfloor.stats.FloorParameters;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.SimpleGoodTuring;

/**
 * Reads an output directory (committed, or a run's staging directory) into a {@link RunReport} without Spark:
 * summary.json and _MANIFEST.json with Jackson's streaming parser, the small tables spectrum/ and sources/ and the
 * conflicting rows of entities/ with parquet-hadoop. Each domain's summary is recomputed from its spectra and the
 * parameters in summary.json (metrics follow from the state, DESIGN §2), which also checks summary.json.
 */
final class OutputReader {
    /** Rows per domain in the conflicting-entities table and the singleton-sources chart. */
    static final int TOP = 10;

    private final OutputFiles files;
    private final Path dir;

    private OutputReader(OutputFiles files, Path dir) {
        this.files = files;
        this.dir = dir;
    }

    public static RunReport read(String output, Configuration hadoop) {
        Path dir = new Path(output);
        try {
            return new OutputReader(new OutputFiles(dir.getFileSystem(hadoop), dir, hadoop), dir).read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output " + output + ": " + e.getMessage(), e);
        }
    }

    private RunReport read() throws IOException {
        Map<String, Object> summary = files.json("summary.json");
        Map<String, Object> manifest = files.json("_MANIFEST.json");
        if (!(summary.get("domains") instanceof Map<?, ?> domains)) {
            throw new InputError(new Path(dir, "summary.json") + " has no \"domains\" object; it was not written"
                    + " by factfloor: pass the --output directory of a factfloor run");
        }
        Map<String, Map<String, Map<Long, Long>>> spectra = spectra();
        Map<String, List<DomainReport.ConflictingEntity>> conflicts = conflicts(countUnit(domains));
        SourceFiles inputFiles = new SourceFiles();
        Map<String, List<DomainReport.SingletonSource>> sources = singletonSources(inputFiles);
        List<DomainReport> reports = new ArrayList<>();
        for (Map.Entry<?, ?> e : domains.entrySet()) {
            String domain = (String) e.getKey();
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) e.getValue();
            Map<String, Map<Long, Long>> levels = spectra.getOrDefault(domain, Map.of());
            FrequencySpectrum factoids = FrequencySpectrum.of(levels.getOrDefault(SpectrumLevel.FACTOID.stored(),
                    Map.of()));
            FrequencySpectrum entities = FrequencySpectrum.of(levels.getOrDefault(SpectrumLevel.ENTITY.stored(),
                    Map.of()));
            DomainSummary recomputed = recompute(domain, fields, factoids, entities);
            reports.add(new DomainReport(domain, fields, recomputed, factoids, entities,
                    SimpleGoodTuring.estimate(factoids, recomputed.sgtSwitch()), conflicts.getOrDefault(domain, List.of()),
                    sources.getOrDefault(domain, List.of()), mismatches(fields, recomputed)));
        }
        return new RunReport((String) summary.get("corpus_id"), (String) summary.get("run_id"), manifest,
                List.copyOf(reports), inputFiles.count, inputFiles.bytes, delta(summary, reports));
    }

    /** The summary as the statistics stage computes it, from the state (spectra) and summary.json's parameters. */
    private DomainSummary recompute(String domain, Map<String, Object> f, FrequencySpectrum factoids,
                                    FrequencySpectrum entities) {
        return DomainSummary.of(domain, countUnit(f, domain),
                number(f, domain, "documents_scanned").longValue(), factoids, entities,
                new EstimatorSettings(new FloorParameters(number(f, domain, "plausible_alternatives").doubleValue(),
                        number(f, domain, "calibration_error").doubleValue(),
                        number(f, domain, "miscalibration").doubleValue(),
                        number(f, domain, "confidence").doubleValue()),
                        number(f, domain, "sgt_switch").doubleValue(), number(f, domain, "growth_factor").doubleValue()),
                f.get("conflict_share") instanceof Number share ? share.doubleValue() : null,
                f.get("table_facts") instanceof Number facts ? facts.longValue() : null);
    }

    private CountUnit countUnit(Map<String, Object> fields, String domain) {
        CountUnit unit = CountUnit.named(String.valueOf(field(fields, domain, "count_unit")));
        if (unit == null) {
            throw new InputError(new Path(dir, "summary.json") + ": count_unit of domain " + domain + " is neither"
                    + " documents nor mentions; restore the file or run the corpus again with --overwrite");
        }
        return unit;
    }

    private Number number(Map<String, Object> fields, String domain, String key) {
        if (!(field(fields, domain, key) instanceof Number value)) {
            throw new InputError(new Path(dir, "summary.json") + ": " + key + " of domain " + domain
                    + " is not a number; restore the file or run the corpus again with --overwrite");
        }
        return value;
    }

    private Object field(Map<String, Object> fields, String domain, String key) {
        Object value = fields.get(key);
        if (value == null) {
            throw new InputError(new Path(dir, "summary.json") + ": domain " + domain + " has no " + key
                    + "; it was written by an older factfloor: run it again with --overwrite");
        }
        return value;
    }

    /** Names of summary.json fields whose value is not what the recomputed summary gives. */
    private static List<String> mismatches(Map<String, Object> fields, DomainSummary recomputed) {
        List<String> differing = new ArrayList<>();
        for (SummaryColumns.Column c : SummaryColumns.COLUMNS) {
            Object expected = c.value().apply(recomputed);
            if (expected instanceof Integer i) {
                expected = i.longValue();
            }
            if (!fields.containsKey(c.name()) || !Objects.equals(expected, fields.get(c.name()))) {
                differing.add(c.name());
            }
        }
        return differing;
    }

    private static String countUnit(Map<?, ?> domains) {
        for (Object fields : domains.values()) {
            if (fields instanceof Map<?, ?> m && m.get("count_unit") instanceof String unit) {
                return unit;
            }
        }
        return "documents";
    }

    /** domain → level → (r → N_r). */
    private Map<String, Map<String, Map<Long, Long>>> spectra() throws IOException {
        return spectra(files);
    }

    /** domain → level → r → N_r of an output's {@code spectrum/} table. */
    static Map<String, Map<String, Map<Long, Long>>> spectra(OutputFiles files) throws IOException {
        Map<String, Map<String, Map<Long, Long>>> spectra = new TreeMap<>();
        files.forEachRow("spectrum", FilterCompat.NOOP, row -> spectra
                .computeIfAbsent(row.getString("domain", 0), d -> new TreeMap<>())
                .computeIfAbsent(row.getString("level", 0), l -> new TreeMap<>())
                .put(row.getLong("r", 0), row.getLong("n_r", 0)));
        return spectra;
    }

    /** The TOP entities per domain with more than one attribute, by occurrences under the count unit. */
    private Map<String, List<DomainReport.ConflictingEntity>> conflicts(String countUnit) throws IOException {
        Comparator<DomainReport.ConflictingEntity> order = Comparator
                .comparingLong(DomainReport.ConflictingEntity::occurrences)
                .thenComparing(DomainReport.ConflictingEntity::entity, Comparator.reverseOrder());
        Map<String, PriorityQueue<DomainReport.ConflictingEntity>> top = new HashMap<>();
        files.forEachRow("entities", FilterCompat.get(FilterApi.gt(FilterApi.longColumn("distinct_attributes"), 1L)),
                row -> keep(top.computeIfAbsent(row.getString("domain", 0), d -> new PriorityQueue<>(order)),
                        new DomainReport.ConflictingEntity(row.getString("entity", 0), row.getLong(countUnit, 0),
                                row.getLong("distinct_attributes", 0), row.getString("top_attribute", 0),
                                row.getDouble("top_share", 0)), order));
        Map<String, List<DomainReport.ConflictingEntity>> lists = new HashMap<>();
        top.forEach((domain, queue) -> lists.put(domain, descending(queue, order)));
        return lists;
    }

    /** How many input files sources/ lists, and their bytes as stored. */
    private static final class SourceFiles {
        int count;
        long bytes;
    }

    /**
     * delta/ of a merge's output, in the domain order of summary.json; null when there is none (a run's output).
     * The base held the corpora of corpus_ids that were not added.
     */
    private MergeDelta delta(Map<String, Object> summary, List<DomainReport> reports) throws IOException {
        if (!files.exists("delta")) {
            return null;
        }
        Map<String, DomainDelta> byDomain = new HashMap<>();
        List<String> added = new ArrayList<>();
        files.forEachRow("delta", FilterCompat.NOOP, row -> {
            Group ids = row.getGroup("added_corpus_ids", 0);
            added.clear();
            for (int i = 0; i < ids.getFieldRepetitionCount(0); i++) {
                added.add(ids.getGroup(0, i).getString(0, 0));
            }
            byDomain.put(row.getString("domain", 0), new DomainDelta(row.getString("domain", 0),
                    OutputFiles.optionalLong(row, "n_before"), row.getLong("n_after", 0), OutputFiles.optionalLong(row, "distinct_before"),
                    row.getLong("distinct_after", 0), OutputFiles.optionalDouble(row, "singleton_rate_before"),
                    OutputFiles.optionalDouble(row, "singleton_rate_after"), OutputFiles.optionalDouble(row, "entity_singleton_rate_before"),
                    OutputFiles.optionalDouble(row, "entity_singleton_rate_after"), OutputFiles.optionalDouble(row, "floor_kv2024_before"),
                    OutputFiles.optionalDouble(row, "floor_kv2024_after"), OutputFiles.optionalDouble(row, "floor_knvz2025_before"),
                    OutputFiles.optionalDouble(row, "floor_knvz2025_after"), row.getLong("new_factoids", 0),
                    row.getLong("new_singletons", 0), row.getLong("no_longer_singletons", 0),
                    row.getLong("new_entities", 0), row.getLong("new_conflicts", 0)));
        });
        List<String> base = new ArrayList<>();
        if (summary.get("corpus_ids") instanceof List<?> all) {
            all.stream().map(String::valueOf).filter(id -> !added.contains(id)).forEach(base::add);
        }
        List<DomainDelta> deltas = reports.stream().map(r -> byDomain.get(r.domain())).filter(Objects::nonNull)
                .toList();
        return new MergeDelta(List.copyOf(base), List.copyOf(added), deltas);
    }

    /** The TOP input files per domain by the singletons they hold (the `singletons` map of sources/). */
    private Map<String, List<DomainReport.SingletonSource>> singletonSources(SourceFiles inputFiles) throws IOException {
        Comparator<DomainReport.SingletonSource> order = Comparator
                .comparingLong(DomainReport.SingletonSource::singletons)
                .thenComparing(DomainReport.SingletonSource::path, Comparator.reverseOrder());
        Map<String, PriorityQueue<DomainReport.SingletonSource>> top = new HashMap<>();
        files.forEachRow("sources", FilterCompat.NOOP, row -> {
            String path = row.getString("path", 0);
            inputFiles.count++;
            inputFiles.bytes += row.getLong("bytes", 0);
            Group singletons = row.getGroup("singletons", 0);
            for (int i = 0; i < singletons.getFieldRepetitionCount(0); i++) {
                Group entry = singletons.getGroup(0, i);
                keep(top.computeIfAbsent(entry.getString("key", 0), d -> new PriorityQueue<>(order)),
                        new DomainReport.SingletonSource(path, entry.getLong("value", 0)), order);
            }
        });
        Map<String, List<DomainReport.SingletonSource>> lists = new HashMap<>();
        top.forEach((domain, queue) -> lists.put(domain, descending(queue, order)));
        return lists;
    }

    private static <T> void keep(PriorityQueue<T> smallestFirst, T item, Comparator<T> order) {
        if (smallestFirst.size() < TOP) {
            smallestFirst.add(item);
        } else if (order.compare(item, smallestFirst.peek()) > 0) {
            smallestFirst.poll();
            smallestFirst.add(item);
        }
    }

    private static <T> List<T> descending(PriorityQueue<T> queue, Comparator<T> order) {
        List<T> list = new ArrayList<>(queue);
        list.sort(order.reversed());
        return List.copyOf(list);
    }
}
