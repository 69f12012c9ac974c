package org.factfloor.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a regex's match can begin with, read from the regex source, so a search tries the regex only at
 * those positions. `java.util.regex` tries every position, and with patterns that open with a name or a place
 * (a lookbehind, a pronoun lookahead, an alternation of honorifics) that was most of the extraction time; most
 * positions hold a lower-case letter or a blank no built-in pattern can start with.
 *
 * <p>The analysis skips zero-width assertions (lookaround, \b), follows optional atoms and alternations, and takes
 * the first consuming atom's characters. It also finds requirements: runs of literal text every match contains
 * ("capital", or "(d." | "(died" | "(†" from a literal followed by an alternation of literals), and one literal of
 * each branch of a mandatory alternation ("died" | "passed"). A match cannot begin after the last occurrence of a
 * requirement, so the search stops there, and a document lacking one is not searched at all. Anything it does not
 * understand (inline flags other than (?m) and (?i:…), back-references, a quantified \Q…\E, a regex that can match
 * the empty string) makes it accept every position, which only costs speed. Supplementary characters are always
 * accepted as starts.
 */
final class MatchStarts {
    private static final int ASCII = 128;
    private static final MatchStarts ANY = new MatchStarts(null, List.of());
    /**
     * Each regex read once per JVM: Spark builds a task's extractors afresh, and reading the 47 built-in patterns
     * took about 3% of a 1 GB Wikipedia run of 16 tasks. Keyed by flags and source; what is shared is immutable
     * but for {@link #decided}, whose entries any thread may fill, each with the same value.
     */
    private static final Map<String, MatchStarts> READ = new ConcurrentHashMap<>();

    /** The first atoms; null means any character. */
    private final List<Pattern> atoms;
    /** Decided up front for ASCII (a small, hot table); other characters once each when first seen. */
    private final boolean[] asciiStarts = new boolean[ASCII];
    private byte[] decided;
    /** Each entry: literals one of which every match contains (the most selective few; empty when none known). */
    private final List<List<String>> required;

    private MatchStarts(List<Pattern> atoms, List<List<String>> required) {
        this.atoms = atoms;
        this.required = required;
        for (char c = 0; atoms != null && c < ASCII; c++) {
            asciiStarts[c] = decides(c);
        }
    }

    static MatchStarts of(Pattern pattern) {
        return READ.computeIfAbsent(pattern.flags() + "/" + pattern.pattern(), key -> read(pattern));
    }

    private static MatchStarts read(Pattern pattern) {
        if ((pattern.flags() & ~Pattern.MULTILINE) != 0) {
            return ANY;
        }
        try {
            Parser parser = new Parser(pattern.pattern());
            First first = parser.alternation();
            if (parser.pos != parser.src.length() || first.nullable) {
                return ANY;
            }
            List<Pattern> compiled = new ArrayList<>();
            for (String atom : first.atoms) {
                compiled.add(Pattern.compile(atom));
            }
            return new MatchStarts(compiled, selective(first.required));
        } catch (Unsupported | RuntimeException e) {
            return ANY;
        }
    }

    boolean acceptsAll() {
        return atoms == null;
    }

    List<List<String>> requiredLiterals() {
        return required;
    }

    /**
     * The last position where a match can begin: a match contains one literal of each requirement, so it begins
     * at or before the last occurrence of each; -1 when a requirement has no occurrence (the regex cannot match).
     */
    int lastStart(String text, LastOccurrences occurrences) {
        int last = text.length();
        for (List<String> requirement : required) {
            int latest = -1;
            for (String literal : requirement) {
                latest = Math.max(latest, occurrences.of(literal));
            }
            if (latest < 0) {
                return -1;
            }
            last = Math.min(last, latest);
        }
        return last;
    }

    /**
     * The requirements checked per document: the longest first, at most six, of at most four literals each (every
     * literal costs a scan of the document when it is absent; scans are shared by the domain's patterns).
     */
    private static List<List<String>> selective(List<List<String>> requirements) {
        List<List<String>> sorted = new ArrayList<>(requirements);
        sorted.sort((a, b) -> Integer.compare(shortest(b), shortest(a)));
        List<List<String>> kept = new ArrayList<>();
        for (List<String> r : sorted) {
            if (kept.size() < 6 && r.size() <= 4 && !kept.contains(r)) {
                kept.add(r);
            }
        }
        return List.copyOf(kept);
    }

    private static int shortest(List<String> literals) {
        return literals.stream().mapToInt(String::length).min().orElse(0);
    }

    /** The first position in [from, last] where a match may begin, or -1. */
    int next(String text, int from, int last) {
        if (atoms == null) {
            return from <= last ? from : -1;
        }
        int end = Math.min(last, text.length() - 1);
        for (int i = from; i <= end; i++) {
            if (mayStartWith(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Matcher.find() in the region [from, to) for this regex, trying only the positions up to {@code last} (see
     * {@link #lastStart}) where a match may begin. The matcher must use transparent, non-anchoring bounds so that
     * lookaround and ^ see the text outside the region, as they do in find().
     */
    boolean find(Matcher m, String text, int from, int last, int to) {
        if (atoms == null) {
            m.region(from, to);
            return m.find() && m.start() <= last;
        }
        for (int i = next(text, from, last); i >= 0; i = next(text, i + 1, last)) {
            m.region(i, to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    boolean mayStartWith(char c) {
        if (atoms == null) {
            return true;
        }
        if (c < ASCII) {
            return asciiStarts[c];
        }
        if (Character.isSurrogate(c)) {
            return true;
        }
        if (decided == null) {
            decided = new byte[Character.MAX_VALUE + 1];
        }
        byte known = decided[c];
        if (known == 0) {
            known = (byte) (decides(c) ? 1 : 2);
            decided[c] = known;
        }
        return known == 1;
    }

    private boolean decides(char c) {
        String s = String.valueOf(c);
        for (Pattern atom : atoms) {
            if (atom.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a regex fragment tells: its first atoms, whether it can match without consuming anything, every string
     * it can match when that is a small known set (else null), and requirements: lists of literals one of which
     * each of its matches contains.
     */
    private record First(List<String> atoms, boolean nullable, Set<String> words, List<List<String>> required) {
        static First zeroWidth() {
            return new First(List.of(), true, Set.of(""), List.of());
        }
    }

    /** Beyond this many strings a fragment's words are not tracked (a requirement that broad selects nothing). */
    private static final int MAX_WORDS = 32;

    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** A recursive-descent reading of just enough of java.util.regex syntax to find first atoms. */
    private static final class Parser {
        private final String src;
        private int pos;

        Parser(String src) {
            this.src = src;
        }

        /**
         * Alternatives separated by '|', up to ')' or the end. One branch passes its requirements on; several
         * require one literal among the best requirement of each branch (when every branch has one).
         */
        First alternation() throws Unsupported {
            List<String> atoms = new ArrayList<>();
            List<First> branches = new ArrayList<>();
            boolean nullable = false;
            while (true) {
                First alt = sequence();
                branches.add(alt);
                atoms.addAll(alt.atoms);
                nullable |= alt.nullable;
                if (pos < src.length() && src.charAt(pos) == '|') {
                    pos++;
                } else {
                    break;
                }
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            Set<String> words = new LinkedHashSet<>();
            List<String> either = new ArrayList<>();
            for (First branch : branches) {
                if (words != null && branch.words != null && words.size() + branch.words.size() <= MAX_WORDS) {
                    words.addAll(branch.words);
                } else {
                    words = null;
                }
                if (either != null && !branch.required.isEmpty()) {
                    either.addAll(best(branch.required));
                } else {
                    either = null;
                }
            }
            return new First(atoms, nullable, words, either == null ? List.of() : List.of(List.copyOf(either)));
        }

        private static List<String> best(List<List<String>> requirements) {
            List<String> best = requirements.get(0);
            for (List<String> r : requirements) {
                if (shortest(r) > shortest(best)) {
                    best = r;
                }
            }
            return best;
        }

        /**
         * A sequence: the first atoms of its elements up to and including the first one that must consume; its
         * requirements are those of its mandatory elements plus each run of elements with known words (literal
         * characters, alternations of literals: "(" then "d." | "died" requires "(d." or "(died").
         */
        private First sequence() throws Unsupported {
            List<String> atoms = new ArrayList<>();
            boolean open = true;
            List<List<String>> required = new ArrayList<>();
            Set<String> run = Set.of("");
            boolean allWords = true;
            while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
                First element = element();
                if (open) {
                    atoms.addAll(element.atoms);
                    open = element.nullable;
                }
                if (element.words != null) {
                    Set<String> joined = concatenate(run, element.words);
                    if (joined != null) {
                        run = joined;
                        continue;
                    }
                    close(run, required);
                    run = element.words;
                    allWords = false;
                    continue;
                }
                allWords = false;
                close(run, required);
                run = Set.of("");
                required.addAll(element.required);
            }
            close(run, required);
            return new First(atoms, open, allWords ? run : null, required);
        }

        private static Set<String> concatenate(Set<String> heads, Set<String> tails) {
            if (heads.size() * tails.size() > MAX_WORDS) {
                return null;
            }
            Set<String> joined = new LinkedHashSet<>();
            for (String h : heads) {
                for (String t : tails) {
                    joined.add(h + t);
                }
            }
            return joined;
        }

        /** A finished run of known words is a requirement unless it can be empty. */
        private static void close(Set<String> run, List<List<String>> required) {
            if (!run.contains("")) {
                required.add(List.copyOf(run));
            }
        }

        /** One atom with its quantifier; zero-width assertions come back empty and nullable. */
        private First element() throws Unsupported {
            char c = src.charAt(pos);
            First atom;
            if (c == '(') {
                atom = group();
            } else if (c == '[') {
                int start = pos;
                skipClass();
                String set = src.substring(start, pos);
                atom = new First(List.of(set), false, smallClassWords(set), List.of());
            } else if (c == '\\') {
                atom = escape();
            } else if (c == '^' || c == '$') {
                pos++;
                atom = First.zeroWidth();
            } else if (c == '.') {
                throw new Unsupported();
            } else if ("*+?{".indexOf(c) >= 0) {
                throw new Unsupported();
            } else {
                pos++;
                atom = literal(c);
            }
            return quantified(atom);
        }

        private First group() throws Unsupported {
            pos++;
            boolean zeroWidth = false;
            if (src.startsWith("?", pos)) {
                if (src.startsWith("?:", pos) || src.startsWith("?>", pos)) {
                    pos += 2;
                } else if (src.startsWith("?=", pos) || src.startsWith("?!", pos)) {
                    pos += 2;
                    zeroWidth = true;
                } else if (src.startsWith("?<=", pos) || src.startsWith("?<!", pos)) {
                    pos += 3;
                    zeroWidth = true;
                } else if (src.startsWith("?i:", pos)) {
                    pos += 3;
                    return caseInsensitive(alternation());
                } else if (src.startsWith("?m)", pos)) {
                    pos += 3; // MULTILINE only moves ^ and $, which are zero-width here
                    return First.zeroWidth();
                } else if (src.startsWith("?<", pos)) {
                    int close = src.indexOf('>', pos);
                    if (close < 0 || !src.substring(pos + 2, close).matches("[a-zA-Z][a-zA-Z0-9]*")) {
                        throw new Unsupported();
                    }
                    pos = close + 1;
                } else {
                    throw new Unsupported();
                }
            }
            First inner = alternation();
            if (pos >= src.length() || src.charAt(pos) != ')') {
                throw new Unsupported();
            }
            pos++;
            return zeroWidth ? First.zeroWidth() : inner;
        }

        /** (?i:…): its atoms match either case, and its literals are not required as written. */
        private First caseInsensitive(First inner) throws Unsupported {
            if (pos >= src.length() || src.charAt(pos) != ')') {
                throw new Unsupported();
            }
            pos++;
            List<String> atoms = inner.atoms.stream().map(a -> "(?i:" + a + ")").toList();
            return new First(atoms, inner.nullable, null, List.of());
        }

        private First escape() throws Unsupported {
            int start = pos;
            pos++;
            if (pos >= src.length()) {
                throw new Unsupported();
            }
            char e = src.charAt(pos++);
            if (e == 'Q') {
                return quoted();
            }
            switch (e) {
                case 'b', 'B', 'A' -> {
                    return First.zeroWidth();
                }
                case 'p', 'P' -> {
                    if (pos < src.length() && src.charAt(pos) == '{') {
                        int close = src.indexOf('}', pos);
                        if (close < 0) {
                            throw new Unsupported();
                        }
                        pos = close + 1;
                    } else {
                        pos++;
                    }
                }
                case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V' -> {
                    // a one-character class
                }
                case 't' -> {
                    return literal('\t');
                }
                case 'n' -> {
                    return literal('\n');
                }
                case 'r' -> {
                    return literal('\r');
                }
                case 'f' -> {
                    return literal('\f');
                }
                case 'u' -> {
                    pos += 4;
                    return literal((char) Integer.parseInt(src.substring(start + 2, pos), 16));
                }
                default -> {
                    if (Character.isLetterOrDigit(e)) {
                        throw new Unsupported(); // back-references, \Q, \G, \Z, \x, \c, \R, \X, \k, \a, \e …
                    }
                    return literal(e);
                }
            }
            return single(src.substring(start, pos));
        }

        /** \Q…\E (Pattern.quote, word-list fragments): a literal run; a quantifier after it is not read. */
        private First quoted() throws Unsupported {
            int close = src.indexOf("\\E", pos);
            String quoted = src.substring(pos, close < 0 ? src.length() : close);
            pos = close < 0 ? src.length() : close + 2;
            if (quoted.isEmpty() || (pos < src.length() && "*+?{".indexOf(src.charAt(pos)) >= 0)) {
                throw new Unsupported();
            }
            return new First(List.of(Pattern.quote(quoted.substring(0, 1))), false, Set.of(quoted), List.of());
        }

        /** Moves past a character class, nested classes and escapes included. */
        private void skipClass() throws Unsupported {
            int depth = 0;
            do {
                if (pos >= src.length()) {
                    throw new Unsupported();
                }
                char c = src.charAt(pos);
                if (c == '\\') {
                    if (src.startsWith("\\Q", pos)) {
                        throw new Unsupported();
                    }
                    pos += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    if (src.startsWith("[]", pos) || src.startsWith("[^]", pos)) {
                        throw new Unsupported();
                    }
                } else if (c == ']') {
                    depth--;
                }
                pos++;
            } while (depth > 0);
        }

        private First quantified(First atom) throws Unsupported {
            if (pos >= src.length()) {
                return atom;
            }
            char q = src.charAt(pos);
            boolean optional;
            if (q == '?' || q == '*') {
                pos++;
                optional = true;
            } else if (q == '+') {
                pos++;
                optional = false;
            } else if (q == '{') {
                int close = src.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                Matcher bounds = Pattern.compile("\\{(\\d+)(?:,\\d*)?}").matcher(src.substring(pos, close + 1));
                if (!bounds.matches()) {
                    throw new Unsupported();
                }
                optional = Integer.parseInt(bounds.group(1)) == 0;
                pos = close + 1;
            } else {
                return atom;
            }
            if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
                pos++; // lazy or possessive: the same characters can start it
            }
            List<List<String>> required = new ArrayList<>(optional ? List.of() : atom.required);
            if (!optional && atom.words != null && !atom.words.contains("")) {
                required.add(List.copyOf(atom.words)); // x+ or x{2,} contains x at least once
            }
            return new First(atom.atoms, optional || atom.nullable, null, required);
        }

        /**
         * The characters of a short plain class such as [Tt] or ["“], as words, so runs of literal text continue
         * through it; null for ranges, negations, properties, longer classes and blanks ([ \t] would double the
         * alternatives at every word break for a tab that almost never occurs).
         */
        private static Set<String> smallClassWords(String set) {
            Set<String> words = new LinkedHashSet<>();
            for (int i = 1; i < set.length() - 1; i++) {
                char c = set.charAt(i);
                if (c == '\\' && i + 2 < set.length() && !Character.isLetterOrDigit(set.charAt(i + 1))
                        && !Character.isWhitespace(set.charAt(i + 1))) {
                    words.add(String.valueOf(set.charAt(++i)));
                } else if (c == '\\' || c == '^' || c == '-' || c == '[' || c == '&' || Character.isWhitespace(c)
                        || Character.isSurrogate(c)) {
                    return null;
                } else {
                    words.add(String.valueOf(c));
                }
            }
            return words.isEmpty() || words.size() > 6 ? null : words;
        }

        private static First single(String atom) {
            return new First(List.of(atom), false, null, List.of());
        }

        private static First literal(char c) {
            String s = String.valueOf(c);
            return new First(List.of(Pattern.quote(s)), false, Set.of(s), List.of());
        }
    }
}
