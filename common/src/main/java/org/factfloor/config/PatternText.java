package org.factfloor.config;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The text a regex's matches are made of, as far as its source spells it out: fixed characters kept, a class
 * or escape that stands for one kind of character replaced by one of its members (a digit class by 0, a space
 * class by a space), group syntax dropped, an optional character dropped (an optional group is kept), a repeated
 * one repeated its minimum number of times, and anything that matches arbitrary text cut ({@link #CUT}). A prefilter literal
 * that occurs in none of this text can be in a match only where a name or date part happens to spell it.
 */
final class PatternText {
    /** Where the text is cut: an alternation, a wildcard or a class of many kinds of character. */
    static final char CUT = '\u0000';

    private PatternText() {
    }

    /** Lower-cased, every digit written as 0 (as {@code \d} in a prefilter literal is, see {@link #literal}). */
    static String of(String regex) {
        StringBuilder out = new StringBuilder();
        Deque<Integer> groups = new ArrayDeque<>(); // where each open group's text began
        int lastAtom = -1; // where the last single character began, for a quantifier that follows it
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            int before = out.length();
            if (c == '\\' && i + 1 < regex.length()) {
                i = escape(regex, i, out);
            } else if (c == '[') {
                i = characterClass(regex, i, out);
            } else if (c == '(' && lookaround(regex, i)) {
                i = groupEnd(regex, i); // zero-width: what it looks at is not part of the match
            } else if (c == '(') {
                groups.push(out.length());
                i = groupOpening(regex, i);
            } else if (c == ')') {
                int start = groups.isEmpty() ? out.length() : groups.pop();
                i++;
                if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '*'
                        || regex.startsWith("{0,", i) || regex.startsWith("{0}", i))) {
                    out.setLength(start); // an optional group: the literal must not rely on it
                }
            } else if (c == '{') {
                i = repetition(regex, i, out, lastAtom);
            } else if ((c == '?' || c == '*') && lastAtom >= 0) {
                out.setLength(lastAtom); // an optional character: the literal must not rely on it
                i++;
            } else {
                if (c == '|' || c == '.') {
                    out.append(CUT);
                } else if ("()^$?*+".indexOf(c) < 0) {
                    out.append(c);
                }
                i++;
            }
            lastAtom = out.length() == before + 1 && c != '{' && c != ')' ? before : -1;
        }
        return digitsAsZero(out.toString().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a match of the pattern whose text is {@code text} can hold the literal: the literal is in the text,
     * or sticks out of either end of it by one character (a year pattern ending at the year, a literal "2019.").
     */
    static boolean canHold(String text, String literal) {
        if (text.contains(literal)) {
            return true;
        }
        return literal.length() > 1 && (text.endsWith(literal.substring(0, literal.length() - 1))
                || text.startsWith(literal.substring(1)));
    }

    /** A prefilter literal as it would appear in {@link #of}'s text. */
    static String literal(String prefilterLiteral) {
        return digitsAsZero(prefilterLiteral.replace("\\d", "0").toLowerCase(Locale.ROOT));
    }

    private static String digitsAsZero(String text) {
        return text.replaceAll("[0-9]", "0");
    }

    private static int escape(String regex, int i, StringBuilder out) {
        char e = regex.charAt(i + 1);
        if (e == 'Q') {
            int end = regex.indexOf("\\E", i + 2);
            int stop = end < 0 ? regex.length() : end;
            out.append(regex, i + 2, stop);
            return end < 0 ? stop : end + 2;
        }
        if (e == 'p' || e == 'P') {
            int close = regex.indexOf('}', i);
            out.append(CUT);
            return close < 0 ? i + 2 : close + 1;
        }
        if (e == 'd') {
            out.append('0');
        } else if (e == 's') {
            out.append(' ');
        } else if ("bBAzZG".indexOf(e) >= 0) {
            return i + 2; // zero-width: no text
        } else if (Character.isLetterOrDigit(e)) {
            out.append(CUT);
        } else {
            out.append(e);
        }
        return i + 2;
    }

    /** A class stands for one of its members; a negated class or one holding a wildcard escape cuts. */
    private static int characterClass(String regex, int i, StringBuilder out) {
        int j = i + 1;
        boolean negated = j < regex.length() && regex.charAt(j) == '^';
        Character member = null;
        int depth = 1;
        while (j < regex.length() && depth > 0) {
            char c = regex.charAt(j);
            if (c == '\\' && j + 1 < regex.length()) {
                char e = regex.charAt(j + 1);
                if (member == null) {
                    member = e == 'd' ? '0' : e == 's' ? ' ' : Character.isLetterOrDigit(e) ? CUT : e;
                }
                j += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (member == null && c != '^') {
                member = c;
            }
            j++;
        }
        out.append(negated || member == null ? CUT : member);
        return j;
    }

    private static boolean lookaround(String regex, int i) {
        return regex.startsWith("(?=", i) || regex.startsWith("(?!", i) || regex.startsWith("(?<=", i)
                || regex.startsWith("(?<!", i);
    }

    /** Just after the group opened at i, skipping escapes and classes. */
    private static int groupEnd(String regex, int i) {
        int depth = 0;
        boolean inClass = false;
        for (int j = i; j < regex.length(); j++) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j + 1;
            }
        }
        return regex.length();
    }

    /** (?:, (?<name>, (?i): the syntax is dropped, the group's contents read on. */
    private static int groupOpening(String regex, int i) {
        if (i + 1 >= regex.length() || regex.charAt(i + 1) != '?') {
            return i + 1;
        }
        int j = i + 2;
        if (j < regex.length() && regex.charAt(j) == '<' && j + 1 < regex.length()
                && Character.isLetter(regex.charAt(j + 1))) {
            return regex.indexOf('>', j) + 1;
        }
        while (j < regex.length() && ":=!<>)".indexOf(regex.charAt(j)) < 0) {
            j++; // inline flags such as (?i) or (?i:
        }
        while (j < regex.length() && "=!<>:".indexOf(regex.charAt(j)) >= 0) {
            j++;
        }
        return j < regex.length() && regex.charAt(j) == ')' ? j + 1 : j;
    }

    /** {n}, {n,} or {n,m} after one character: that character n times in all (none for n = 0). */
    private static int repetition(String regex, int i, StringBuilder out, int lastAtom) {
        int close = regex.indexOf('}', i);
        if (close < 0) {
            out.append('{');
            return i + 1;
        }
        String body = regex.substring(i + 1, close);
        String min = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
        if (!min.matches("\\d+")) {
            out.append(regex, i, close + 1);
            return close + 1;
        }
        int times = Integer.parseInt(min);
        if (lastAtom >= 0 && times == 0) {
            out.setLength(lastAtom);
        } else if (lastAtom >= 0 && times > 1) {
            out.append(String.valueOf(out.charAt(lastAtom)).repeat(times - 1));
        }
        return close + 1;
    }
}
