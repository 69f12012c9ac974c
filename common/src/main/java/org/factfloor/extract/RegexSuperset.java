package org.factfloor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A java.util.regex pattern read as a regular language that contains every string the pattern can match: the
 * shape the start automaton is built from (DESIGN §2, "regexes only confirm"). Lookaround, word boundaries and
 * anchors become empty (they only ever reject), lazy, possessive and atomic forms become plain ones (they only
 * choose among matches), and a counted repeat with a large bound becomes an open one (so the automaton need not
 * count to 300). The result is a superset, never a subset: a position where the superset cannot begin a match is
 * one where the pattern cannot either, and the pattern itself still decides every candidate.
 *
 * <p>Characters are left to java.util.regex: each consuming piece (a literal, a class, a dot, an escape such as
 * \p{Lu}) becomes an {@link Atom} that keeps its source and flags, so {@link SymbolAlphabet} can ask the real engine
 * which characters it accepts. What this reading cannot express (back-references, \R, \X, comments mode,
 * supplementary characters in the source) is an {@link Unsupported} with the reason, and that pattern keeps the
 * slower path of trying every possible start.
 */
final class RegexSuperset {
    /**
     * A counted repeat is spelled out up to this many copies; beyond it, x{n,m} reads as x{min(n, this),}. Four
     * covers initials, digits and the {1,3} name parts exactly, while the {1,300} spans of titles stay cheap.
     */
    static final int MAX_SPELLED_REPEAT = 4;

    /** One node of the superset. */
    sealed interface Node permits Atom, Sequence, Choice, Repeat, Empty {
    }

    /**
     * Consumes one character of the class written {@code source}, compiled with {@code flags}.
     *
     * @param generalCategoryOnly true when membership outside ASCII depends only on a character's Unicode general
     *                            category and on characters written in the source (so one representative of each
     *                            category decides for all others)
     */
    record Atom(String source, int flags, boolean generalCategoryOnly) implements Node {
    }

    record Sequence(List<Node> parts) implements Node {
    }

    record Choice(List<Node> branches) implements Node {
    }

    /** max = -1: unbounded. */
    record Repeat(Node body, int min, int max) implements Node {
    }

    record Empty() implements Node {
    }

    /** Why a pattern cannot be read as a superset; its message is shown to domain authors by validate. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String reason) {
            super(reason);
        }
    }

    private static final String GENERAL_CATEGORIES = "L|Lu|Ll|Lt|Lm|Lo|LC|L&|M|Mn|Mc|Me|N|Nd|Nl|No|P|Pc|Pd|Ps|Pe|Pi|Pf"
            + "|Po|S|Sm|Sc|Sk|So|Z|Zs|Zl|Zp|C|Cc|Cf|Co|Cs|Cn";
    private static final Pattern PROPERTY = Pattern.compile("\\\\[pP](?:\\{\\^?([^}]*)\\}|(\\p{Alpha}))");

    private final String src;
    private int pos;

    private RegexSuperset(String src) {
        this.src = src;
    }

    /** The superset of a compiled pattern; the pattern's own flags apply from its first character. */
    static Node of(Pattern pattern) throws Unsupported {
        int supported = Pattern.MULTILINE | Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
        if ((pattern.flags() & ~supported) != 0) {
            throw new Unsupported("compile flags other than MULTILINE, CASE_INSENSITIVE and DOTALL");
        }
        String source = pattern.pattern();
        for (int i = 0; i < source.length(); i++) {
            if (Character.isSurrogate(source.charAt(i))) {
                throw new Unsupported("a character outside the Basic Multilingual Plane in the pattern");
            }
        }
        RegexSuperset parser = new RegexSuperset(source);
        Node node = parser.alternation(pattern.flags());
        if (parser.pos != source.length()) {
            throw new Unsupported("unbalanced ')' at offset " + parser.pos);
        }
        return node;
    }

    private Node alternation(int flags) throws Unsupported {
        List<Node> branches = new ArrayList<>();
        int[] scoped = {flags};
        branches.add(sequence(scoped));
        while (pos < src.length() && src.charAt(pos) == '|') {
            pos++;
            branches.add(sequence(scoped));
        }
        return branches.size() == 1 ? branches.get(0) : new Choice(branches);
    }

    /** A run of quantified atoms; an inline (?i) changes {@code flags[0]} up to the end of the enclosing group. */
    private Node sequence(int[] flags) throws Unsupported {
        List<Node> parts = new ArrayList<>();
        while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
            Node atom = atom(flags);
            if (atom != null) {
                parts.add(quantified(atom));
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Sequence(parts);
    }

    /** One atom, or null for an inline flag group that consumes nothing and has no quantifier. */
    private Node atom(int[] flags) throws Unsupported {
        char c = src.charAt(pos);
        switch (c) {
            case '(':
                return group(flags);
            case '[':
                return charClass(flags[0]);
            case '\\':
                return escape(flags[0]);
            case '^':
            case '$':
                pos++;
                return new Empty();
            case '.':
                pos++;
                return new Atom(".", flags[0], true);
            default:
                pos++;
                return literal(c, flags[0]);
        }
    }

    private Node group(int[] flags) throws Unsupported {
        pos++;
        boolean zeroWidth = false;
        int inner = flags[0];
        if (src.startsWith("?", pos)) {
            pos++;
            if (src.startsWith("=", pos) || src.startsWith("!", pos)) {
                pos++;
                zeroWidth = true;
            } else if (src.startsWith("<=", pos) || src.startsWith("<!", pos)) {
                pos += 2;
                zeroWidth = true;
            } else if (src.startsWith("<", pos)) {
                int close = src.indexOf('>', pos);
                if (close < 0) {
                    throw new Unsupported("unterminated group name at offset " + pos);
                }
                pos = close + 1;
            } else if (src.startsWith(":", pos) || src.startsWith(">", pos)) {
                pos++;
            } else {
                int changed = inlineFlags(flags[0]);
                if (src.startsWith(")", pos)) {
                    pos++;
                    flags[0] = changed;
                    return null;
                }
                if (!src.startsWith(":", pos)) {
                    throw new Unsupported("group construct at offset " + pos);
                }
                pos++;
                inner = changed;
            }
        }
        Node body = alternation(inner);
        expect(')');
        return zeroWidth ? new Empty() : body;
    }

    /** Reads the letters of (?imsx-imsx and returns the flags they give; stops before ')' or ':'. */
    private int inlineFlags(int flags) throws Unsupported {
        boolean on = true;
        while (pos < src.length() && src.charAt(pos) != ')' && src.charAt(pos) != ':') {
            char f = src.charAt(pos++);
            int bit = switch (f) {
                case 'i' -> Pattern.CASE_INSENSITIVE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case '-' -> 0;
                default -> throw new Unsupported("inline flag '" + f + "' (only i, m and s are read)");
            };
            if (f == '-') {
                on = false;
            } else {
                flags = on ? flags | bit : flags & ~bit;
            }
        }
        return flags;
    }

    private Node charClass(int flags) throws Unsupported {
        int start = pos;
        int depth = 0;
        boolean categoryOnly = true;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') {
                if (src.startsWith("Q", pos + 1)) {
                    int end = src.indexOf("\\E", pos + 2);
                    pos = end < 0 ? src.length() : end + 2;
                    continue;
                }
                categoryOnly &= escapeIsCategoryOnly(pos);
                pos += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && pos > start + 1 && !(pos == start + 2 && src.charAt(start + 1) == '^')) {
                depth--;
                if (depth == 0) {
                    pos++;
                    String source = src.substring(start, pos);
                    return new Atom(source, flags, categoryOnly && !hasNonAsciiRange(source));
                }
            }
            pos++;
        }
        throw new Unsupported("unterminated character class at offset " + start);
    }

    /** A range such as [À-ÿ] covers characters of many categories, so each of them must be asked. */
    private static boolean hasNonAsciiRange(String source) {
        for (int i = 1; i + 1 < source.length(); i++) {
            if (source.charAt(i) == '-' && (source.charAt(i - 1) >= 128 || source.charAt(i + 1) >= 128)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the escape at {@code at} ('\\' there) keeps membership a function of category and written chars. */
    private boolean escapeIsCategoryOnly(int at) throws Unsupported {
        if (at + 1 >= src.length()) {
            throw new Unsupported("a trailing backslash");
        }
        char e = src.charAt(at + 1);
        if (e == 'p' || e == 'P') {
            var m = PROPERTY.matcher(src).region(at, src.length());
            if (!m.lookingAt()) {
                throw new Unsupported("unreadable property escape at offset " + at);
            }
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            name = name.startsWith("Is") || name.startsWith("gc=") || name.startsWith("general_category=")
                    ? name.substring(name.indexOf('=') + 1).replaceFirst("^Is", "") : name;
            return name.matches(GENERAL_CATEGORIES);
        }
        return !(e == 'u' || e == 'x' || e == '0' || e == 'N' || e == 'c');
    }

    private Node escape(int flags) throws Unsupported {
        if (pos + 1 >= src.length()) {
            throw new Unsupported("a trailing backslash");
        }
        char e = src.charAt(pos + 1);
        switch (e) {
            case 'b', 'B', 'A', 'G', 'Z', 'z' -> {
                pos += 2;
                return new Empty();
            }
            case 'Q' -> {
                int end = src.indexOf("\\E", pos + 2);
                String quoted = src.substring(pos + 2, end < 0 ? src.length() : end);
                pos = end < 0 ? src.length() : end + 2;
                List<Node> chars = new ArrayList<>();
                for (char q : quoted.toCharArray()) {
                    chars.add(literal(q, flags));
                }
                return chars.size() == 1 ? chars.get(0) : new Sequence(chars);
            }
            case 'p', 'P' -> {
                boolean categoryOnly = escapeIsCategoryOnly(pos);
                var m = PROPERTY.matcher(src).region(pos, src.length());
                m.lookingAt();
                pos = m.end();
                return new Atom(m.group(), flags, categoryOnly);
            }
            case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V' -> {
                pos += 2;
                return new Atom("\\" + e, flags, true);
            }
            case 'u', 'x', '0', 'c', 't', 'n', 'r', 'f', 'a', 'e' -> {
                return codedCharacter(flags);
            }
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    throw new Unsupported("the escape \\" + e + " (back-references, \\R, \\X, \\k and \\N are not"
                            + " regular or not read)");
                }
                pos += 2;
                return literal(e, flags);
            }
        }
    }

    /** \t, \x41, \u00e9, \0101, \cA …: the character is whatever java.util.regex reads there. */
    private Node codedCharacter(int flags) throws Unsupported {
        int end = pos + 2;
        char e = src.charAt(pos + 1);
        if (e == 'u') {
            end = pos + 6;
        } else if (e == 'x') {
            end = src.startsWith("{", pos + 2) ? src.indexOf('}', pos) + 1 : pos + 4;
        } else if (e == '0') {
            while (end < src.length() && end < pos + 5 && src.charAt(end) >= '0' && src.charAt(end) <= '7') {
                end++;
            }
        } else if (e == 'c') {
            end = pos + 3;
        }
        if (end <= pos || end > src.length()) {
            throw new Unsupported("unreadable escape at offset " + pos);
        }
        String source = src.substring(pos, end);
        pos = end;
        return new Atom(source, flags, "tnrfae".indexOf(e) >= 0);
    }

    private static Node literal(char c, int flags) {
        return new Atom(Pattern.quote(String.valueOf(c)), flags, true);
    }

    private Node quantified(Node atom) throws Unsupported {
        while (pos < src.length()) {
            char q = src.charAt(pos);
            int min;
            int max;
            if (q == '*') {
                min = 0;
                max = -1;
                pos++;
            } else if (q == '+') {
                min = 1;
                max = -1;
                pos++;
            } else if (q == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (q == '{') {
                int close = src.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported("unterminated repeat at offset " + pos);
                }
                String[] bounds = src.substring(pos + 1, close).split(",", -1);
                try {
                    min = Integer.parseInt(bounds[0].trim());
                    max = bounds.length == 1 ? min : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].trim());
                } catch (NumberFormatException e) {
                    throw new Unsupported("unreadable repeat at offset " + pos);
                }
                pos = close + 1;
            } else {
                return atom;
            }
            if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
                pos++;
            }
            atom = atom instanceof Empty ? atom : relaxed(atom, min, max);
        }
        return atom;
    }

    private static Node relaxed(Node body, int min, int max) {
        if (max >= 0 && max <= MAX_SPELLED_REPEAT) {
            return new Repeat(body, min, max);
        }
        return new Repeat(body, Math.min(min, MAX_SPELLED_REPEAT), -1);
    }

    private void expect(char c) throws Unsupported {
        if (pos >= src.length() || src.charAt(pos) != c) {
            throw new Unsupported("expected '" + c + "' at offset " + pos);
        }
        pos++;
    }
}
