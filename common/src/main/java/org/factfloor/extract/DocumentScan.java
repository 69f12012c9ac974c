package org.factfloor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The automaton scan of a document that every pattern domain of a task shares: the first domain to ask for a
 * document's candidate starts pays for it, the others read its result. Each domain's patterns form one
 * {@link StartAutomaton}: one automaton for all domains would be the product of theirs, and on the Wikipedia sample
 * that product outgrew its table many times over while the per-domain automata stayed at a few thousand states
 * each. One instance per task.
 */
final class DocumentScan {
    private final List<StartAutomaton> automata;
    private final int[] offsets;
    private final int patterns;
    private final boolean[] accelerated;
    private final CandidateStarts starts = new CandidateStarts();
    private String scanned;
    /** The document's characters: the scan loops read an array, not String.charAt with its checks. */
    private char[] chars = new char[1024];
    private boolean readable;

    /** One group of patterns per domain; patterns are numbered across groups in order. */
    DocumentScan(List<List<Pattern>> groups) {
        this.automata = new ArrayList<>();
        this.offsets = new int[groups.size()];
        int n = 0;
        for (int g = 0; g < groups.size(); g++) {
            automata.add(new StartAutomaton(groups.get(g)));
            offsets[g] = n;
            n += groups.get(g).size();
        }
        this.patterns = n;
        this.accelerated = new boolean[n];
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < groups.get(g).size(); i++) {
                accelerated[offsets[g] + i] = automata.get(g).accelerated(i);
            }
        }
    }

    private DocumentScan() {
        this.automata = List.of();
        this.offsets = new int[0];
        this.patterns = 0;
        this.accelerated = new boolean[0];
    }

    /** A scan that accelerates nothing: every pattern is searched the slow way (the differential test's oracle). */
    static DocumentScan none() {
        return new DocumentScan();
    }

    boolean accelerated(int pattern) {
        return pattern < accelerated.length && accelerated[pattern];
    }

    /** The candidate starts in text, or null when the automata cannot read it (a surrogate pair). */
    CandidateStarts startsIn(String text) {
        if (automata.isEmpty()) {
            return null;
        }
        if (text != scanned) {
            starts.clear(patterns);
            int length = text.length();
            if (chars.length < length) {
                chars = new char[Math.max(length, chars.length * 2)];
            }
            text.getChars(0, length, chars, 0);
            readable = scan(chars, length);
            starts.finish();
            scanned = text;
        }
        return readable ? starts : null;
    }

    /**
     * Reads text[0, length) once, right to left, stepping every domain's automaton on each character: their table
     * reads do not depend on one another, so the processor overlaps them, where one pass per automaton would wait
     * on each lookup in turn. Adds each pattern's candidate starts (decreasing). False at a surrogate, which the
     * alphabets do not read.
     */
    private boolean scan(char[] text, int length) {
        int n = automata.size();
        char[][] symbolOf = new char[n][];
        int[][] tables = new int[n][];
        int[] rows = new int[n];
        for (int g = 0; g < n; g++) {
            symbolOf[g] = automata.get(g).symbolTable();
            tables[g] = automata.get(g).table();
            rows[g] = automata.get(g).startRow();
        }
        for (int p = length - 1; p >= 0; p--) {
            char c = text[p];
            if (Character.isSurrogate(c)) {
                return false;
            }
            for (int g = 0; g < n; g++) {
                int symbol = symbolOf[g][c];
                int next = tables[g][rows[g] + symbol];
                if (next < 0) {
                    if (next == StartAutomaton.UNKNOWN) {
                        next = automata.get(g).transition(rows[g], symbol);
                        tables[g] = automata.get(g).table();
                    }
                    if (next < 0) {
                        next = -2 - next;
                        for (int pattern : automata.get(g).matchesAt(next)) {
                            starts.add(offsets[g] + pattern, p);
                        }
                    }
                }
                rows[g] = next;
            }
        }
        return true;
    }

    /** Forgets the last document, so a large text is not kept alive between documents. */
    void release() {
        scanned = null;
    }
}
