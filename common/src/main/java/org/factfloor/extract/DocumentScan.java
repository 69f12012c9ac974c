package org.factfloor.extract;

import java.util.ArrayList;
import java.util.Arrays;
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
    private final String signature;
    private final List<StartAutomaton> automata;
    private final int[] offsets;
    /** The groups whose automaton has a pattern to look for; one with none (a route-only domain) is not read. */
    private final int[] read;
    private final int patterns;
    private final boolean[] accelerated;
    private final CandidateStarts starts = new CandidateStarts();
    private String scanned;
    /** The document's characters: the scan loops read an array, not String.charAt with its checks. */
    private char[] chars = new char[1024];
    private boolean readable;

    /**
     * The scan for these groups that this thread used last, or a new one. Spark runs many tasks on each executor
     * thread; each task building its automata afresh would rebuild the same DFA states from the same text (about
     * half a second per task on Wikipedia), so a thread keeps its warm automata for the next task with the same
     * patterns. Only this thread ever sees them, and results do not depend on how warm they are.
     */
    static DocumentScan forThisThread(List<List<Pattern>> groups) {
        String signature = signature(groups);
        DocumentScan last = LAST_ON_THIS_THREAD.get();
        if (last == null || !last.signature.equals(signature)) {
            last = new DocumentScan(groups);
            LAST_ON_THIS_THREAD.set(last);
        }
        return last;
    }

    private static final ThreadLocal<DocumentScan> LAST_ON_THIS_THREAD = new ThreadLocal<>();

    private static String signature(List<List<Pattern>> groups) {
        StringBuilder s = new StringBuilder();
        for (List<Pattern> group : groups) {
            s.append('\u0001');
            for (Pattern p : group) {
                s.append(p.flags()).append('\u0002').append(p.pattern()).append('\u0003');
            }
        }
        return s.toString();
    }

    /** One group of patterns per domain; patterns are numbered across groups in order. */
    DocumentScan(List<List<Pattern>> groups) {
        this(groups, StartAutomaton.MAX_DFA_STATES);
    }

    DocumentScan(List<List<Pattern>> groups, int maxDfaStates) {
        this.signature = signature(groups);
        this.automata = new ArrayList<>();
        this.offsets = new int[groups.size()];
        int n = 0;
        for (int g = 0; g < groups.size(); g++) {
            automata.add(new StartAutomaton(groups.get(g), maxDfaStates));
            offsets[g] = n;
            n += groups.get(g).size();
        }
        this.patterns = n;
        this.accelerated = new boolean[n];
        int[] reading = new int[groups.size()];
        int readCount = 0;
        for (int g = 0; g < groups.size(); g++) {
            boolean any = false;
            for (int i = 0; i < groups.get(g).size(); i++) {
                accelerated[offsets[g] + i] = automata.get(g).accelerated(i);
                any |= accelerated[offsets[g] + i];
            }
            if (any) {
                reading[readCount++] = g;
            }
        }
        this.read = Arrays.copyOf(reading, readCount);
    }

    private DocumentScan() {
        this.signature = "";
        this.automata = List.of();
        this.offsets = new int[0];
        this.read = new int[0];
        this.patterns = 0;
        this.accelerated = new boolean[0];
    }

    /** A scan that accelerates nothing: every pattern is searched the slow way (the differential test's oracle). */
    static DocumentScan none() {
        return new DocumentScan();
    }

    /** How often any automaton's DFA table was full and dropped. */
    int flushes() {
        return automata.stream().mapToInt(StartAutomaton::flushes).sum();
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
     * Reads text[0, length) right to left, stepping the domains' automata together, three to a pass: their table
     * reads do not depend on one another, so the processor overlaps them, where one pass per automaton would wait
     * on each lookup in turn (the three rows live in locals; an array of rows made the loop a third slower). Adds
     * each pattern's candidate starts (decreasing). False at a surrogate, which the alphabets do not read.
     */
    private boolean scan(char[] text, int length) {
        for (int k = 0; k < read.length; k += 3) {
            if (!scanThree(text, length, k)) {
                return false;
            }
        }
        return true;
    }

    private boolean scanThree(char[] text, int length, int first) {
        Lane a = lane(first);
        Lane b = lane(first + 1);
        Lane c = lane(first + 2);
        char[] symbolsA = a.symbols;
        char[] symbolsB = b.symbols;
        char[] symbolsC = c.symbols;
        int[] tableA = a.table;
        int[] tableB = b.table;
        int[] tableC = c.table;
        int rowA = a.row;
        int rowB = b.row;
        int rowC = c.row;
        for (int p = length - 1; p >= 0; p--) {
            char ch = text[p];
            if (Character.isSurrogate(ch)) {
                return false;
            }
            int nextA = tableA[rowA + symbolsA[ch]];
            int nextB = tableB[rowB + symbolsB[ch]];
            int nextC = tableC[rowC + symbolsC[ch]];
            if ((nextA | nextB | nextC) < 0) {
                nextA = nextA < 0 ? a.resolve(rowA, symbolsA[ch], nextA, p, starts) : nextA;
                nextB = nextB < 0 ? b.resolve(rowB, symbolsB[ch], nextB, p, starts) : nextB;
                nextC = nextC < 0 ? c.resolve(rowC, symbolsC[ch], nextC, p, starts) : nextC;
                tableA = a.table;
                tableB = b.table;
                tableC = c.table;
            }
            rowA = nextA;
            rowB = nextB;
            rowC = nextC;
        }
        return true;
    }

    /** The lane of the k-th automaton that is read. */
    private Lane lane(int k) {
        return k < read.length ? new Lane(automata.get(read[k]), offsets[read[k]]) : Lane.IDLE;
    }

    /** One automaton's place in a pass: its tables and start row; the idle lane pads a pass of fewer than three. */
    private static final class Lane {
        /** Reads every character as symbol 0 and stays in row 0, whose only transition leads back to it. */
        static final Lane IDLE = new Lane(null, 0, new char[Character.MAX_VALUE + 1], new int[] {0}, 0);
        final StartAutomaton automaton;
        final int offset;
        final char[] symbols;
        int[] table;
        final int row;

        Lane(StartAutomaton automaton, int offset) {
            this(automaton, offset, automaton.symbolTable(), automaton.table(), automaton.startRow());
        }

        private Lane(StartAutomaton automaton, int offset, char[] symbols, int[] table, int row) {
            this.automaton = automaton;
            this.offset = offset;
            this.symbols = symbols;
            this.table = table;
            this.row = row;
        }

        /** The next row where the table had no plain answer: makes the transition, records candidate starts. */
        int resolve(int row, int symbol, int next, int position, CandidateStarts starts) {
            if (next == StartAutomaton.UNKNOWN) {
                next = automaton.transition(row, symbol);
                table = automaton.table();
            }
            if (next < 0) {
                next = -2 - next;
                for (int pattern : automaton.matchesAt(next)) {
                    starts.add(offset + pattern, position);
                }
            }
            return next;
        }
    }

    /** Forgets the last document, so a large text is not kept alive between documents. */
    void release() {
        scanned = null;
    }
}
