package org.factfloor.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fact domain as declared in HOCON (DESIGN §3): how to find its factoids and the parameters of its floors.
 * Patterns are stored with their {{fragment}} references already expanded.
 *
 * @param prefilterReach  how far (characters) a match may extend on either side of a prefilter literal
 * @param entityAllowList normalised entity keys that may be extracted, or null for any entity
 * @param placeAliases    folded place name → the key it stands for, applied by the place normaliser
 * @param limits          the per-document extraction budget and window sizes
 * @param cooccurrence    for a {@code cooccurrence} domain, its fact table and window; null for a pattern or class
 *                        domain
 * @param rules           qualifiers, key filters and name resolution applied after a pattern matched
 */
public record DomainSpec(String name, String description, String entityNormalizer, String attributeNormalizer,
                         List<String> prefilter, int prefilterReach, List<String> patterns, String extractorClass,
                         Set<String> entityAllowList, Map<String, String> placeAliases, ExtractionLimits limits,
                         double plausibleAlternatives, double calibrationError, double miscalibration,
                         CooccurrenceSpec cooccurrence, DomainRules rules)
        implements Serializable {

    /** A pattern domain, or one naming its extractor class. */
    public DomainSpec(String name, String description, String entityNormalizer, String attributeNormalizer,
                      List<String> prefilter, int prefilterReach, List<String> patterns, String extractorClass,
                      Set<String> entityAllowList, Map<String, String> placeAliases, ExtractionLimits limits,
                      double plausibleAlternatives, double calibrationError, double miscalibration) {
        this(name, description, entityNormalizer, attributeNormalizer, prefilter, prefilterReach, patterns,
                extractorClass, entityAllowList, placeAliases, limits, plausibleAlternatives, calibrationError,
                miscalibration, null, null);
    }

    public DomainSpec {
        prefilter = List.copyOf(prefilter);
        patterns = List.copyOf(patterns);
        entityAllowList = entityAllowList == null ? null : Set.copyOf(entityAllowList);
        placeAliases = Map.copyOf(placeAliases);
        rules = rules == null ? DomainRules.NONE : rules;
    }

    public List<Pattern> compiledPatterns() {
        List<Pattern> compiled = new ArrayList<>(patterns.size());
        for (String p : patterns) {
            compiled.add(Pattern.compile(p));
        }
        return compiled;
    }

    /** A cooccurrence domain counted in another window (for the benchmarks and the precision sample). */
    public DomainSpec withWindow(CooccurrenceWindow window) {
        return new DomainSpec(name, description, entityNormalizer, attributeNormalizer, prefilter, prefilterReach,
                patterns, extractorClass, entityAllowList, placeAliases, limits, plausibleAlternatives,
                calibrationError, miscalibration, cooccurrence.withWindow(window), rules);
    }

    /** Whether the domain's facts are found by its regexes (neither a class nor a fact table). */
    public boolean patternDomain() {
        return extractorClass == null && cooccurrence == null;
    }

    /**
     * The extractor for one task: the declared class if any, else the pattern extractor. A cooccurrence domain's
     * extractor needs its compiled fact table: {@link CooccurrenceExtractor#CooccurrenceExtractor(FactMatcher)}.
     */
    public Extractor newExtractor() {
        if (cooccurrence != null) {
            throw new IllegalStateException("domain " + name + " is a cooccurrence domain; its extractor is made from"
                    + " its compiled fact table (FactMatcher)");
        }
        if (extractorClass == null) {
            return new PatternExtractor(this);
        }
        try {
            return Class.forName(extractorClass).asSubclass(Extractor.class)
                    .getConstructor(DomainSpec.class).newInstance(this);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("domain " + name + ": cannot create extractor " + extractorClass
                    + " (it must implement org.factfloor.extract.Extractor and have a public constructor taking"
                    + " DomainSpec): " + e, e);
        }
    }
}
