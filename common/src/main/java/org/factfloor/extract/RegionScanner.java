package org.factfloor.extract;

import java.util.Arrays;

/**
 * Reads one region of a document right to left with a start automaton and adds each pattern's candidate starts
 * (decreasing). A long region is read as two halves stepped together: one lane reads the right half from the
 * region's end, the other the left half from its middle. Their table reads do not wait on one another, so the
 * processor overlaps them, where one lane waits on each read in turn (with tables of megabytes, most reads miss
 * the nearer caches). The left lane began in the start state without seeing the right half, so its first states
 * may be wrong; the right lane therefore reads on into the left half until it is in the state the left lane had
 * at the same position. From there the automaton is deterministic and both lanes agree, so the left lane's
 * candidates below that position are the true ones, and the right lane's give the rest. One instance per scan.
 */
final class RegionScanner {
    /** Shorter regions are read as one lane: the second lane's bookkeeping would cost more than it saves. */
    static final int TWO_LANES_FROM = 128;

    /** The left lane's state (row) after reading each position of the left half. */
    private int[] leftRows = new int[256];
    private final Found right = new Found();
    private final Found left = new Found();

    /** Reads text[from, to); false at a surrogate, which the alphabets do not read (starts are then undefined). */
    boolean scan(StartAutomaton automaton, char[] text, int from, int to, CandidateStarts starts) {
        if (to - from < TWO_LANES_FROM) {
            return oneLane(automaton, text, from, to, starts);
        }
        int middle = from + (to - from) / 2;
        if (leftRows.length < middle - from) {
            leftRows = new int[Math.max(middle - from, leftRows.length * 2)];
        }
        right.clear();
        left.clear();
        int flushes = automaton.flushes();
        char[] symbols = automaton.symbolTable();
        int[] table = automaton.table();
        int rowRight = automaton.startRow();
        int rowLeft = rowRight;
        int p = to - 1;
        for (int q = middle - 1; q >= from; q--, p--) {
            char a = text[p];
            char b = text[q];
            if (Character.isSurrogate(a) || Character.isSurrogate(b)) {
                return false;
            }
            int symbolA = symbols[a];
            int symbolB = symbols[b];
            int nextA = table[rowRight + symbolA];
            int nextB = table[rowLeft + symbolB];
            if ((nextA | nextB) < 0) {
                // A full table is dropped and its rows renumbered: the lanes' rows and the record are void.
                if (nextA < 0) {
                    nextA = slowStep(automaton, rowRight, symbolA, nextA, p, right);
                    if (automaton.flushes() != flushes) {
                        return oneLane(automaton, text, from, to, starts);
                    }
                }
                if (nextB < 0) {
                    nextB = slowStep(automaton, rowLeft, symbolB, nextB, q, left);
                    if (automaton.flushes() != flushes) {
                        return oneLane(automaton, text, from, to, starts);
                    }
                }
                table = automaton.table();
            }
            rowRight = nextA;
            rowLeft = nextB;
            leftRows[q - from] = nextB;
        }
        // The right half's odd character, then the right lane on into the left half until the lanes agree.
        int agreed = from;
        for (; p >= from; p--) {
            char a = text[p];
            if (Character.isSurrogate(a)) {
                return false;
            }
            int symbol = symbols[a];
            int next = table[rowRight + symbol];
            if (next < 0) {
                next = slowStep(automaton, rowRight, symbol, next, p, right);
                table = automaton.table();
                if (automaton.flushes() != flushes) {
                    return oneLane(automaton, text, from, to, starts);
                }
            }
            rowRight = next;
            if (p < middle && next == leftRows[p - from]) {
                agreed = p;
                break;
            }
        }
        right.addTo(starts, Integer.MAX_VALUE);
        left.addTo(starts, agreed);
        return true;
    }

    /** The plain reading, one lane from the region's end: what the two lanes must give (and do for short regions). */
    static boolean oneLane(StartAutomaton automaton, char[] text, int from, int to, CandidateStarts starts) {
        char[] symbols = automaton.symbolTable();
        int[] table = automaton.table();
        int row = automaton.startRow();
        for (int p = to - 1; p >= from; p--) {
            char ch = text[p];
            if (Character.isSurrogate(ch)) {
                return false;
            }
            int symbol = symbols[ch];
            int next = table[row + symbol];
            if (next < 0) {
                if (next == StartAutomaton.UNKNOWN) {
                    next = automaton.transition(row, symbol);
                    table = automaton.table();
                }
                if (next < 0) {
                    next = -2 - next;
                    for (int pattern : automaton.matchesAt(next)) {
                        starts.add(pattern, p);
                    }
                }
            }
            row = next;
        }
        return true;
    }

    /** The transition the table could not answer plainly: makes it if needed, and records the starts it marks. */
    private static int slowStep(StartAutomaton automaton, int row, int symbol, int next, int position, Found found) {
        if (next == StartAutomaton.UNKNOWN) {
            next = automaton.transition(row, symbol);
        }
        if (next < 0) {
            next = -2 - next;
            for (int pattern : automaton.matchesAt(next)) {
                found.add(pattern, position);
            }
        }
        return next;
    }

    /** A lane's candidate starts in the order it found them (decreasing positions). */
    private static final class Found {
        private int[] patterns = new int[64];
        private int[] positions = new int[64];
        private int count;

        void clear() {
            count = 0;
        }

        void add(int pattern, int position) {
            if (count == patterns.length) {
                patterns = Arrays.copyOf(patterns, count * 2);
                positions = Arrays.copyOf(positions, count * 2);
            }
            patterns[count] = pattern;
            positions[count] = position;
            count++;
        }

        /** Adds the starts below {@code below}. */
        void addTo(CandidateStarts starts, int below) {
            for (int k = 0; k < count; k++) {
                if (positions[k] < below) {
                    starts.add(patterns[k], positions[k]);
                }
            }
        }
    }
}
