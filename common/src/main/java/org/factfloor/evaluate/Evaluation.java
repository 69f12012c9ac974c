package org.factfloor.evaluate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.Extractor;

/** Runs one domain's extractor over its labelled snippets and counts hits, false alarms and misses. */
public final class Evaluation {
    private Evaluation() {
    }

    /** @param mistakes receives one line per false positive or false negative, naming the snippet's line */
    public static DomainScore score(DomainSpec domain, List<LabelledSnippet> snippets, Consumer<String> mistakes) {
        Extractor extractor = domain.newExtractor();
        int positives = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (LabelledSnippet s : snippets) {
            Set<String> found = new LinkedHashSet<>();
            extractor.extract(s.text(), (entity, attribute, surface) -> found.add(EvaluationSet.key(entity, attribute)));
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
