package org.factfloor.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Runs every enabled domain over one document and deduplicates its factoids inside the document, so the shuffle
 * carries one row per (document, factoid) and `documents` is a plain sum. The pattern domains share one
 * {@link DocumentScan}: one automaton per domain, warm across tasks, reads the text near that domain's literals and
 * finds the candidate starts of its patterns. A qualifier may route a pattern's mention to another running domain;
 * matches refused on the way are counted per domain and reason ({@link #rejections()}). One instance per task, reused across documents, and used on the thread that made it (the
 * scan is this thread's).
 */
public final class DocumentExtractor {
    private final List<String> domains = new ArrayList<>();
    private final List<Extractor> extractors = new ArrayList<>();
    private final Map<FactoidKey, Occurrence> seen = new LinkedHashMap<>();
    private final Set<EntityKey> entitiesSeen = new HashSet<>();
    private final List<String> timedOut = new ArrayList<>();
    private final Map<String, Integer> rejected = new TreeMap<>();
    private final List<RoutedSink> sinks = new ArrayList<>();

    private final DocumentScan scan;

    public DocumentExtractor(List<DomainSpec> specs) {
        this(specs, Map.of(), true);
    }

    /** @param tables the compiled fact table of each cooccurrence domain among specs, by domain name */
    public DocumentExtractor(List<DomainSpec> specs, Map<String, FactMatcher> tables) {
        this(specs, tables, true);
    }

    /** With {@code automaton} false every pattern is searched the slow way: the oracle of the differential test. */
    DocumentExtractor(List<DomainSpec> specs, boolean automaton) {
        this(specs, Map.of(), automaton);
    }

    private DocumentExtractor(List<DomainSpec> specs, Map<String, FactMatcher> tables, boolean automaton) {
        List<List<Pattern>> compiled = new ArrayList<>();
        List<List<String>> literals = new ArrayList<>();
        for (DomainSpec spec : specs) {
            if (spec.patternDomain()) {
                compiled.add(spec.compiledPatterns());
                literals.add(spec.prefilter());
            }
        }
        scan = automaton ? DocumentScan.forThisThread(compiled, literals) : DocumentScan.none();
        int group = 0;
        for (DomainSpec spec : specs) {
            domains.add(spec.name());
            if (spec.cooccurrence() != null) {
                extractors.add(new CooccurrenceExtractor(compiledTable(spec, tables)));
            } else if (spec.patternDomain()) {
                extractors.add(new PatternExtractor(spec, compiled.get(group), scan, group));
                group++;
            } else {
                extractors.add(spec.newExtractor());
            }
        }
        Set<String> running = Set.copyOf(domains);
        for (String domain : domains) {
            sinks.add(new RoutedSink() {
                @Override
                public void accept(String target, String entity, String attribute, String surface) {
                    if (running.contains(target)) {
                        seen.computeIfAbsent(new FactoidKey(target, entity, attribute), k -> new Occurrence(surface))
                                .mentions++;
                    } else {
                        reject(domain, Rejections.ROUTED_TO_DISABLED + target);
                    }
                }

                @Override
                public void reject(String d, String reason) {
                    rejected.merge(Rejections.key(d, reason), 1, Integer::sum);
                }
            });
        }
    }

    private static FactMatcher compiledTable(DomainSpec spec, Map<String, FactMatcher> tables) {
        FactMatcher table = tables.get(spec.name());
        if (table == null) {
            throw new IllegalStateException("cooccurrence domain " + spec.name() + " was given no compiled fact table");
        }
        return table;
    }

    /** Emits each distinct factoid of the document once; returns the number of mentions found. */
    public int extract(String text, Consumer<DocumentFactoid> out) {
        seen.clear();
        entitiesSeen.clear();
        timedOut.clear();
        rejected.clear();
        int total = 0;
        for (int d = 0; d < extractors.size(); d++) {
            String domain = domains.get(d);
            Extractor extractor = extractors.get(d);
            if (extractor instanceof PatternExtractor pattern) {
                pattern.extract(text, sinks.get(d));
            } else {
                extractor.extract(text, (entity, attribute, surface) -> seen.computeIfAbsent(
                        new FactoidKey(domain, entity, attribute), k -> new Occurrence(surface)).mentions++);
            }
            if (extractor.exceededBudget()) {
                timedOut.add(domain);
            }
        }
        scan.release();
        for (Map.Entry<FactoidKey, Occurrence> e : seen.entrySet()) {
            FactoidKey k = e.getKey();
            boolean firstOfEntity = entitiesSeen.add(new EntityKey(k.domain, k.entity));
            total += e.getValue().mentions;
            out.accept(new DocumentFactoid(k.domain, k.entity, k.attribute, e.getValue().mentions,
                    e.getValue().example, firstOfEntity));
        }
        return total;
    }

    /** The domains whose extraction budget the last document exceeded (counted as extraction_timeouts). */
    public List<String> timedOutDomains() {
        return List.copyOf(timedOut);
    }

    /** The last document's refused matches: "domain:reason" → how many. */
    public Map<String, Integer> rejections() {
        return rejected;
    }

    private record FactoidKey(String domain, String entity, String attribute) {
    }

    private record EntityKey(String domain, String entity) {
    }

    private static final class Occurrence {
        final String example;
        int mentions;

        Occurrence(String example) {
            this.example = example;
        }
    }
}
