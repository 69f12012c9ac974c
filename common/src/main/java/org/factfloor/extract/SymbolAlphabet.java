package org.factfloor.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The start automaton's alphabet: characters that no atom of any pattern tells apart share one symbol, so the
 * automaton's tables have a column per symbol (a few hundred) rather than per character (65,536). Membership is
 * asked of java.util.regex itself, atom by atom, so \p{Lu}, [^()\n] and (?i) mean exactly what they mean to the
 * confirming regex. Outside ASCII, an atom that depends only on general categories and on characters written in
 * some pattern is asked once per category (a character of that category no pattern writes); any other atom is
 * asked for every character. Surrogates get a symbol of their own that no atom accepts: a document that holds one
 * is confirmed the slow way (java.util.regex reads a surrogate pair as one code point, the automaton would not).
 */
final class SymbolAlphabet {
    private final char[] symbolOf = new char[Character.MAX_VALUE + 1];
    private final int symbols;
    private final int surrogate;
    /** Per atom: the symbols it accepts. */
    private final List<BitSet> accepted = new ArrayList<>();

    SymbolAlphabet(List<RegexSuperset.Atom> atoms, List<String> patternSources) {
        BitSet written = writtenCharacters(patternSources);
        char[] representative = categoryRepresentatives(written);
        List<Pattern> compiled = new ArrayList<>();
        List<Boolean> perCharacter = new ArrayList<>();
        for (RegexSuperset.Atom atom : atoms) {
            compiled.add(Pattern.compile(atom.source(), atom.flags() & (Pattern.CASE_INSENSITIVE | Pattern.DOTALL)));
            perCharacter.add(!atom.generalCategoryOnly());
        }
        int n = atoms.size();
        long[][] byCategory = new long[representative.length][];
        for (int t = 0; t < representative.length; t++) {
            byCategory[t] = representative[t] == 0 ? null : membership(compiled, representative[t]);
        }
        Map<Key, Integer> ids = new HashMap<>();
        List<long[]> vectors = new ArrayList<>();
        boolean anyPerCharacter = perCharacter.contains(true);
        int[] categorySymbol = new int[representative.length];
        for (int t = 0; t < representative.length; t++) {
            categorySymbol[t] = byCategory[t] == null ? -1 : symbolFor(byCategory[t], ids, vectors);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch)) {
                continue;
            }
            int type = Character.getType(ch);
            int id;
            if (ch < 128 || written.get(ch) || byCategory[type] == null) {
                id = symbolFor(membership(compiled, ch), ids, vectors);
            } else if (!anyPerCharacter) {
                id = categorySymbol[type];
            } else {
                long[] vector = byCategory[type].clone();
                for (int a = 0; a < n; a++) {
                    if (perCharacter.get(a)) {
                        set(vector, a, accepts(compiled.get(a), ch));
                    }
                }
                id = symbolFor(vector, ids, vectors);
            }
            symbolOf[c] = (char) id;
        }
        surrogate = vectors.size();
        symbols = surrogate + 1;
        for (int c = Character.MIN_SURROGATE; c <= Character.MAX_SURROGATE; c++) {
            symbolOf[c] = (char) surrogate;
        }
        for (int a = 0; a < n; a++) {
            BitSet set = new BitSet(symbols);
            for (int s = 0; s < vectors.size(); s++) {
                if ((vectors.get(s)[a >>> 6] & (1L << a)) != 0) {
                    set.set(s);
                }
            }
            accepted.add(set);
        }
    }

    private static int symbolFor(long[] vector, Map<Key, Integer> ids, List<long[]> vectors) {
        return ids.computeIfAbsent(new Key(vector), k -> {
            vectors.add(vector);
            return vectors.size() - 1;
        });
    }

    int symbols() {
        return symbols;
    }

    int symbolOf(char c) {
        return symbolOf[c];
    }

    /** The table itself, for the scan loop. */
    char[] table() {
        return symbolOf;
    }

    BitSet accepted(int atom) {
        return accepted.get(atom);
    }

    /** Characters outside ASCII that a pattern writes (or a line terminator '.' excludes): each is asked alone. */
    private static BitSet writtenCharacters(List<String> sources) {
        BitSet written = new BitSet(Character.MAX_VALUE + 1);
        for (String s : sources) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 128) {
                    written.set(s.charAt(i));
                }
            }
        }
        written.set('\u0085');
        written.set('\u2028');
        written.set('\u2029');
        return written;
    }

    /** Per general category, the first character outside ASCII that no pattern writes (0 where none). */
    private static char[] categoryRepresentatives(BitSet written) {
        char[] representative = new char[Character.FINAL_QUOTE_PUNCTUATION + 1];
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            int type = Character.getType(c);
            if (!Character.isSurrogate((char) c) && !written.get(c) && representative[type] == 0) {
                representative[type] = (char) c;
            }
        }
        return representative;
    }

    private static long[] membership(List<Pattern> atoms, char c) {
        long[] vector = new long[(atoms.size() + 63) >>> 6];
        for (int a = 0; a < atoms.size(); a++) {
            set(vector, a, accepts(atoms.get(a), c));
        }
        return vector;
    }

    private static boolean accepts(Pattern atom, char c) {
        return atom.matcher(String.valueOf(c)).matches();
    }

    private static void set(long[] vector, int bit, boolean on) {
        if (on) {
            vector[bit >>> 6] |= 1L << bit;
        } else {
            vector[bit >>> 6] &= ~(1L << bit);
        }
    }

    private record Key(long[] words) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(words, k.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }

    /** Distinct atoms of many patterns, numbered in order of first use. */
    static final class Atoms {
        private final Map<String, Integer> ids = new LinkedHashMap<>();
        private final List<RegexSuperset.Atom> atoms = new ArrayList<>();

        int idOf(RegexSuperset.Atom atom) {
            int flags = atom.flags() & (Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
            return ids.computeIfAbsent(flags + "/" + atom.source(), k -> {
                atoms.add(atom);
                return atoms.size() - 1;
            });
        }

        List<RegexSuperset.Atom> all() {
            return atoms;
        }
    }
}
