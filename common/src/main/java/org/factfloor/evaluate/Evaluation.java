package org.factfloor.evaluate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.factfloor.extract.DocumentExtractor;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.FactMatcher;

/**
 * Runs the domains as a run does (together, so a qualifier of one domain can route mentions to another) over one
 * domain's labelled snippets and counts that domain's hits, false alarms and misses.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /** The domain on its own (and no domain routes mentions to it). */
    public static DomainScore score(DomainSpec domain, List<LabelledSnippet> snippets, Consumer<String> mistakes) {
        return score(domain, List.of(domain), snippets, mistakes);
    }

    public static DomainScore score(DomainSpec domain, List<DomainSpec> running, List<LabelledSnippet> snippets,
                                    Consumer<String> mistakes) {
        return score(domain, running, Map.of(), snippets, mistakes);
    }

    /**
     * @param running  the domains that run together, the scored one among them
     * @param tables   the compiled fact table of each cooccurrence domain among them
     * @param mistakes receives one line per false positive or false negative, naming the snippet's line
     */
    public static DomainScore score(DomainSpec domain, List<DomainSpec> running, Map<String, FactMatcher> tables,
                                    List<LabelledSnippet> snippets, Consumer<String> mistakes) {
        DocumentExtractor extractor = new DocumentExtractor(running, tables);
        int positives = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (LabelledSnippet s : snippets) {
            Set<String> found = new LinkedHashSet<>();
            extractor.extract(s.text(), f -> {
                if (f.domain().equals(domain.name())) {
                    found.add(EvaluationSet.key(f.entity(), f.attribute()));
                }
            });
            positives += s.positive() ? 1 : 0;
            for (String f : found) {
                if (s.expected().contains(f)) {
                    tp++;
                } else {
                    fp++;
                    mistakes.accept(s.source() + ":" + s.line() + " [" + s.style() + "] false positive " + f);
                }
            }
            for (String e : s.expected()) {
                if (!found.contains(e)) {
                    fn++;
                    mistakes.accept(s.source() + ":" + s.line() + " [" + s.style() + "] missed " + e
                            + (found.isEmpty() ? "" : " (found " + String.join(", ", found) + ")"));
                }
            }
        }
        return new DomainScore(domain.name(), positives, snippets.size() - positives, tp, fp, fn);
    }
}
