package org.factfloor.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where a HOCON text sets each key, in order, duplicates kept. Typesafe Config merges a key set twice in one file
 * without a trace (the later value wins), so finding a fragment defined twice needs the text itself. Reads keys,
 * nested objects and values (quoted, triple-quoted, lists, unquoted) well enough for that; includes and
 * substitutions are skipped like any other value.
 */
final class HoconDefinitions {
    /** One key set to a value (not to an object), with its full dotted path and 1-based line. */
    record Definition(String path, int line) {
    }

    private final String text;
    private final List<Definition> found = new ArrayList<>();
    private final Deque<String> objects = new ArrayDeque<>();
    private int i;
    private int line = 1;

    private HoconDefinitions(String text) {
        this.text = text;
    }

    static List<Definition> of(String text) {
        HoconDefinitions scan = new HoconDefinitions(text);
        scan.object();
        return List.copyOf(scan.found);
    }

    /** The fields of an object up to its closing brace (or the end of the text). */
    private void object() {
        while (true) {
            skipBlank();
            if (i >= text.length()) {
                return;
            }
            char c = text.charAt(i);
            if (c == '}') {
                i++;
                return;
            }
            if (c == ',' || c == '{') {
                i++;
                continue;
            }
            String key = key();
            skipSpaces();
            if (key.isEmpty()) {
                skipValue();
                continue;
            }
            if (text.startsWith("+=", i)) {
                i += 2;
            } else if (i < text.length() && (text.charAt(i) == '=' || text.charAt(i) == ':')) {
                i++;
            }
            skipSpaces();
            String path = objects.isEmpty() ? key : objects.peek() + "." + key;
            if (i < text.length() && text.charAt(i) == '{') {
                i++;
                objects.push(path);
                object();
                objects.pop();
            } else {
                found.add(new Definition(path, line));
                skipValue();
            }
        }
    }

    /** A key path, its quoted elements unquoted. */
    private String key() {
        StringBuilder key = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                key.append(quoted());
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') {
                key.append(c);
                i++;
            } else {
                break;
            }
        }
        return key.toString();
    }

    /** A value up to the end of its line, a comma or the enclosing object's brace. */
    private void skipValue() {
        int depth = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                advanceTo(end < 0 ? text.length() : end + 3);
            } else if (c == '"') {
                quoted();
            } else if (c == '[' || c == '{') {
                depth++;
                i++;
            } else if (c == ']' || (c == '}' && depth > 0)) {
                depth--;
                i++;
            } else if (depth == 0 && (c == '\n' || c == ',' || c == '}' || c == '#'
                    || text.startsWith("//", i))) {
                return;
            } else {
                advanceTo(i + 1);
            }
        }
    }

    private String quoted() {
        StringBuilder s = new StringBuilder();
        i++;
        while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
            if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                i++;
            }
            s.append(text.charAt(i++));
        }
        i++;
        return s.toString();
    }

    /** Spaces, newlines and comments between fields. */
    private void skipBlank() {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#' || text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (Character.isWhitespace(c)) {
                advanceTo(i + 1);
            } else {
                return;
            }
        }
    }

    private void skipSpaces() {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
    }

    private void advanceTo(int end) {
        for (; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
    }
}
