package org.factfloor.extract;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Aho–Corasick (Aho & Corasick 1975, "Efficient string matching", CACM 18(6)) over folded names: one left-to-right
 * pass over a document reports every occurrence of every name, whatever the number of names. The trie is stored
 * in flat arrays in breadth-first order, so a node's children are consecutive ids with sorted labels and are found
 * by binary search; the root's children are a direct 64K table because most characters of prose leave the root.
 * About 18 bytes per trie node plus 256 KB, no object per node, and nothing is allocated while scanning.
 * Immutable after construction: one instance is shared by every task of an executor (it is broadcast).
 */
final class AliasAutomaton implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int ROOT = 0;

    /** Label of the edge into each node. */
    private final char[] label;
    /** Children of node v are the ids firstChild[v] .. firstChild[v + 1] - 1. */
    private final int[] firstChild;
    private final int[] fail;
    /** The name ending at each node, or -1. */
    private final int[] output;
    /** The nearest node on the failure chain (itself excluded) where a name ends, or -1: Aho–Corasick's output links. */
    private final int[] dictionaryLink;
    private final int[] rootNext;
    private final int[] nameLength;

    /** Receives one occurrence: name id, and the folded text's [start, end). */
    @FunctionalInterface
    interface Hits {
        void hit(int name, int start, int end);
    }

    /** @param names distinct non-empty folded names; a name's id is its index */
    AliasAutomaton(String[] names) {
        nameLength = new int[names.length];
        long chars = 1;
        for (int i = 0; i < names.length; i++) {
            if (names[i].isEmpty()) {
                throw new IllegalArgumentException("empty name " + i);
            }
            nameLength[i] = names[i].length();
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
        fail = new int[nodes];
        dictionaryLink = new int[nodes];
        rootNext = new int[Character.MAX_VALUE + 1];
        dictionaryLink[ROOT] = -1;
        for (int u = firstChild[ROOT]; u < firstChild[ROOT + 1]; u++) {
            rootNext[label[u]] = u;
            fail[u] = ROOT;
            dictionaryLink[u] = -1;
        }
        // Breadth-first ids: a node's failure target is shallower, so it is final when the node is reached.
        for (int v = 1; v < nodes; v++) {
            for (int u = firstChild[v]; u < firstChild[v + 1]; u++) {
                int f = fail[v];
                int target = ROOT;
                while (true) {
                    int w = f == ROOT ? rootNext[label[u]] : child(f, label[u]);
                    if (w > 0) {
                        target = w;
                        break;
                    }
                    if (f == ROOT) {
                        break;
                    }
                    f = fail[f];
                }
                fail[u] = target;
                dictionaryLink[u] = output[target] >= 0 ? target : dictionaryLink[target];
            }
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

    /** Reports every occurrence of every name in text[0, length), by increasing end, longer names first. */
    void scan(char[] text, int length, Hits hits) {
        int state = ROOT;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            while (true) {
                if (state == ROOT) {
                    state = rootNext[c];
                    break;
                }
                int next = child(state, c);
                if (next >= 0) {
                    state = next;
                    break;
                }
                state = fail[state];
            }
            int v = output[state] >= 0 ? state : dictionaryLink[state];
            while (v >= 0) {
                int name = output[v];
                hits.hit(name, i + 1 - nameLength[name], i + 1);
                v = dictionaryLink[v];
            }
        }
    }

    int nodes() {
        return label.length;
    }

    /** Bytes held by the arrays (array headers included), what one executor keeps for this automaton. */
    long memoryBytes() {
        return Memory.chars(label.length) + Memory.ints(firstChild.length) + Memory.ints(fail.length)
                + Memory.ints(output.length) + Memory.ints(dictionaryLink.length) + Memory.ints(rootNext.length)
                + Memory.ints(nameLength.length);
    }
}
