package org.factfloor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a regex's match can begin with, read from the regex source, so a search tries the regex only at
 * those positions. `java.util.regex` tries every position, and with patterns that open with a name or a place
 * (a lookbehind, a pronoun lookahead, an alternation of honorifics) that was most of the extraction time; most
 * positions hold a lower-case letter or a blank no built-in pattern can start with.
 *
 * <p>The analysis skips zero-width assertions (lookaround, \b), follows optional atoms and alternations, and takes
 * the first consuming atom's characters. It also finds literals every match must contain (the longest mandatory
 * run of literal characters, or one literal from each branch of a mandatory alternation): a match cannot begin
 * after the last occurrence of such a literal, and a document without one is not searched at all. Anything it
 * does not understand (inline flags, back-references, quoting, a regex that can match the empty string) makes it
 * accept every position, which only costs speed. Supplementary characters are always accepted as starts.
 */
final class MatchStarts {
    private static final MatchStarts ANY = new MatchStarts(null, List.of());

    /** The first atoms; null means any character. Membership is decided once per character and remembered. */
    private final List<Pattern> atoms;
    private final byte[] decided;
    /** Literals one of which every match contains; empty when none is known. */
    private final List<String> required;

    private MatchStarts(List<Pattern> atoms, List<String> required) {
        this.atoms = atoms;
        this.decided = atoms == null ? null : new byte[Character.MAX_VALUE + 1];
        this.required = required;
    }

    static MatchStarts of(Pattern pattern) {
        if (pattern.flags() != 0) {
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
            return new MatchStarts(compiled, first.required);
        } catch (Unsupported | RuntimeException e) {
            return ANY;
        }
    }

    boolean acceptsAll() {
        return atoms == null;
    }

    List<String> requiredLiterals() {
        return required;
    }

    /** The last position where a match can begin: the last occurrence of a required literal; -1 if none occurs. */
    int lastStart(String text) {
        if (required.isEmpty()) {
            return text.length();
        }
        int last = -1;
        for (String literal : required) {
            last = Math.max(last, text.lastIndexOf(literal));
        }
        return last;
    }

    /** The first position in [from, last] where a match may begin, or -1. */
    int next(CharSequence text, int from, int last) {
        if (atoms == null) {
            return from <= last ? from : -1;
        }
        for (int i = from; i <= last && i < text.length(); i++) {
            if (mayStartWith(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Matcher.find(from) for this regex, trying only the positions up to {@code last} (see {@link #lastStart})
     * where a match may begin; the matcher must use
     * transparent, non-anchoring bounds so that lookbehind and ^ see the whole text, as they do in find().
     */
    boolean find(Matcher m, CharSequence text, int from, int last) {
        if (atoms == null) {
            return from <= last && m.find(from) && m.start() <= last;
        }
        for (int i = next(text, from, last); i >= 0; i = next(text, i + 1, last)) {
            m.region(i, text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    boolean mayStartWith(char c) {
        if (atoms == null || Character.isSurrogate(c)) {
            return true;
        }
        byte known = decided[c];
        if (known == 0) {
            known = 2;
            String s = String.valueOf(c);
            for (Pattern atom : atoms) {
                if (atom.matcher(s).matches()) {
                    known = 1;
                    break;
                }
            }
            decided[c] = known;
        }
        return known == 1;
    }

    /**
     * What a regex fragment tells: its first atoms, whether it can match without consuming anything, the literal
     * character it is (or null), and literals one of which each of its matches contains (empty if unknown).
     */
    private record First(List<String> atoms, boolean nullable, String literal, List<String> required) {
        static First zeroWidth() {
            return new First(List.of(), true, null, List.of());
        }
    }

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

        /** alternatives separated by '|', up to ')' or the end. */
        First alternation() throws Unsupported {
            List<String> atoms = new ArrayList<>();
            List<String> required = new ArrayList<>();
            boolean nullable = false;
            boolean everyBranchRequires = true;
            while (true) {
                First alt = sequence();
                atoms.addAll(alt.atoms);
                nullable |= alt.nullable;
                everyBranchRequires &= !alt.required.isEmpty();
                required.addAll(alt.required);
                if (pos < src.length() && src.charAt(pos) == '|') {
                    pos++;
                } else {
                    return new First(atoms, nullable, null, everyBranchRequires ? required : List.of());
                }
            }
        }

        /**
         * A sequence: the first atoms of its elements up to and including the first one that must consume, and
         * the best requirement among its mandatory literal runs and mandatory groups (the longest shortest literal).
         */
        private First sequence() throws Unsupported {
            List<String> atoms = new ArrayList<>();
            boolean open = true;
            List<String> best = List.of();
            StringBuilder run = new StringBuilder();
            while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
                First element = element();
                if (open) {
                    atoms.addAll(element.atoms);
                    open = element.nullable;
                }
                if (element.literal != null) {
                    run.append(element.literal);
                    continue;
                }
                best = better(best, run.length() > 0 ? List.of(run.toString()) : List.of());
                run.setLength(0);
                if (!element.nullable) {
                    best = better(best, element.required);
                }
            }
            best = better(best, run.length() > 0 ? List.of(run.toString()) : List.of());
            return new First(atoms, open, null, best);
        }

        private static List<String> better(List<String> a, List<String> b) {
            return shortest(b) > shortest(a) ? b : a;
        }

        private static int shortest(List<String> literals) {
            return literals.stream().mapToInt(String::length).min().orElse(0);
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
                atom = single(src.substring(start, pos));
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
            return zeroWidth ? First.zeroWidth() : new First(inner.atoms, inner.nullable, null, inner.required);
        }

        private First escape() throws Unsupported {
            int start = pos;
            pos++;
            if (pos >= src.length()) {
                throw new Unsupported();
            }
            char e = src.charAt(pos++);
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
            return new First(atom.atoms, optional || atom.nullable, null, optional ? List.of() : atom.required);
        }

        private static First single(String atom) {
            return new First(List.of(atom), false, null, List.of());
        }

        private static First literal(char c) {
            String s = String.valueOf(c);
            return new First(List.of(Pattern.quote(s)), false, s, List.of(s));
        }
    }
}
