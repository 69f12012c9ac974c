package org.factfloor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the extraction engine will do with a domain's patterns, for `factfloor validate`: which ones the start
 * automaton cannot read, why, and what that costs. Such a pattern is never dropped; it runs on the slower path.
 */
public final class EngineReport {
    private EngineReport() {
    }

    /** One line per pattern of the domain that the automaton cannot accelerate; empty when it reads them all. */
    public static List<String> slowPatterns(DomainSpec domain) {
        if (!domain.patternDomain()) {
            return List.of();
        }
        List<Pattern> patterns = domain.compiledPatterns();
        StartAutomaton automaton = new StartAutomaton(patterns);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            if (!automaton.accelerated(i)) {
                lines.add("domain " + domain.name() + ", pattern " + (i + 1) + ": the one-pass automaton cannot"
                        + " read it (" + automaton.unsupportedReason(i) + "). It still runs, on the slower path:"
                        + " tried at every position its first character allows, near prefilter literals, which"
                        + " on prose costs roughly 20 to 50 times the automaton's time per character. Rewrite it"
                        + " without that construct to make it fast.");
            }
        }
        return lines;
    }
}
