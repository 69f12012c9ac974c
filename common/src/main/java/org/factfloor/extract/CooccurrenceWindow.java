package org.factfloor.extract;

import java.io.Serializable;

/**
 * The stretch of text in which an alias of a fact's entity and an alias of its attribute must both occur for a
 * document to mention the fact: one sentence, one paragraph (one line), the whole document, or at most
 * {@code characters} folded characters between the end of one name and the start of the other.
 */
public record CooccurrenceWindow(Kind kind, int characters) implements Serializable {
    public enum Kind { SENTENCE, PARAGRAPH, DOCUMENT, CHARACTERS }

    public static final CooccurrenceWindow SENTENCE = new CooccurrenceWindow(Kind.SENTENCE, 0);
    public static final CooccurrenceWindow PARAGRAPH = new CooccurrenceWindow(Kind.PARAGRAPH, 0);
    public static final CooccurrenceWindow DOCUMENT = new CooccurrenceWindow(Kind.DOCUMENT, 0);

    public CooccurrenceWindow {
        if (kind == Kind.CHARACTERS ? characters < 0 : characters != 0) {
            throw new IllegalArgumentException("window " + kind + " with " + characters + " characters");
        }
    }

    public static CooccurrenceWindow characters(int n) {
        return new CooccurrenceWindow(Kind.CHARACTERS, n);
    }

    /** The window written as sentence, paragraph, document or a number of characters; null for anything else. */
    public static CooccurrenceWindow named(String name) {
        return switch (name) {
            case "sentence" -> SENTENCE;
            case "paragraph" -> PARAGRAPH;
            case "document" -> DOCUMENT;
            default -> name.matches("\\d{1,9}") ? characters(Integer.parseInt(name)) : null;
        };
    }

    /** As written in HOCON: sentence, paragraph, document, or the number of characters. */
    @Override
    public String toString() {
        return kind == Kind.CHARACTERS ? Integer.toString(characters) : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
