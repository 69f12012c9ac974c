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
 * the first consuming atom's characters. Anything it does not understand (inline flags, back-references, quoting,
 * a regex that can match the empty string) makes it accept every character, which only costs speed.
 * Supplementary characters are always accepted (their first char is a surrogate).
 */
final class MatchStarts {
    private static final MatchStarts ANY = new MatchStarts(null);

    /** The first atoms; null means any character. Membership is decided once per character and remembered. */
    private final List<Pattern> atoms;
    private final byte[] decided;

    private MatchStarts(List<Pattern> atoms) {
        this.atoms = atoms;
        this.decided = atoms == null ? null : new byte[Character.MAX_VALUE + 1];
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
            return new MatchStarts(compiled);
        } catch (Unsupported | RuntimeException e) {
            return ANY;
        }
    }

    boolean acceptsAll() {
        return atoms == null;
    }

    /** The first position at or after {@code from} where a match may begin, or -1. */
    int next(CharSequence text, int from) {
        if (atoms == null) {
            return from <= text.length() ? from : -1;
        }
        for (int i = from; i < text.length(); i++) {
            if (mayStartWith(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Matcher.find(from) for this regex, trying only the positions where a match may begin; the matcher must use
     * transparent, non-anchoring bounds so that lookbehind and ^ see the whole text, as they do in find().
     */
    boolean find(Matcher m, CharSequence text, int from) {
        if (atoms == null) {
            return from <= text.length() && m.find(from);
        }
        for (int i = next(text, from); i >= 0; i = next(text, i + 1)) {
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

    /** First atoms of a regex fragment and whether the fragment can match without consuming anything. */
    private record First(List<String> atoms, boolean nullable) {
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
            boolean nullable = false;
            while (true) {
                First alt = sequence();
                atoms.addAll(alt.atoms);
                nullable |= alt.nullable;
                if (pos < src.length() && src.charAt(pos) == '|') {
                    pos++;
                } else {
                    return new First(atoms, nullable);
                }
            }
        }

        /** A sequence: the first atoms of its elements up to and including the first one that must consume. */
        private First sequence() throws Unsupported {
            List<String> atoms = new ArrayList<>();
            boolean open = true;
            while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
                First element = element();
                if (open) {
                    atoms.addAll(element.atoms);
                    open = element.nullable;
                }
            }
            return new First(atoms, open);
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
                atom = new First(List.of(), true);
            } else if (c == '.') {
                throw new Unsupported();
            } else if ("*+?{".indexOf(c) >= 0) {
                throw new Unsupported();
            } else {
                pos++;
                atom = single(Pattern.quote(String.valueOf(c)));
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
            return zeroWidth ? new First(List.of(), true) : inner;
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
                    return new First(List.of(), true);
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
                case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 't', 'n', 'r', 'f', 'a', 'e' -> {
                    // a one-character class or control character
                }
                case 'u' -> pos += 4;
                default -> {
                    if (Character.isLetterOrDigit(e)) {
                        throw new Unsupported(); // back-references, \Q, \G, \Z, \x, \c, \R, \X, \k …
                    }
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
            return optional ? new First(atom.atoms, true) : atom;
        }

        private static First single(String atom) {
            return new First(List.of(atom), false);
        }
    }
}
