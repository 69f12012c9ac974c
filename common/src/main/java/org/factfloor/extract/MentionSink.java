package org.factfloor.extract;

/** Receives the factoids an {@link Extractor} finds, already normalised; surface is the matched text. */
@FunctionalInterface
public interface MentionSink {
    void accept(String entity, String attribute, String surface);
}
