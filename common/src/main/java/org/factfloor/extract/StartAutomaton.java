package org.factfloor.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A domain's patterns in one automaton that reads text once, right to left, and marks each position where some
 * pattern's match can begin (DESIGN §2: one linear scan, regexes only confirm). It is the
 * automaton of Σ*·reverse(superset(P₁) | … | superset(Pₖ)): after reading text[p..] backwards it is in an
 * accepting state for pattern i exactly when text[p..q] is in superset(Pᵢ) for some q, i.e. when a match of Pᵢ
 * could start at p. A backward pass is what gives starts; a forward one would give ends.
 *
 * <p>The NFA (Thompson's construction over {@link SymbolAlphabet} symbols) is determinised lazily, as RE2 does:
 * a DFA state is made the first time the text leads to it and kept in a table, so the cost per character is one
 * table read once the states a corpus uses exist, and there is no backtracking anywhere. A pattern that cannot
 * be read as a superset ({@link RegexSuperset.Unsupported}) is left out; {@link #accelerated} says so and
 * {@link #unsupportedReason} says why. One instance per task: the DFA table grows as it scans.
 *
 * <p>{@link #forwardOfSamePatterns} builds the other reading of the same supersets: left to right and anchored
 * where the reading begins (no Σ* in front). Read from {@link #startRowOf} a pattern, it accepts after text[p..q)
 * exactly when text[p..q) is in that pattern's superset, i.e. where a match of it that begins at p can end
 * ({@link SupersetEnds}). Its state of no threads is row 0 and never accepts: once there, no longer match exists.
 * One forward automaton serves all patterns of a domain, so they share one alphabet and one table.
 */
final class StartAutomaton {
    /**
     * The DFA table is dropped and rebuilt from the current state when it holds this many states, so memory stays
     * bounded whatever the patterns (at most about 35 MB per domain and thread at 140 symbols). The bound must sit
     * above what a corpus settles at: on the Wikipedia sample death-dates' 47-pattern automaton settles at 35,898
     * states (19 MB), and under a bound of 20,000 it was rebuilt four times per pass, which halved extraction.
     */
    static final int MAX_DFA_STATES = 60_000;
    /** A transition not made yet. */
    static final int UNKNOWN = -1;

    private final int maxDfaStates;
    /** Left to right and anchored at the first character read (see {@link #forwardOfSamePatterns}). */
    private final boolean forward;
    private final SymbolAlphabet alphabet;
    private final SymbolAlphabet.Atoms atoms;
    /** The patterns' supersets (null where not read), kept for the forward automaton of the same patterns. */
    private final List<RegexSuperset.Node> trees;
    private final int patterns;
    private final String[] unsupported;

    // The NFA: per state, an atom to consume (then go to out), or ε-edges, or the end of pattern match[s].
    private int[] atom = new int[256];
    private int[] out = new int[256];
    private int[][] epsilon = new int[256][];
    private int[] match = new int[256];
    private int nfaStates;
    private final int start;
    /** atomAccepts[a]: symbols atom a consumes. */
    private final BitSet[] atomAccepts;

    // The lazy DFA.
    private final Map<StateSet, Integer> dfaIds = new HashMap<>();
    private final List<int[]> dfaSets = new ArrayList<>();
    private final List<int[]> dfaMatches = new ArrayList<>();
    private int[] transitions = new int[0];
    private boolean[] accepting = new boolean[0];
    private final int symbols;
    private int startState;
    private int flushes;
    private final int[][] startThreads;
    /** The threads before any character is read: none backwards (Σ* adds them per symbol), the start's closure. */
    private final int[] startSet;
    /** Forwards, per pattern: the threads that begin its match (null when not read), and their state once made. */
    private final int[][] patternStartSets;
    private final int[] patternStartStates;

    /** Per NFA state, its ε-closure once computed (a DFA step unions these instead of walking ε-edges again). */
    private final int[][] closures;
    private final int[] unionMark;
    private int unionGeneration;
    private int[] unionBuffer = new int[256];

    // Scratch space for ε-closures.
    private int[] stack = new int[256];
    private int[] seen = new int[256];
    private int generation;

    StartAutomaton(List<Pattern> all) {
        this(all, MAX_DFA_STATES);
    }

    /** With a smaller table bound, for tests of the flush. */
    StartAutomaton(List<Pattern> all, int maxDfaStates) {
        this(all, maxDfaStates, false, null);
    }

    /**
     * The forward automaton of the patterns this (backward) one was built from, with this one's alphabet: asking
     * java.util.regex for an alphabet costs about as much as the rest of an automaton together.
     */
    StartAutomaton forwardOfSamePatterns(List<Pattern> all) {
        return new StartAutomaton(all, maxDfaStates, true, this);
    }

    /** @param same an automaton of the same patterns whose atoms and alphabet this one shares, or null */
    private StartAutomaton(List<Pattern> all, int maxDfaStates, boolean forward, StartAutomaton same) {
        this.maxDfaStates = maxDfaStates;
        this.forward = forward;
        this.patterns = all.size();
        this.unsupported = new String[patterns];
        List<RegexSuperset.Node> trees = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < patterns && same != null; i++) { // read already: the same supersets
            trees.add(same.trees.get(i));
            unsupported[i] = same.unsupported[i];
            sources.add(all.get(i).pattern());
        }
        for (int i = trees.size(); i < patterns; i++) {
            Pattern p = all.get(i);
            RegexSuperset.Node tree = null;
            try {
                tree = RegexSuperset.of(p);
                if (nullable(tree)) {
                    unsupported[i] = "it can match the empty string, so every position is a possible start";
                    tree = null;
                }
            } catch (RegexSuperset.Unsupported e) {
                unsupported[i] = e.getMessage();
            }
            trees.add(tree);
            sources.add(p.pattern());
        }
        // Atoms are numbered while the NFA is built; the alphabet needs them all, so the NFA refers to atom ids.
        SymbolAlphabet.Atoms atoms = same != null ? same.atoms : new SymbolAlphabet.Atoms();
        int atomsBefore = atoms.all().size();
        int[] entries = new int[patterns];
        int[] entryOf = new int[patterns];
        int accelerated = 0;
        for (int i = 0; i < patterns; i++) {
            entryOf[i] = -1;
            if (trees.get(i) != null) {
                int end = newState();
                match[end] = i;
                entryOf[i] = thompson(trees.get(i), end, atoms);
                entries[accelerated++] = entryOf[i];
            }
        }
        start = newState();
        epsilon[start] = Arrays.copyOf(entries, accelerated);
        // The same patterns give the same atoms, which the shared registry numbers as before (checked, not assumed).
        this.trees = trees;
        this.atoms = atoms;
        this.alphabet = same != null && atoms.all().size() == atomsBefore ? same.alphabet
                : new SymbolAlphabet(atoms.all(), sources);
        this.symbols = alphabet.symbols();
        this.atomAccepts = new BitSet[atoms.all().size()];
        for (int a = 0; a < atomAccepts.length; a++) {
            atomAccepts[a] = alphabet.accepted(a);
        }
        this.closures = new int[nfaStates][];
        this.unionMark = new int[nfaStates];
        int[] startClosure = closure(new int[] {start}, 1);
        this.startThreads = forward ? new int[symbols][0] : startThreads(startClosure);
        this.startSet = forward ? startClosure : new int[0];
        this.patternStartSets = new int[forward ? patterns : 0][];
        this.patternStartStates = new int[patternStartSets.length];
        for (int i = 0; i < patternStartSets.length; i++) {
            patternStartSets[i] = entryOf[i] < 0 ? null : closure(new int[] {entryOf[i]}, 1);
        }
        resetDfa(new int[0]);
    }

    /** How many patterns it was built from, read or not. */
    int patterns() {
        return patterns;
    }

    boolean accelerated(int pattern) {
        return unsupported[pattern] == null;
    }

    /** Why a pattern is not in the automaton, or null when it is. */
    String unsupportedReason(int pattern) {
        return unsupported[pattern];
    }

    int dfaStates() {
        return dfaSets.size();
    }

    /** How often the DFA table was full and dropped (a sign the patterns need a larger table or a split). */
    int flushes() {
        return flushes;
    }

    /** Per character, its symbol: the column of {@link #table()} to read. */
    char[] symbolTable() {
        return alphabet.table();
    }

    /**
     * The transition table: at {@code base + symbol}, where base is a state's row (state × symbols), the next
     * state's row, or {@code -2 - row} when the next state accepts, or {@link #UNKNOWN} when not made yet (see
     * {@link #transition}). Rows rather than state numbers, so the scan loop adds instead of multiplying, and the
     * sign carries "accepting", so the loop tests one value. The array is replaced when it grows.
     */
    int[] table() {
        return transitions;
    }

    /** The row of the state before any character is read. */
    int startRow() {
        return startState * symbols;
    }

    /**
     * Forwards: the row of the state before any character of a match of this (accelerated) pattern is read. It may
     * make the state, and so replace {@link #table()}.
     */
    int startRowOf(int pattern) {
        int state = patternStartStates[pattern];
        if (state < 0) {
            state = intern(patternStartSets[pattern]);
            patternStartStates[pattern] = state;
        }
        return state * symbols;
    }

    /** Makes the transition from the state of {@code row} on symbol, and returns it encoded as in the table. */
    int transition(int row, int symbol) {
        return step(row / symbols, symbol);
    }

    /** The patterns (in increasing order) whose match can begin where the scan enters the state of row. */
    int[] matchesAt(int row) {
        return dfaMatches.get(row / symbols);
    }

    /**
     * Makes (or finds) the DFA state after reading symbol in state, and records the transition. A DFA state holds
     * only the threads begun before the current position; the ones every position begins (Σ*) are added per symbol
     * from {@link #startThreads}, computed once, so no state carries them and no step re-derives them. The step
     * unions memoised ε-closures: walking the ε-edges of the word-list tries again at every step was most of the
     * cost of a new state.
     */
    private int step(int state, int symbol) {
        int[] set = dfaSets.get(state);
        unionGeneration++;
        int size = 0;
        int[] result = unionBuffer;
        for (int s : set) {
            if (atom[s] >= 0 && atomAccepts[atom[s]].get(symbol)) {
                for (int t : closureOf(out[s])) {
                    if (unionMark[t] != unionGeneration) {
                        unionMark[t] = unionGeneration;
                        if (size == result.length) {
                            result = Arrays.copyOf(result, size * 2);
                        }
                        result[size++] = t;
                    }
                }
            }
        }
        for (int t : startThreads[symbol]) {
            if (unionMark[t] != unionGeneration) {
                unionMark[t] = unionGeneration;
                if (size == result.length) {
                    result = Arrays.copyOf(result, size * 2);
                }
                result[size++] = t;
            }
        }
        unionBuffer = result;
        int[] closure = Arrays.copyOf(result, size);
        Arrays.sort(closure);
        if (dfaSets.size() >= maxDfaStates) {
            // Keep the state being left so its number stays valid for the caller's next lookup.
            state = resetDfa(set);
        }
        int next = intern(closure);
        int encoded = accepting[next] ? -2 - next * symbols : next * symbols;
        transitions[state * symbols + symbol] = encoded;
        return encoded;
    }

    /** The consuming and matching states reachable from NFA state s by ε-edges, computed once per state. */
    private int[] closureOf(int s) {
        int[] known = closures[s];
        if (known == null) {
            known = closure(new int[] {s}, 1);
            closures[s] = known;
        }
        return known;
    }

    /** Per symbol, where the threads that begin at a position go on reading that symbol. */
    private int[][] startThreads(int[] startClosure) {
        int[][] threads = new int[symbols][];
        for (int symbol = 0; symbol < symbols; symbol++) {
            int[] next = new int[startClosure.length];
            int n = 0;
            for (int s : startClosure) {
                if (atom[s] >= 0 && atomAccepts[atom[s]].get(symbol)) {
                    next[n++] = out[s];
                }
            }
            threads[symbol] = closure(next, n);
        }
        return threads;
    }

    /** Empties the table, keeping the state {@code keep} (whose new number it returns) and the start state. */
    private int resetDfa(int[] keep) {
        if (!dfaSets.isEmpty()) {
            flushes++;
        }
        dfaIds.clear();
        dfaSets.clear();
        dfaMatches.clear();
        transitions = new int[64 * symbols];
        Arrays.fill(transitions, UNKNOWN);
        accepting = new boolean[64];
        if (forward) {
            intern(new int[0]); // the state of no threads is row 0 forwards (SupersetEnds stops there)
        }
        if (keep.length > 0) {
            intern(keep);
        }
        startState = intern(startSet);
        Arrays.fill(patternStartStates, -1);
        return intern(keep); // interned above (or the empty set, which is): its new number
    }

    private int intern(int[] set) {
        StateSet key = new StateSet(set);
        Integer id = dfaIds.get(key);
        if (id != null) {
            return id;
        }
        int n = dfaSets.size();
        dfaIds.put(key, n);
        dfaSets.add(set);
        int matches = 0;
        for (int s : set) {
            if (match[s] >= 0) {
                matches++;
            }
        }
        int[] which = new int[matches];
        int k = 0;
        for (int s : set) {
            if (match[s] >= 0) {
                which[k++] = match[s];
            }
        }
        Arrays.sort(which);
        dfaMatches.add(which);
        if ((n + 1) * symbols > transitions.length) {
            int old = transitions.length;
            transitions = Arrays.copyOf(transitions, old * 2);
            Arrays.fill(transitions, old, transitions.length, UNKNOWN);
            accepting = Arrays.copyOf(accepting, accepting.length * 2);
        }
        accepting[n] = matches > 0;
        return n;
    }

    /** The ε-closure of the given NFA states: the consuming and matching states reached, sorted. */
    private int[] closure(int[] from, int count) {
        generation++;
        if (seen.length < nfaStates) {
            seen = new int[nfaStates];
            generation = 1;
        }
        int top = 0;
        int[] result = new int[16];
        int size = 0;
        for (int i = 0; i < count; i++) {
            top = push(from[i], top);
        }
        while (top > 0) {
            int s = stack[--top];
            if (epsilon[s] != null) {
                for (int t : epsilon[s]) {
                    top = push(t, top);
                }
            } else {
                if (size == result.length) {
                    result = Arrays.copyOf(result, size * 2);
                }
                result[size++] = s;
            }
        }
        int[] set = Arrays.copyOf(result, size);
        Arrays.sort(set);
        return set;
    }

    private int push(int s, int top) {
        if (seen[s] == generation) {
            return top;
        }
        seen[s] = generation;
        if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
        }
        stack[top] = s;
        return top + 1;
    }

    /**
     * Thompson's construction, continuation first: the returned state reads the node's strings (backwards, or
     * forwards for {@link #forwardOfSamePatterns}) and then goes on to {@code next}. Only a sequence reads
     * differently the two ways.
     */
    private int thompson(RegexSuperset.Node node, int next, SymbolAlphabet.Atoms atoms) {
        if (node instanceof RegexSuperset.Atom a) {
            int s = newState();
            atom[s] = atoms.idOf(a);
            out[s] = next;
            return s;
        }
        if (node instanceof RegexSuperset.Sequence seq) {
            int entry = next;
            List<RegexSuperset.Node> parts = seq.parts();
            for (int k = 0; k < parts.size(); k++) {
                entry = thompson(parts.get(forward ? parts.size() - 1 - k : k), entry, atoms);
            }
            return entry;
        }
        if (node instanceof RegexSuperset.Choice choice) {
            int s = newState();
            int[] edges = new int[choice.branches().size()];
            for (int i = 0; i < edges.length; i++) {
                edges[i] = thompson(choice.branches().get(i), next, atoms);
            }
            epsilon[s] = edges;
            return s;
        }
        if (node instanceof RegexSuperset.Repeat r) {
            int entry = next;
            if (r.max() < 0) {
                int loop = newState();
                int body = thompson(r.body(), loop, atoms);
                epsilon[loop] = new int[] {body, next};
                entry = loop;
            } else {
                for (int k = r.min(); k < r.max(); k++) {
                    int optional = newState();
                    int body = thompson(r.body(), entry, atoms);
                    epsilon[optional] = new int[] {body, next};
                    entry = optional;
                }
            }
            for (int k = 0; k < r.min(); k++) {
                entry = thompson(r.body(), entry, atoms);
            }
            return entry;
        }
        int s = newState();
        epsilon[s] = new int[] {next};
        return s;
    }

    private int newState() {
        if (nfaStates == atom.length) {
            int n = nfaStates * 2;
            atom = Arrays.copyOf(atom, n);
            out = Arrays.copyOf(out, n);
            epsilon = Arrays.copyOf(epsilon, n);
            match = Arrays.copyOf(match, n);
        }
        atom[nfaStates] = -1;
        match[nfaStates] = -1;
        return nfaStates++;
    }

    private static boolean nullable(RegexSuperset.Node node) {
        if (node instanceof RegexSuperset.Atom) {
            return false;
        }
        if (node instanceof RegexSuperset.Sequence seq) {
            return seq.parts().stream().allMatch(StartAutomaton::nullable);
        }
        if (node instanceof RegexSuperset.Choice choice) {
            return choice.branches().stream().anyMatch(StartAutomaton::nullable);
        }
        if (node instanceof RegexSuperset.Repeat r) {
            return r.min() == 0 || nullable(r.body());
        }
        return true;
    }

    private record StateSet(int[] states) {
        @Override
        public boolean equals(Object o) {
            return o instanceof StateSet s && Arrays.equals(states, s.states);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(states);
        }
    }
}
