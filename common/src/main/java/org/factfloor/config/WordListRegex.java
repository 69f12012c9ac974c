package org.factfloor.config;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A word-list fragment ({@code opener = [He, She, …]}) as one regex that matches any of the words as a whole
 * word. The words are merged into a trie, so the regex engine compares one character per level instead of trying
 * every word in turn: a list of two hundred stop words costs a few comparisons at each position, not two hundred.
 */
final class WordListRegex {
    private WordListRegex() {
    }

    static String of(List<String> words) {
        Node root = new Node();
        for (String w : words) {
            Node n = root;
            for (char c : w.toCharArray()) {
                n = n.children.computeIfAbsent(c, k -> new Node());
            }
            n.word = true;
        }
        return "(?:" + alternatives(root) + ")(?![\\p{L}\\p{M}\\d])";
    }

    private static String alternatives(Node n) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Character, Node> e : n.children.entrySet()) {
            if (out.length() > 0) {
                out.append('|');
            }
            char c = e.getKey();
            out.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c)));
            Node child = e.getValue();
            if (!child.children.isEmpty()) {
                out.append("(?:").append(alternatives(child)).append(')').append(child.word ? "?" : "");
            }
        }
        return out.toString();
    }

    private static final class Node {
        final Map<Character, Node> children = new TreeMap<>();
        boolean word;
    }
}
