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

    /**
     * A group only where the trie branches or a word may end early: chains of single characters are written as
     * plain text, because every group costs the regex engine a slot it resets before each attempt.
     */
    private static String alternatives(Node n) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Character, Node> e : n.children.entrySet()) {
            if (out.length() > 0) {
                out.append('|');
            }
            out.append(literal(e.getKey()));
            Node child = e.getValue();
            while (!child.word && child.children.size() == 1) {
                Map.Entry<Character, Node> only = child.children.entrySet().iterator().next();
                out.append(literal(only.getKey()));
                child = only.getValue();
            }
            if (!child.children.isEmpty()) {
                String rest = alternatives(child);
                boolean oneCharacter = rest.length() == 1 && Character.isLetterOrDigit(rest.charAt(0));
                out.append(oneCharacter ? rest : "(?:" + rest + ")").append(child.word ? "?" : "");
            }
        }
        return out.toString();
    }

    private static String literal(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' ? String.valueOf(c) : Pattern.quote(String.valueOf(c));
    }

    private static final class Node {
        final Map<Character, Node> children = new TreeMap<>();
        boolean word;
    }
}
