package org.factfloor.extract;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every folded name of a fact table in one trie, and the scan that finds them in a folded document. A name counts
 * only as a whole word, so it can only begin where a word begins: the scan walks the trie from each such position
 * (a character whose predecessor is not a word character) as far as the text follows it, and keeps the longest name
 * that also ends at a word boundary; the next walk starts after it. That gives the leftmost, then longest,
 * non-overlapping occurrences ("Mexico City", not also "Mexico") in one left-to-right pass whatever the number of
 * names, without Aho–Corasick's failure links (Aho &amp; Corasick 1975): they exist to find matches that begin
 * inside a word, which whole-word matching throws away, and following them cost three times the time per character
 * on the Wikipedia sample with 100,000 facts (README, Performance). The trie is stored in flat arrays in
 * breadth-first order, so a node's children are consecutive ids with sorted labels, found by binary search; the
 * root's children are a direct 64K table. About 10 bytes per node plus 256 KB, no object per node, and nothing is
 * allocated while scanning. Immutable after construction: one instance is shared by every task of an executor.
 */
final class AliasAutomaton implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int ROOT = 0;

    /** Label of the edge into each node. */
    private final char[] label;
    /** Children of node v are the ids firstChild[v] .. firstChild[v + 1] - 1. */
    private final int[] firstChild;
    /** The name ending at each node, or -1. */
    private final int[] output;
    private final int[] rootNext;

    /** Receives one occurrence: name id, and the folded text's [start, end); by increasing start, never overlapping. */
    @FunctionalInterface
    interface Hits {
        void hit(int name, int start, int end);
    }

    /** @param names distinct non-empty folded names; a name's id is its index */
    AliasAutomaton(String[] names) {
        long chars = 1;
        for (int i = 0; i < names.length; i++) {
            if (names[i].isEmpty()) {
                throw new IllegalArgumentException("empty name " + i);
            }
            chars += names[i].length();
        }
        if (chars > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("the names hold more than 2^31 characters");
        }
        String[] sorted = names.clone();
        Arrays.sort(sorted);
        Map<String, Integer> id = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            if (id.put(names[i], i) != null) {
                throw new IllegalArgumentException("name listed twice: " + names[i]);
            }
        }
        int capacity = (int) chars;
        char[] labels = new char[capacity];
        int[] first = new int[capacity + 1];
        int[] out = new int[capacity];
        // Build-time only: the range of sorted names below each node (they share its prefix, of length depth).
        int[] lo = new int[capacity];
        int[] hi = new int[capacity];
        int[] depth = new int[capacity];
        hi[ROOT] = sorted.length;
        int nodes = 1;
        for (int v = 0; v < nodes; v++) {
            first[v] = nodes;
            int from = lo[v];
            int to = hi[v];
            int d = depth[v];
            out[v] = -1;
            if (from < to && sorted[from].length() == d) {
                out[v] = id.get(sorted[from]); // the prefix itself is a name; it sorts first
                from++;
            }
            while (from < to) {
                char c = sorted[from].charAt(d);
                int end = from + 1;
                while (end < to && sorted[end].charAt(d) == c) {
                    end++;
                }
                labels[nodes] = c;
                lo[nodes] = from;
                hi[nodes] = end;
                depth[nodes] = d + 1;
                nodes++;
                from = end;
            }
        }
        first[nodes] = nodes;
        label = Arrays.copyOf(labels, nodes);
        firstChild = Arrays.copyOf(first, nodes + 1);
        output = Arrays.copyOf(out, nodes);
        rootNext = new int[Character.MAX_VALUE + 1];
        for (int u = firstChild[ROOT]; u < firstChild[ROOT + 1]; u++) {
            rootNext[label[u]] = u;
        }
    }

    /** The child of v along c, or -1. */
    private int child(int v, char c) {
        int a = firstChild[v];
        int b = firstChild[v + 1] - 1;
        while (a <= b) {
            int m = (a + b) >>> 1;
            char l = label[m];
            if (l < c) {
                a = m + 1;
            } else if (l > c) {
                b = m - 1;
            } else {
                return m;
            }
        }
        return -1;
    }

    /** Reports the leftmost-longest whole-word occurrences of the names in text[0, length). */
    void scan(char[] text, int length, Hits hits) {
        for (int start = 0; start < length; start++) {
            if (start > 0 && CharFold.wordChar(text[start - 1])) {
                continue; // inside a word: no name begins here
            }
            int name = -1;
            int end = -1;
            int v = rootNext[text[start]];
            int i = start + 1;
            while (v > 0) {
                if (output[v] >= 0 && (i == length || !CharFold.wordChar(text[i]))) {
                    name = output[v];
                    end = i;
                }
                if (i == length) {
                    break;
                }
                v = child(v, text[i++]);
            }
            if (name >= 0) {
                hits.hit(name, start, end);
                start = end - 1;
            }
        }
    }

    int nodes() {
        return label.length;
    }

    /** Bytes held by the arrays (array headers included), what one executor keeps for this automaton. */
    long memoryBytes() {
        return Memory.chars(label.length) + Memory.ints(firstChild.length) + Memory.ints(output.length)
                + Memory.ints(rootNext.length);
    }
}
