package org.factfloor.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the matches of a pattern that begin at a given position can end, read from the pattern's superset forwards
 * ({@link StartAutomaton#forwardOfSamePatterns}): a real match is a superset match with the same start, so it can
 * only end where the superset reading accepts, and nowhere after the reading has no threads left. One reading per
 * question, a table read per character, no backtracking. The domain's forward automaton is built the first time it
 * is asked and kept (with the {@link DocumentScan} of its thread): one for all its patterns, sharing the supersets
 * and the alphabet of the domain's start automaton (an automaton per pattern, each with its own alphabet, took
 * 5.4 s to build for the 47 built-in patterns on a cold JVM; one per domain 0.15 s).
 */
final class SupersetEnds {
    private final List<Pattern> patterns;
    /** The domain's start automaton, whose alphabet the forward one shares. */
    private final StartAutomaton starts;
    private StartAutomaton automaton;

    SupersetEnds(List<Pattern> patterns, int maxDfaStates) {
        this(patterns, new StartAutomaton(patterns, maxDfaStates));
    }

    SupersetEnds(List<Pattern> patterns, StartAutomaton starts) {
        this.patterns = patterns;
        this.starts = starts;
    }

    /**
     * Whether every match of the pattern beginning at {@code from} and ending at or before {@code to} ends after
     * {@code after} and at or before {@code until} (true also when none can). Reading stops as soon as that is
     * decided: at {@code after} when {@code until >= to}, else where the reading has no threads left, or accepts
     * past {@code until}, or at {@code to}. Requires from < after < to, and
     * text[from, to) free of surrogates (the alphabets do not read them; the start scan of the region checked).
     */
    boolean allEndIn(int pattern, char[] text, int from, int after, int until, int to) {
        if (until <= after && until < to) {
            return false; // only if no match at all began here: not worth reading for
        }
        if (automaton == null) {
            automaton = starts.forwardOfSamePatterns(patterns);
        }
        if (!automaton.accelerated(pattern)) {
            return false;
        }
        int row = automaton.startRowOf(pattern);
        char[] symbols = automaton.symbolTable();
        int[] table = automaton.table();
        int limit = until >= to ? after : to;
        for (int p = from; p < limit; p++) {
            int symbol = symbols[text[p]];
            int next = table[row + symbol];
            if (next == StartAutomaton.UNKNOWN) {
                next = automaton.transition(row, symbol);
                table = automaton.table();
            }
            if (next < 0) { // accepting: a match can end at p + 1
                if (p + 1 <= after || p + 1 > until) {
                    return false;
                }
                next = -2 - next;
            }
            if (next == 0) {
                return true; // no threads left: no match ends later
            }
            row = next;
        }
        return true; // read to after with no end at or before it (until >= to), or to to with none past until
    }
}
